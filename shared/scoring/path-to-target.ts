import { DEFAULT_ZONE_POLICY, type Zone, type ZonePolicy } from '../domain/zone';
import type { MethodologyTemplate } from '../methodology/template-schema';
import type { UnitAnswers } from './answers';
import { roundHalfUp } from './rounding';
import { scoreUnit, type UnitScore } from './score-unit';

/**
 * What a unit still has to fix to reach a score: "which items would move the unit into the next
 * zone" (user-needs.md §3, #2).
 *
 * Fulfilling an item means raising every non-N/A slot to the top of its scale. Its cost is the
 * number of answers to raise (its shortfall). Its gain is exact and independent of the other items,
 * because fulfilling never changes which items or groups apply:
 *   gain = effective group weight × w_i × (1 − value_i) / Σ w of the group's applicable items.
 * Choosing the cheapest set is a knapsack-cover problem, so this is greedy: take items by points
 * per answer (best first), stop once the rounded score reaches the target, then drop every item the
 * target can do without (most expensive first). The set is minimal (no item can be left out) but
 * not guaranteed to be the cheapest possible. Steps are listed cheapest first.
 */

export interface PathStep {
  itemId: string;
  groupId: string;
  /** Answers to raise to the top of the scale. */
  cost: number;
  /** Points the item adds, rounded to 2 decimals. */
  points: number;
  rawPoints: number;
  /** The unit's rounded score once this and every earlier step are done. */
  scoreAfter: number;
}

export interface TargetPlan {
  target: number;
  zone: Zone;
  /** True when fulfilling the steps reaches the target (false only if even a full score cannot). */
  reachable: boolean;
  steps: PathStep[];
  cost: number;
  scoreAfter: number;
}

export interface PathToTarget {
  score: number;
  zone: Zone;
  /** To the zone just above the current one; null when already green. */
  nextZone: TargetPlan | null;
  /** To green; null when already green. Same as nextZone when the unit is yellow. */
  green: TargetPlan | null;
}

interface Candidate {
  itemId: string;
  groupId: string;
  cost: number;
  gain: number;
}

function candidates(template: MethodologyTemplate, result: UnitScore): Candidate[] {
  const out: Candidate[] = [];
  template.groups.forEach((group, gi) => {
    const g = result.groups[gi]!;
    if (!g.applicable) return;
    let weightSum = 0;
    group.items.forEach((item, ii) => {
      if (g.items[ii]!.applicable) weightSum += item.weight;
    });
    group.items.forEach((item, ii) => {
      const s = g.items[ii]!;
      if (!s.applicable || s.shortfall === 0) return;
      const gain = (g.effectiveWeight * item.weight * (1 - s.value)) / weightSum;
      if (gain > 0) out.push({ itemId: item.id, groupId: group.id, cost: s.shortfall, gain });
    });
  });
  return out;
}

function plan(result: UnitScore, pool: readonly Candidate[], target: number, zone: Zone): TargetPlan {
  const reached = (raw: number) => roundHalfUp(Math.min(100, raw)) >= target;
  const byValue = [...pool].sort((a, b) => b.gain / b.cost - a.gain / a.cost || b.gain - a.gain);
  const chosen: Candidate[] = [];
  let raw = result.rawScore;
  for (const c of byValue) {
    if (reached(raw)) break;
    chosen.push(c);
    raw += c.gain;
  }
  const reachable = reached(raw);
  if (reachable) {
    // Drop what the target can do without, most expensive first, so the set is minimal.
    for (const c of [...chosen].sort((a, b) => b.cost - a.cost || a.gain - b.gain)) {
      if (reached(raw - c.gain)) {
        chosen.splice(chosen.indexOf(c), 1);
        raw -= c.gain;
      }
    }
  }
  chosen.sort((a, b) => a.cost - b.cost || b.gain - a.gain);
  let running = result.rawScore;
  const steps = chosen.map((c) => {
    running += c.gain;
    return {
      itemId: c.itemId,
      groupId: c.groupId,
      cost: c.cost,
      points: roundHalfUp(c.gain),
      rawPoints: c.gain,
      scoreAfter: roundHalfUp(Math.min(100, running)),
    };
  });
  return {
    target,
    zone,
    reachable,
    steps,
    cost: steps.reduce((n, s) => n + s.cost, 0),
    scoreAfter: roundHalfUp(Math.min(100, running)),
  };
}

/** The cheapest-first plan to reach any score (e.g. an official grade band's minimum). */
export function planToScore(template: MethodologyTemplate, input: UnitAnswers, target: number, zone: Zone): TargetPlan {
  const result = scoreUnit(template, input);
  return plan(result, candidates(template, result), target, zone);
}

/** Plans to the next zone and to green under the zone policy, for an unsealed audit; null when nothing is scorable. */
export function pathToTarget(
  template: MethodologyTemplate,
  input: UnitAnswers,
  policy: ZonePolicy = DEFAULT_ZONE_POLICY,
): PathToTarget | null {
  const result = scoreUnit(template, input, policy);
  if (result.zone === null) return null;
  if (result.zone === 'green') return { score: result.score, zone: result.zone, nextZone: null, green: null };
  const pool = candidates(template, result);
  const green = plan(result, pool, policy.green, 'green');
  const nextZone = result.zone === 'red' ? plan(result, pool, policy.yellow, 'yellow') : green;
  return { score: result.score, zone: result.zone, nextZone, green };
}
