import fc from 'fast-check';
import type { MethodologyTemplate } from '../../../shared/methodology/template-schema';
import { SCALE_MAX } from '../../../shared/methodology/template-schema';
import type { AnswerSheet, SlotAnswer, UnitAnswers } from '../../../shared/scoring/answers';

/** Random audits of a template: slot counts 1..maxSlots, each slot a value, 'na' or unanswered. */
export function unitAnswersArb(template: MethodologyTemplate, maxSlots = 4): fc.Arbitrary<UnitAnswers> {
  const counts = fc.record(Object.fromEntries(template.groups.map((g) => [g.id, fc.integer({ min: 1, max: maxSlots })])));
  return counts.chain((respondentCounts) => {
    const rows = template.groups.flatMap((g) =>
      g.items.map((item) => {
        const max = SCALE_MAX[item.scale];
        const slot: fc.Arbitrary<SlotAnswer> = fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max }) },
          { weight: 1, arbitrary: fc.constant('na' as const) },
          { weight: 2, arbitrary: fc.constant(null) },
        );
        return [item.id, fc.array(slot, { minLength: 0, maxLength: respondentCounts[g.id]! })] as const;
      }),
    );
    return fc.record(Object.fromEntries(rows)).map((answers) => ({ respondentCounts, answers: answers as AnswerSheet }));
  });
}

/** Every slot of every item set to `value` (clamped to the item's scale). */
export function uniformAnswers(template: MethodologyTemplate, counts: Record<string, number>, value: number | 'na' | null): UnitAnswers {
  const answers: Record<string, SlotAnswer[]> = {};
  for (const g of template.groups) {
    for (const item of g.items) {
      const v = typeof value === 'number' ? Math.min(value, SCALE_MAX[item.scale]) : value;
      answers[item.id] = Array.from({ length: counts[g.id]! }, () => v);
    }
  }
  return { respondentCounts: counts, answers };
}
