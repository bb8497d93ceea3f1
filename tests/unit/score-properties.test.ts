import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../shared/methodology/builtin';
import { SCALE_MAX } from '../../shared/methodology/template-schema';
import { setAnswer, setItemNotApplicable, slotCount, type UnitAnswers } from '../../shared/scoring/answers';
import { scoreUnit } from '../../shared/scoring/score-unit';
import { unitAnswersArb } from './support/answer-arbitraries';

const EPS = 1e-9;

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('scoring invariants: %s', (_id, template) => {
  const items = template.groups.flatMap((g) => g.items.map((item) => ({ group: g, item })));
  const pick = fc.integer({ min: 0, max: items.length - 1 });

  it('keeps the score and every group’s points finite and on 0..100', () => {
    fc.assert(
      fc.property(unitAnswersArb(template), (input) => {
        const r = scoreUnit(template, input);
        expect(Number.isFinite(r.rawScore)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const g of r.groups) {
          expect(Number.isFinite(g.rawPoints)).toBe(true);
          expect(g.rawPoints).toBeGreaterThanOrEqual(0);
          expect(g.points).toBeLessThanOrEqual(roundCeil(g.effectiveWeight));
          expect(g.rawPoints).toBeLessThanOrEqual(g.effectiveWeight + EPS);
        }
      }),
    );
  });

  it('never gives a group more than its template weight while every group applies', () => {
    fc.assert(
      fc.property(unitAnswersArb(template), (input) => {
        const r = scoreUnit(template, input);
        if (!r.groups.every((g) => g.applicable)) return;
        // Classic weights sum to 99.99 and are rescaled by 100/99.99; allow that sliver.
        for (const g of r.groups) expect(g.rawPoints).toBeLessThanOrEqual(g.weight * (100 / 99.99) + EPS);
        if (template.id === 'ori-2022-2024') for (const g of r.groups) expect(g.points).toBeLessThanOrEqual(g.weight);
      }),
    );
  });

  it('never lowers the score when an answer improves or an unanswered slot is answered', () => {
    fc.assert(
      fc.property(unitAnswersArb(template), pick, fc.nat(), fc.nat(), (input, i, slotSeed, valueSeed) => {
        const { group, item } = items[i]!;
        const slot = slotSeed % slotCount(group, input.respondentCounts);
        const current = input.answers[item.id]?.[slot] ?? null;
        if (current === 'na') return;
        const from = current ?? 0;
        const to = from + (valueSeed % (SCALE_MAX[item.scale] - from + 1));
        const before = scoreUnit(template, input);
        const after = scoreUnit(template, { ...input, answers: setAnswer(input.answers, item.id, slot, to) });
        expect(after.rawScore).toBeGreaterThanOrEqual(before.rawScore - EPS);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.progress.answered).toBeGreaterThanOrEqual(before.progress.answered);
      }),
    );
  });

  it('never produces NaN when an item, a group or everything is set N/A', () => {
    fc.assert(
      fc.property(unitAnswersArb(template), pick, (input, i) => {
        const { group, item } = items[i]!;
        const n = slotCount(group, input.respondentCounts);
        const oneItem: UnitAnswers = { ...input, answers: setItemNotApplicable(input.answers, item.id, n) };
        let wholeGroup = input.answers;
        for (const it of group.items) wholeGroup = setItemNotApplicable(wholeGroup, it.id, n);
        let everything = input.answers;
        for (const g of template.groups) for (const it of g.items) everything = setItemNotApplicable(everything, it.id, slotCount(g, input.respondentCounts));
        for (const answers of [oneItem.answers, wholeGroup, everything]) {
          const r = scoreUnit(template, { ...input, answers });
          expect(Number.isNaN(r.rawScore)).toBe(false);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
        const none = scoreUnit(template, { ...input, answers: everything });
        expect(none).toMatchObject({ score: 0, scorable: false, zone: null, band: null });
      }),
    );
  });

  it('reports progress between 0 and the slot total, N/A counting as answered', () => {
    fc.assert(
      fc.property(unitAnswersArb(template), (input) => {
        const { progress, groups } = scoreUnit(template, input);
        expect(progress.answered).toBe(groups.reduce((n, g) => n + g.answered, 0));
        expect(progress.answered).toBeLessThanOrEqual(progress.total);
        expect(progress.percent).toBeGreaterThanOrEqual(0);
        expect(progress.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});

function roundCeil(x: number): number {
  return Math.ceil(x * 100 - 1e-7) / 100;
}
