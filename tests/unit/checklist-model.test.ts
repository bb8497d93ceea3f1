import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import type { SlotAnswer } from '../../shared/scoring';
import { afterAnswer, clampCursor, fillOrder, flatten, nextUnanswered, otherRespondent } from '../../renderer/src/screens/audits/checklist-model';

// The 2022-2024 method at its defaults: Input 15 items × 4 officials, Proses 12 × 2 products,
// Output 5 × 10 users, Pengaduan 9 × 2 officers.
const template = findBuiltinTemplate('ori-2022-2024')!;
const items = flatten(template, {});
const order = fillOrder(items);
const at = (itemId: string, slot: number) => ({ index: items.findIndex((e) => e.item.id === itemId), slot });
const idOf = (c: { index: number; slot: number } | undefined) => c && `${items[c.index]!.item.id}#${c.slot}`;

describe('checklist cursor', () => {
  it('fills dimension by dimension, respondent by respondent through the items', () => {
    expect(order).toHaveLength(15 * 4 + 12 * 2 + 5 * 10 + 9 * 2);
    expect(order.slice(0, 3).map(idOf)).toEqual(['IN-K1#0', 'IN-K2#0', 'IN-K3#0']);
    expect(idOf(order[15])).toBe('IN-K1#1');
    // The last official's last item leads to the first product.
    expect(idOf(order[60])).toBe('PR-01#0');
  });

  it('goes on to the next unanswered cell, across respondents and dimensions, wrapping round', () => {
    const answers: Record<string, SlotAnswer[]> = { 'IN-K2': [3, null, null, null], 'IN-S9': [3, 3, 3, 3] };
    expect(idOf(nextUnanswered(items, order, answers, at('IN-K1', 0)))).toBe('IN-K3#0');
    expect(idOf(nextUnanswered(items, order, answers, at('IN-S8', 3)))).toBe('PR-01#0');
    expect(idOf(nextUnanswered(items, order, { 'IN-K1': [null, 2, 2, 2] }, at('PD-9', 1)))).toBe('IN-K1#0');
  });

  it('after the last unanswered cell, steps through the fill order (a correction round)', () => {
    const all = Object.fromEntries(items.map((e) => [e.item.id, Array.from({ length: e.slots }, () => 2 as SlotAnswer)]));
    expect(nextUnanswered(items, order, all, at('IN-K1', 0))).toBeUndefined();
    expect(idOf(afterAnswer(items, order, all, at('IN-S9', 0)))).toBe('IN-K1#1');
    expect(idOf(afterAnswer(items, order, all, at('PD-9', 1)))).toBe('PD-9#1');
  });

  it('keeps the respondent asked for over a dimension with fewer, and shows one that exists', () => {
    // Output's eighth user, one down into Pengaduan: shown as its second officer, still asking for the eighth.
    const wanted = { index: at('PD-1', 0).index, slot: 7 };
    expect(clampCursor(items, wanted)).toEqual(at('PD-1', 1));
    expect(clampCursor(items, { index: wanted.index - 1, slot: wanted.slot })).toEqual(at('OU-5', 7));
  });

  it('[ and ] open another respondent where their interview stands', () => {
    const answers: Record<string, SlotAnswer[]> = { 'OU-1': [3, 3], 'OU-2': [3, 3] };
    expect(idOf(otherRespondent(items, answers, at('OU-4', 0), 1))).toBe('OU-3#1');
    expect(idOf(otherRespondent(items, answers, at('OU-4', 1), -1))).toBe('OU-3#0');
    expect(otherRespondent(items, answers, at('OU-4', 0), -1)).toBeUndefined();
    expect(otherRespondent(items, answers, at('OU-4', 9), 1)).toBeUndefined();
  });
});
