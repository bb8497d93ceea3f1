import type { ProductHistoryEntry } from '../../../../shared/domain/products';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type DateText = (isoDate: string) => string;

/** Stored codes (kinds, statuses) and dates read as words; the rest as they are. */
function valueText(field: string | null, value: string | null, t: Translate, date: DateText): string {
  if (!value) return '—';
  if (field === 'kind') return t(`ombudsman.kind.${value}`);
  if (field === 'status') return t(`ombudsman.status.${value}`);
  if (field === 'issuedOn' || field === 'dueOn' || field === 'completedOn') return date(value);
  return value;
}

/** One line for a change to an Ombudsman product: what changed, from what to what, and its note. */
export function describeProductHistory(e: ProductHistoryEntry, t: Translate, date: DateText): { text: string; note: string } {
  switch (e.kind) {
    case 'created':
      return { text: t('ombudsman.history.created', { kind: valueText('kind', e.note, t, date), number: e.newValue }), note: '' };
    case 'field':
    case 'status':
      return {
        text: t('ombudsman.history.change', {
          field: t(`ombudsman.fields.${e.field ?? 'status'}`),
          from: valueText(e.field, e.oldValue, t, date),
          to: valueText(e.field, e.newValue, t, date),
        }),
        note: e.note,
      };
    case 'attachmentAdded':
      return { text: t('ombudsman.history.attachmentAdded', { name: e.newValue }), note: '' };
    case 'attachmentRemoved':
      return { text: t('ombudsman.history.attachmentRemoved', { name: e.oldValue }), note: '' };
  }
}
