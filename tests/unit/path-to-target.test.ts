import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE_POLICY } from '../../shared/domain/zone';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { SCALE_MAX, type MethodologyTemplate } from '../../shared/methodology/template-schema';
import { respondentCountsFor, slotCount, type SlotAnswer, type UnitAnswers } from '../../shared/scoring/answers';
import { pathToTarget, planToScore, type TargetPlan } from '../../shared/scoring/path-to-target';
import { scoreUnit } from '../../shared/scoring/score-unit';
import { unitAnswersArb, uniformAnswers } from './support/answer-arbitraries';

const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;

/** The answers once every step is done: each non-N/A slot of the item at the top of its scale. */
function apply(template: MethodologyTemplate, input: UnitAnswers, plan: TargetPlan): UnitAnswers {
  const answers: Record<string, readonly SlotAnswer[] | undefined> = { ...input.answers };
  for (const step of plan.steps) {
    const group = template.groups.find((g) => g.id === step.groupId)!;
    const item = group.items.find((i) => i.id === step.itemId)!;
    const n = slotCount(group, input.respondentCounts);
    answers[item.id] = Array.from({ length: n }, (_, s) => (input.answers[item.id]?.[s] === 'na' ? 'na' : SCALE_MAX[item.scale]));
  }
  return { ...input, answers };
}

describe('pathToTarget', () => {
  const counts = respondentCountsFor(revised);

  it('lists nothing for a green unit', () => {
    const r = pathToTarget(revised, uniformAnswers(revised, counts, 3))!;
    expect(r).toMatchObject({ zone: 'green', nextZone: null, green: null });
  });

  it('plans a red unit to yellow and to green, cheapest first, with the points each adds', () => {
    const input = uniformAnswers(revised, counts, 1); // 33.33: red
    const r = pathToTarget(revised, input)!;
    expect(r.zone).toBe('red');
    const next = r.nextZone!;
    expect(next).toMatchObject({ zone: 'yellow', target: DEFAULT_ZONE_POLICY.yellow, reachable: true });
    expect(next.steps.map((s) => s.cost)).toEqual([...next.steps.map((s) => s.cost)].sort((a, b) => a - b));
    expect(next.steps.every((s) => s.points > 0)).toBe(true);
    expect(next.scoreAfter).toBeGreaterThanOrEqual(51);
    expect(next.steps.at(-1)!.scoreAfter).toBe(next.scoreAfter);
    expect(next.cost).toBe(next.steps.reduce((n, s) => n + s.cost, 0));
    // Proses items (2 products, 32.37 / 12 points each) give the most points per answer.
    expect(next.steps[0]!.groupId).toBe('PR');
    expect(r.green!.steps.length).toBeGreaterThan(next.steps.length);
    expect(scoreUnit(revised, apply(revised, input, r.green!)).zone).toBe('green');
  });

  it('uses the same plan for next zone and green when the unit is yellow', () => {
    const r = pathToTarget(revised, uniformAnswers(revised, counts, 2))!; // 66.67
    expect(r.zone).toBe('yellow');
    expect(r.nextZone).toBe(r.green);
  });

  it('has no path when nothing can be scored (every item N/A)', () => {
    expect(pathToTarget(revised, uniformAnswers(revised, counts, 'na'))).toBeNull();
  });

  it('plans to an official band (grade A from 88) with planToScore', () => {
    const plan = planToScore(revised, uniformAnswers(revised, counts, 2), 88, 'green');
    expect(plan.reachable).toBe(true);
    expect(scoreUnit(revised, apply(revised, uniformAnswers(revised, counts, 2), plan)).score).toBeGreaterThanOrEqual(88);
  });

  describe.each([
    ['ori-2022-2024', revised],
    ['ori-2016-2021', classic],
  ] as const)('properties: %s', (_id, template) => {
    it('doing the steps really reaches the target, each step’s points are what the score gains', () => {
      fc.assert(
        fc.property(unitAnswersArb(template), (input) => {
          const r = pathToTarget(template, input);
          for (const plan of [r?.nextZone, r?.green]) {
            if (!plan?.reachable) continue;
            const after = scoreUnit(template, apply(template, input, plan));
            expect(after.score).toBe(plan.scoreAfter);
            expect(after.score).toBeGreaterThanOrEqual(plan.target);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('is minimal: leaving out any one step misses the target', () => {
      fc.assert(
        fc.property(unitAnswersArb(template), (input) => {
          const plan = pathToTarget(template, input)?.green;
          if (!plan?.reachable) return;
          for (let i = 0; i < plan.steps.length; i++) {
            const without = { ...plan, steps: plan.steps.filter((_, j) => j !== i) };
            expect(scoreUnit(template, apply(template, input, without)).score).toBeLessThan(plan.target);
          }
        }),
        { numRuns: 40 },
      );
    });
  });
});
