import type { GroupRespondents } from '../../../../shared/domain/audit';
import type { MethodologyTemplate, Scale, TemplateGroup, TemplateItem } from '../../../../shared/methodology/template-schema';
import type { SlotAnswer } from '../../../../shared/scoring';

/** An item with its group and the number of respondent or product slots it is answered for. */
export interface FlatItem {
  item: TemplateItem;
  group: TemplateGroup;
  groupIndex: number;
  /** Position in the whole checklist. */
  index: number;
  slots: number;
}

/**
 * Where the keyboard is: an item, and a respondent or product slot of it. The slot is the one
 * asked for, kept while ↑/↓ pass through a group with fewer slots (as an editor keeps the column
 * over a short line); clampCursor gives the slot actually shown.
 */
export interface Cursor {
  index: number;
  slot: number;
}

export function flatten(template: MethodologyTemplate, respondents: Record<string, GroupRespondents>): FlatItem[] {
  const out: FlatItem[] = [];
  template.groups.forEach((group, groupIndex) => {
    const slots = respondents[group.id]?.count ?? group.respondents.defaultCount;
    for (const item of group.items) out.push({ item, group, groupIndex, index: out.length, slots });
  });
  return out;
}

/** Keeps a cursor on an existing item and slot (slot counts differ between groups). */
export function clampCursor(items: readonly FlatItem[], cursor: Cursor): Cursor {
  const index = Math.min(Math.max(cursor.index, 0), Math.max(items.length - 1, 0));
  const slots = items[index]?.slots ?? 1;
  return { index, slot: Math.min(Math.max(cursor.slot, 0), slots - 1) };
}

/**
 * The order a checklist is filled in: dimension by dimension, and within one, respondent by
 * respondent through all its items (an official, a product or a service user is interviewed or
 * observed once, start to end), so the last cell of a dimension leads to the first respondent of
 * the next one.
 */
export function fillOrder(items: readonly FlatItem[]): Cursor[] {
  const out: Cursor[] = [];
  let start = 0;
  while (start < items.length) {
    const first = items[start]!;
    let end = start;
    while (end < items.length && items[end]!.groupIndex === first.groupIndex) end++;
    for (let slot = 0; slot < first.slots; slot++) for (let index = start; index < end; index++) out.push({ index, slot });
    start = end;
  }
  return out;
}

type Answers = Readonly<Record<string, readonly SlotAnswer[]>>;
const answered = (items: readonly FlatItem[], answers: Answers, c: Cursor) => (answers[items[c.index]!.item.id]?.[c.slot] ?? null) !== null;
const positionOf = (order: readonly Cursor[], c: Cursor) => order.findIndex((o) => o.index === c.index && o.slot === c.slot);

/** The first unanswered cell after `from` in fill order, wrapping round; undefined when all are answered. */
export function nextUnanswered(items: readonly FlatItem[], order: readonly Cursor[], answers: Answers, from: Cursor): Cursor | undefined {
  const start = positionOf(order, clampCursor(items, from));
  for (let step = 1; step <= order.length; step++) {
    const c = order[(start + step) % order.length]!;
    if (!answered(items, answers, c)) return c;
  }
  return undefined;
}

/**
 * Where the cursor goes after an answer to `from` (already in `answers`): the next unanswered
 * cell, or, once everything is answered (a correction round), simply the next cell in fill order.
 */
export function afterAnswer(items: readonly FlatItem[], order: readonly Cursor[], answers: Answers, from: Cursor): Cursor {
  const next = nextUnanswered(items, order, answers, from);
  if (next) return next;
  return order[positionOf(order, clampCursor(items, from)) + 1] ?? from;
}

/**
 * The next (step 1) or previous (step -1) respondent of the current dimension, on the first item
 * that respondent has not answered yet (or the dimension's first item): where their interview
 * continues. Undefined past the first or last respondent.
 */
export function otherRespondent(items: readonly FlatItem[], answers: Answers, from: Cursor, step: 1 | -1): Cursor | undefined {
  const here = clampCursor(items, from);
  const current = items[here.index]!;
  const slot = here.slot + step;
  if (slot < 0 || slot >= current.slots) return undefined;
  const group = items.filter((e) => e.groupIndex === current.groupIndex);
  const open = group.find((e) => !answered(items, answers, { index: e.index, slot }));
  return { index: (open ?? group[0]!).index, slot };
}

/**
 * The answer a key gives on an item of this scale, or undefined if the key means nothing there.
 * 0-3 on 0..3 items; Y/1 yes and N/T/0 no on yes/no items; X is N/A everywhere, and N is N/A on
 * 0..3 items (where it cannot mean "no"); Delete or Backspace clears the answer.
 */
export function answerForKey(key: string, scale: Scale): SlotAnswer | undefined {
  const k = key.toLowerCase();
  if (k === 'delete' || k === 'backspace') return null;
  if (k === 'x') return 'na';
  if (scale === 'zeroToThree') {
    if (k === 'n') return 'na';
    return /^[0-3]$/.test(k) ? Number(k) : undefined;
  }
  if (k === 'y' || k === '1') return 1;
  if (k === 'n' || k === 't' || k === '0') return 0;
  return undefined;
}
