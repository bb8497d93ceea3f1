import type { HistoryEntry } from '../domain/findings';

/** A translate function, typed loosely: history keys are built from stored field names. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Stored values that are codes (grades, statuses) read as words; the rest as they are. */
function valueText(field: string | null, value: string | null, t: Translate): string {
  if (!value) return '—';
  if (field === 'grade') return t(`findings.grade.${value}`);
  if (field === 'status') return t(`findings.status.${value}`);
  return value;
}

function fieldLabel(field: string | null, t: Translate): string {
  const why = /^why(\d)$/.exec(field ?? '');
  if (why) return t('findings.history.why', { n: why[1] });
  return t(`findings.fields.${field ?? 'status'}`);
}

/**
 * One line for a history entry, the same in the timeline and the Word report:
 * what changed, from what to what, and the note that came with it.
 */
export function describeHistory(e: HistoryEntry, t: Translate): { text: string; note: string } {
  const change = () =>
    t('findings.history.change', { field: fieldLabel(e.field, t), from: valueText(e.field, e.oldValue, t), to: valueText(e.field, e.newValue, t) });
  switch (e.kind) {
    case 'created':
      return { text: t('findings.history.created', { clause: e.newValue, grade: valueText('grade', e.note, t) }), note: '' };
    case 'field':
    case 'status':
      return { text: change(), note: e.note };
    case 'actionAdded':
      return { text: t('findings.history.actionAdded', { description: e.newValue }), note: e.note };
    case 'actionChanged':
      return { text: t('findings.history.actionChanged', { change: change() }), note: e.note };
    case 'actionDone':
      return { text: t('findings.history.actionDone', { date: e.newValue }), note: e.note };
    case 'attachmentAdded':
      return { text: t('findings.history.attachmentAdded', { name: e.newValue }), note: '' };
    case 'attachmentRemoved':
      return { text: t('findings.history.attachmentRemoved', { name: e.oldValue }), note: '' };
  }
}
