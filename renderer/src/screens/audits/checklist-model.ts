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

/** Where the keyboard is: an item, and a respondent or product slot of it. */
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
