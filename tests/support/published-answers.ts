import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { roundHalfUp, scoreUnit, type SlotAnswer, type UnitAnswers } from '../../shared/scoring';

/**
 * Answers on the 2022-2024 template whose unrounded score lies just below a published score.
 * The Ombudsman publishes unit scores rounded to 2 decimals; each unrounded score may lie up to
 * 0.005 below its rounded value. Kota Kupang 2022 needs exactly that: its seven published units
 * average 79.1257 (79.13 rounded) while the published entity score is 79.12, which only unrounded
 * unit scores below their published values can give (opini-2025.md, Entity aggregation).
 *
 * Every item applies and item weights are equal, so a group's mean is its points over its top:
 * score = Σ_g W_g × P_g / (3 × slots_g × items_g). The search takes each group's points P_g
 * closest to an even achievement first and stops at the first total in the window.
 */
export const PUBLISHED_COUNTS: Readonly<Record<string, number>> = { IN: 4, PR: 2, OU: 30, PD: 2 };

/** How far below the published score the unrounded one lies: inside (0.0015, 0.0045]. */
const WINDOW = { low: 0.0045, high: 0.0015 };

export function answersJustBelow(template: MethodologyTemplate, published: number, counts = PUBLISHED_COUNTS): UnitAnswers {
  const groups = template.groups.map((g) => ({ group: g, slots: counts[g.id] ?? g.respondents.defaultCount }));
  if (groups.some(({ group }) => group.items.some((i) => i.weight !== group.items[0]!.weight || i.scale !== 'zeroToThree'))) {
    throw new Error('answersJustBelow needs equal item weights on a 0..3 scale');
  }
  const tops = groups.map(({ group, slots }) => 3 * slots * group.items.length);
  const steps = groups.map(({ group }, i) => group.weight / tops[i]!);
  const target = published / 100;
  const byEvenness = (top: number) => Array.from({ length: top + 1 }, (_, p) => p).sort((a, b) => Math.abs(a / top - target) - Math.abs(b / top - target));
  // The group with the finest step is solved for last, so few tries reach the window.
  const order = groups.map((_, i) => i).sort((a, b) => steps[b]! - steps[a]!);
  const points: number[] = [];

  const search = (k: number, sum: number): boolean => {
    const g = order[k]!;
    if (k === order.length - 1) {
      const p = Math.round((published - (WINDOW.low + WINDOW.high) / 2 - sum) / steps[g]!);
      const total = sum + p * steps[g]!;
      points[g] = p;
      return p >= 0 && p <= tops[g]! && total > published - WINDOW.low && total <= published - WINDOW.high;
    }
    for (const p of byEvenness(tops[g]!)) {
      points[g] = p;
      if (search(k + 1, sum + p * steps[g]!)) return true;
    }
    return false;
  };
  if (!search(0, 0)) throw new Error(`no answers give ${published}`);

  const answers: Record<string, SlotAnswer[]> = {};
  groups.forEach(({ group, slots }, g) => {
    let left = points[g]!;
    for (const item of group.items) {
      answers[item.id] = Array.from({ length: slots }, () => {
        const v = Math.min(3, left);
        left -= v;
        return v;
      });
    }
  });
  const input: UnitAnswers = { respondentCounts: Object.fromEntries(groups.map(({ group, slots }) => [group.id, slots])), answers };
  const r = scoreUnit(template, input);
  if (r.score !== roundHalfUp(published) || r.rawScore >= published) throw new Error(`answers for ${published} score ${r.rawScore}`);
  return input;
}
