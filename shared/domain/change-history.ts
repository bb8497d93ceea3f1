/**
 * One recorded change to a register entry (an ISO finding, an Ombudsman product): who, when,
 * what, and the value before and after. Each register has its own kinds of change; the shape,
 * the append-only table behind it and the timeline that shows it are shared.
 */
export interface ChangeEntry<K extends string = string> {
  id: number;
  at: string;
  actor: string;
  kind: K;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  note: string;
}

/** A change about to be recorded (the id, time and actor are added when it is written). */
export interface ChangeValues<K extends string = string> {
  kind: K;
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
  note?: string;
}

/** A change row for each field whose value changed, old and new written as text. */
export function fieldChanges(before: object, after: object, fields: readonly string[]): ChangeValues<'field'>[] {
  const text = (record: object, field: string) => {
    const v = (record as Record<string, unknown>)[field];
    return v === null || v === undefined ? '' : String(v);
  };
  return fields
    .filter((f) => text(before, f) !== text(after, f))
    .map((f) => ({ kind: 'field', field: f, oldValue: text(before, f), newValue: text(after, f) }));
}
