import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE_POLICY } from '../../shared/domain/zone';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { summarizeEntity } from '../../shared/reports/entity-summary';
import type { SlotAnswer } from '../../shared/scoring/answers';
import { roundHalfUp } from '../../shared/scoring/rounding';
import { scoreEntity } from '../../shared/scoring/score-entity';
import { scoreUnit } from '../../shared/scoring/score-unit';
import { answersJustBelow } from '../support/published-answers';

/**
 * Published figures, Ombudsman RI assessment 2023, Kabupaten Maluku Tenggara
 * (sentralnusantara.com, 27 Feb 2024; ombudsman-methodology.md §2.3).
 */
const revised = findBuiltinTemplate('ori-2022-2024')!;

const MALUKU_TENGGARA_2023 = [49.85, 52.86, 55.09, 59.85, 62.06, 71.08, 74.82];
/** nttbersuara.com 2023-02-17; entity 79.12, B, kupang.antaranews.com 103971 (opini-2025.md). */
const KOTA_KUPANG_2022 = [88.03, 86.15, 82.4, 81.38, 80.43, 75.05, 60.44];

/** The entity overview of units whose unrounded scores lie just below the published ones. */
function overviewOf(published: number[]) {
  const units = published.map((p, i) => ({
    unitId: `u${i}`, unitName: `Unit ${i}`, auditId: `a${i}`, status: 'final' as const, periodLabel: '', template: revised,
    score: scoreUnit(revised, answersJustBelow(revised, p)), policy: DEFAULT_ZONE_POLICY, products: 2, previous: null, auditors: [], contentHash: null, signature: null,
  }));
  return summarizeEntity({ entity: { id: 'e', name: 'Kota', kind: 'pemkot', province: '' }, year: 2022, years: [2022], policy: DEFAULT_ZONE_POLICY, units, unassessed: [] });
}

describe('Maluku Tenggara 2023', () => {
  it('regency = mean of the seven unit scores = 60.80, grade C, yellow', () => {
    // From published (rounded) unit scores, which may make the mean differ by 0.01; here it does not.
    const units = MALUKU_TENGGARA_2023.map((rawScore) => ({ rawScore }));
    const r = scoreEntity(revised, units);
    expect(r.score).toBe(60.8);
    expect(r.band?.grade).toBe('C');
    expect(r.band?.zone).toBe('yellow');
    expect(r.zone).toBe('yellow');
  });

  it('reads the published unit grades: 49.85 and 52.86 red (D), 55.09 yellow (C)', () => {
    const grade = (rawScore: number) => scoreEntity(revised, [{ rawScore }]).band;
    expect(grade(49.85)).toMatchObject({ grade: 'D', zone: 'red' });
    expect(grade(52.86)).toMatchObject({ grade: 'D', zone: 'red' });
    expect(grade(55.09)).toMatchObject({ grade: 'C', zone: 'yellow' });
  });

  /**
   * Puskesmas Watdek: input 8.72 + proses 10.76 + output 20.76 + pengaduan 9.61 = 49.85.
   * With equal (placeholder) item weights and 2 products, Proses points are multiples of
   * 32.37 / (6 × items), which never round to 10.76; with 6 products and 5 complaint officers they
   * can. Each dimension below: applicable items (the rest N/A), one item with a single N/A slot,
   * points spread over the full items' slots and over the partial item's slots.
   */
  it('reproduces Puskesmas Watdek’s dimension points and total from answers', () => {
    const plan = {
      IN: { slots: 4, applicable: 11, partialSlots: 3, fullPoints: 42, partialPoints: 8 },
      PR: { slots: 6, applicable: 12, partialSlots: 5, fullPoints: 55, partialPoints: 14 },
      OU: { slots: 10, applicable: 5, partialSlots: 9, fullPoints: 104, partialPoints: 22 },
      PD: { slots: 5, applicable: 9, partialSlots: 4, fullPoints: 49, partialPoints: 9 },
    } as const;
    const answers: Record<string, SlotAnswer[]> = {};
    const respondentCounts: Record<string, number> = {};
    for (const group of revised.groups) {
      const p = plan[group.id as keyof typeof plan];
      respondentCounts[group.id] = p.slots;
      const full = group.items.slice(0, p.applicable - 1);
      const partial = group.items[p.applicable - 1]!;
      spread(full.map((i) => (answers[i.id] = Array(p.slots).fill(0))), p.fullPoints);
      const partialRow = Array(p.slots).fill(0);
      partialRow.fill('na', p.partialSlots);
      spread([partialRow], p.partialPoints, p.partialSlots);
      answers[partial.id] = partialRow;
      for (const i of group.items.slice(p.applicable)) answers[i.id] = Array(p.slots).fill('na');
    }
    const r = scoreUnit(revised, { respondentCounts, answers });
    expect(r.groups.map((g) => g.points)).toEqual([8.72, 10.76, 20.76, 9.61]);
    expect(r.score).toBe(49.85);
    expect(r.band).toMatchObject({ grade: 'D', zone: 'red' });
  });

  it('rounds the unrounded total, not the sum of rounded points (Dinas Pendidikan: 52.85 → published 52.86)', () => {
    // Published dimension points 5.83 + 16.42 + 22.14 + 8.46 add to 52.85; unrounded they can reach 52.855.
    const raw = [5.834, 16.424, 22.144, 8.455];
    expect(raw.map((p) => roundHalfUp(p))).toEqual([5.83, 16.42, 22.14, 8.46]);
    expect(roundHalfUp(raw.reduce((a, b) => a + b, 0))).toBe(52.86);
  });
});

describe('Kota Kupang 2022', () => {
  it('entity = mean of the unrounded unit scores, rounded once: 79.12, grade B (not 79.13)', () => {
    const o = overviewOf(KOTA_KUPANG_2022);
    expect(o.units.map((u) => u.score)).toEqual(KOTA_KUPANG_2022);
    expect(o.units.map((u) => u.grade)).toEqual(['A', 'B', 'B', 'B', 'B', 'C', 'C']);
    expect(o.score).toBe(79.12);
    expect(o.band).toMatchObject({ grade: 'B', zone: 'green' });
    // The listed (rounded) unit scores average 79.1257: a reader who averages the table gets 79.13.
    expect(o.roundedUnitsDiffer).toBe(true);
  });

  it('from the published, already rounded, unit scores the mean is 79.13: such a figure may differ by 0.01', () => {
    expect(scoreEntity(revised, KOTA_KUPANG_2022.map((rawScore) => ({ rawScore }))).score).toBe(79.13);
  });

  it('Maluku Tenggara 2023 still gives 60.80 from unrounded unit scores', () => {
    const o = overviewOf(MALUKU_TENGGARA_2023);
    expect(o.score).toBe(60.8);
    expect(o.band).toMatchObject({ grade: 'C', zone: 'yellow' });
    expect(o.roundedUnitsDiffer).toBe(false);
  });
});

/** Fills rows with 3s, left to right, until `points` are used up (the last slot takes the rest). */
function spread(rows: SlotAnswer[][], points: number, slotsPerRow = rows[0]?.length ?? 0): void {
  let left = points;
  for (const row of rows) {
    for (let s = 0; s < slotsPerRow; s++) {
      const v = Math.min(3, left);
      row[s] = v;
      left -= v;
    }
  }
  if (left !== 0) throw new Error(`spread: ${left} points did not fit`);
}
