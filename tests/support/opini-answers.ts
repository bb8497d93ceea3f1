import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { SCALE_MAX } from '../../shared/methodology/template-schema';
import { scoreUnit, type SlotAnswer, type UnitAnswers } from '../../shared/scoring';

/**
 * Answers on the 2025 template that give exactly a published (rounded) score, every item applying.
 * Item weights are equal, so a group's mean is its points over its top and
 * score = Σ_g W_g × P_g / top_g. The finest group (public trust: 30 users × 10 yes/no, 0.1 points
 * a step) is solved last; the others are tried from an even achievement outwards.
 */
export function answersFor(template: MethodologyTemplate, published: number): UnitAnswers {
  const groups = template.groups.map((g) => ({ group: g, slots: g.respondents.defaultCount, max: SCALE_MAX[g.items[0]!.scale] }));
  const tops = groups.map(({ group, slots, max }) => max * slots * group.items.length);
  const steps = groups.map(({ group }, i) => group.weight / tops[i]!);
  const order = groups.map((_, i) => i).sort((a, b) => steps[b]! - steps[a]!);
  const byEvenness = (top: number) => Array.from({ length: top + 1 }, (_, p) => p).sort((a, b) => Math.abs(a / top - published / 100) - Math.abs(b / top - published / 100));
  const points: number[] = [];
  // Rounded half up to `published`: the unrounded sum lies in [published - 0.005, published + 0.005).
  const fits = (total: number) => total >= published - 0.0049 && total < published + 0.0049;

  const search = (k: number, sum: number): boolean => {
    const g = order[k]!;
    if (k === order.length - 1) {
      const p = Math.round((published - sum) / steps[g]!);
      points[g] = p;
      return p >= 0 && p <= tops[g]! && fits(sum + p * steps[g]!);
    }
    for (const p of byEvenness(tops[g]!)) {
      points[g] = p;
      if (search(k + 1, sum + p * steps[g]!)) return true;
    }
    return false;
  };
  if (!search(0, 0)) throw new Error(`no answers give ${published}`);

  const answers: Record<string, SlotAnswer[]> = {};
  groups.forEach(({ group, slots, max }, g) => {
    let left = points[g]!;
    // Respondent by respondent, as a survey is filled in: the first users answer everything "yes".
    const cells = group.items.map(() => Array.from({ length: slots }, () => 0));
    for (let s = 0; s < slots; s++) {
      for (const row of cells) {
        const v = Math.min(max, left);
        row[s] = v;
        left -= v;
      }
    }
    group.items.forEach((item, i) => (answers[item.id] = cells[i]!));
  });
  const input: UnitAnswers = { respondentCounts: Object.fromEntries(groups.map(({ group, slots }) => [group.id, slots])), answers };
  const r = scoreUnit(template, input);
  if (r.score !== published) throw new Error(`answers for ${published} score ${r.score}`);
  return input;
}
