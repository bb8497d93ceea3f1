import type { HistoryEntry } from '../domain/findings';
import { isIsoDate } from './dates';

/** A translate function, typed loosely: history keys are built from stored field names. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;
/** How a calendar date reads where the line is shown (the screen passes shared/format/dates). */
export type DateText = (isoDate: string) => string;
const asStored: DateText = (iso) => iso;
/** Notes written by main carry ISO dates ("Budi · 2026-11-29"); they read in the same form as the rest. */
const datesIn = (note: string, date: DateText) => note.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => (isIsoDate(iso) ? date(iso) : iso));

/** Stored values that are codes (grades, statuses) read as words; the rest as they are. */
function valueText(field: string | null, value: string | null, t: Translate, date: DateText): string {
  if (!value) return '—';
  if (isIsoDate(value)) return date(value);
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
export function describeHistory(e: HistoryEntry, t: Translate, date: DateText = asStored): { text: string; note: string } {
  const change = () =>
    t('findings.history.change', { field: fieldLabel(e.field, t), from: valueText(e.field, e.oldValue, t, date), to: valueText(e.field, e.newValue, t, date) });
  switch (e.kind) {
    case 'created':
      return { text: t('findings.history.created', { clause: e.newValue, grade: valueText('grade', e.note, t, date) }), note: '' };
    case 'field':
    case 'status':
      return { text: change(), note: datesIn(e.note, date) };
    case 'actionAdded':
      return { text: t('findings.history.actionAdded', { description: e.newValue }), note: datesIn(e.note, date) };
    case 'actionChanged':
      return { text: t('findings.history.actionChanged', { change: change() }), note: datesIn(e.note, date) };
    case 'actionDone':
      return { text: t('findings.history.actionDone', { date: valueText(null, e.newValue, t, date) }), note: datesIn(e.note, date) };
    case 'attachmentAdded':
      return { text: t('findings.history.attachmentAdded', { name: e.newValue }), note: '' };
    case 'attachmentRemoved':
      return { text: t('findings.history.attachmentRemoved', { name: e.oldValue }), note: '' };
  }
}
