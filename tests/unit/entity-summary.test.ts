import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE_POLICY } from '../../shared/domain/zone';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { summarizeEntity, type EntityUnitInput } from '../../shared/reports/entity-summary';
import { itemShortfalls } from '../../shared/reports/item-shortfalls';
import { scoreUnit, type UnitAnswers } from '../../shared/scoring';

const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;

/** Every slot of every item answered with `value(itemIndex)`, capped at the item's scale. */
function answers(template: MethodologyTemplate, value: (i: number) => number | 'na'): UnitAnswers {
  const sheet: Record<string, (number | 'na')[]> = {};
  let i = 0;
  for (const g of template.groups) {
    for (const item of g.items) {
      const v = value(i++);
      const max = item.scale === 'yesno' ? 1 : 3;
      sheet[item.id] = Array.from({ length: g.respondents.defaultCount }, () => (v === 'na' ? v : Math.min(max, v)));
    }
  }
  return { respondentCounts: {}, answers: sheet };
}

function unit(name: string, template: MethodologyTemplate, value: (i: number) => number | 'na'): EntityUnitInput {
  return {
    unitId: name, unitName: name, auditId: name, status: 'final', periodLabel: '', template,
    score: scoreUnit(template, answers(template, value)), policy: DEFAULT_ZONE_POLICY, products: 1, previous: null, auditors: [], contentHash: null, signature: null,
  };
}

const summarize = (units: EntityUnitInput[]) =>
  summarizeEntity({ entity: { id: 'e', name: 'Kota', kind: 'pemkot', province: '' }, year: 2023, years: [2023], policy: DEFAULT_ZONE_POLICY, units, unassessed: [] });

describe('itemShortfalls', () => {
  it('lists the points each unmet item loses; together they are what the score lacks of 100', () => {
    for (const template of [revised, classic]) {
      const input = answers(template, (i) => i % 4);
      const score = scoreUnit(template, input);
      const unmet = itemShortfalls(template, score);
      expect(unmet.every((u) => u.value < 1)).toBe(true);
      expect(unmet.reduce((s, u) => s + u.lostPoints, 0)).toBeCloseTo(100 - score.rawScore, 9);
      const lost = unmet.map((u) => u.lostPoints);
      expect(lost).toEqual([...lost].sort((a, b) => b - a));
    }
  });

  it('leaves out N/A items and has nothing for a full score', () => {
    expect(itemShortfalls(revised, scoreUnit(revised, answers(revised, () => 3)))).toEqual([]);
    const unmet = itemShortfalls(revised, scoreUnit(revised, answers(revised, (i) => (i === 0 ? 'na' : 1))));
    expect(unmet.some((u) => u.itemId === 'IN-K1')).toBe(false);
  });
});

describe('summarizeEntity', () => {
  it('ranks best first, equal scores sharing a rank, and counts zones', () => {
    const s = summarize([unit('B', revised, () => 2), unit('A', revised, () => 2), unit('C', revised, () => 3), unit('D', revised, () => 0)]);
    expect(s.units.map((u) => [u.unitName, u.rank])).toEqual([['C', 1], ['A', 2], ['B', 2], ['D', 4]]);
    expect(s.zoneCounts).toEqual({ green: 1, yellow: 2, red: 1 });
    // The mean of the unrounded scores (66.666…), not of the rounded 66.67 (which gives 58.34).
    expect(s.score).toBe(58.33);
  });

  it('compares dimensions and items only across units of the main method', () => {
    const s = summarize([unit('A', revised, () => 3), unit('B', revised, (i) => (i === 0 ? 0 : 3)), unit('C', classic, () => 0)]);
    expect(s.method?.id).toBe('ori-2022-2024');
    expect(s.mixedMethods).toBe(true);
    expect(s.units.find((u) => u.unitName === 'C')?.sameMethod).toBe(false);
    expect(s.unmetItems).toEqual([expect.objectContaining({ itemId: 'IN-K1', unmetUnits: 1, assessedUnits: 2, meanValue: 0.5 })]);
  });

  it('has no score, zone or method for an entity without audits', () => {
    expect(summarize([])).toMatchObject({ score: null, zone: null, method: null, units: [], dimensions: [], unmetItems: [] });
  });
});
