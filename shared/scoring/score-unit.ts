import { DEFAULT_ZONE_POLICY, zoneFor, type Zone, type ZonePolicy } from '../domain/zone';
import { usesPlaceholderWeights } from '../methodology/placeholder-weights';
import { SCALE_MAX, type GradeBand, type MethodologyTemplate } from '../methodology/template-schema';
import { slotCount, type UnitAnswers } from './answers';
import { bandFor } from './bands';
import { blockScores, effectiveWeights, type BlockScore } from './block-weights';
import { opinionFor, type Opinion } from './opinion';
import { roundHalfUp } from './rounding';

/**
 * The compliance index of one service unit (ARCHITECTURE.md, Scoring; formula S-derived from
 * Maluku Tenggara 2023, ombudsman-methodology.md §2.3):
 *
 *   slot value   = answer / top of scale (yes = 1; 0..3 → v/3); unanswered = 0; N/A left out
 *   item value   = mean over the item's non-N/A slots (an item whose slots are all N/A is N/A)
 *   group mean   = Σ w_i·value_i / Σ w_i over the group's applicable items
 *   group points = effective weight × group mean
 *   unit score   = Σ group points, rounded half up to 2 decimals; zone and band read from it
 *
 * A unit whose every item is N/A is not scorable: its 0 would read as red, grade E, a verdict on
 * nothing. It has no zone and no band, and every screen, report and the CLI say so.
 *
 * The effective weight is the group weight × 100 / Σ weights of applicable groups (within its
 * block where the template has blocks: block-weights.ts). It equals the
 * weight whenever the weights sum to 100 and no group is wholly N/A; otherwise the weight of a
 * wholly N/A group is shared out pro rata, so the score stays on 0..100 and a unit is not punished
 * for what does not apply to it. The score is rounded from the unrounded sum, not from rounded
 * group points: Dinas Pendidikan Maluku Tenggara 2023 was published as 52.86 while its rounded
 * dimension points add to 52.85.
 */

export interface ItemScore {
  itemId: string;
  /** 0..1: the mean of the item's non-N/A slots, unanswered counting 0. 0 when the item is N/A. */
  value: number;
  /** False when every slot is N/A. */
  applicable: boolean;
  /** Slots with a value or N/A. */
  answered: number;
  slots: number;
  /** Non-N/A slots below the top of the scale, unanswered included: the answers left to raise. */
  shortfall: number;
}

export interface GroupScore {
  groupId: string;
  /** Weight in the template. */
  weight: number;
  /** Weight after sharing out wholly N/A groups; 0 for such a group. */
  effectiveWeight: number;
  rawPoints: number;
  /** rawPoints rounded to 2 decimals; never above effectiveWeight. */
  points: number;
  applicable: boolean;
  itemCount: number;
  applicableItems: number;
  answered: number;
  total: number;
  items: ItemScore[];
}

export interface ScoreProgress {
  answered: number;
  total: number;
  /** answered / total × 100, rounded to 2 decimals. */
  percent: number;
  /** Items whose every slot has a value or N/A. */
  itemsComplete: number;
  itemCount: number;
}

export interface UnitScore {
  templateId: string;
  templateVersion: number;
  rawScore: number;
  score: number;
  /** From the zone policy, read from the rounded score; null when not scorable. */
  zone: Zone | null;
  /** The template's official band (grade A to E, or zone only), read from the rounded score; null when not scorable. */
  band: GradeBand | null;
  /** The Ombudsman's opinion (2025: "Kualitas Tinggi", "Baik") where the method has one; null when not scorable. */
  opinion: Opinion | null;
  /** False when every item is N/A: the score is then 0 and means nothing. */
  scorable: boolean;
  /** True when a group or item weight of the template is a placeholder, not an official figure. */
  placeholderWeights: boolean;
  itemCount: number;
  applicableItems: number;
  groups: GroupScore[];
  /** The template's blocks (2025: internal 70, public trust 30); empty when it has none. */
  blocks: BlockScore[];
  progress: ScoreProgress;
}

export function scoreUnit(template: MethodologyTemplate, input: UnitAnswers, policy: ZonePolicy = DEFAULT_ZONE_POLICY): UnitScore {
  const groups: GroupScore[] = [];
  const means: number[] = [];
  let answeredAll = 0;
  let totalAll = 0;
  let itemsComplete = 0;
  let itemCount = 0;
  let applicableItems = 0;

  for (const group of template.groups) {
    const slots = slotCount(group, input.respondentCounts);
    const items: ItemScore[] = [];
    let weightSum = 0;
    let weighted = 0;
    let answeredGroup = 0;
    let applicableInGroup = 0;
    for (const item of group.items) {
      const max = SCALE_MAX[item.scale];
      const row = input.answers[item.id];
      let sum = 0;
      let counted = 0;
      let answered = 0;
      let shortfall = 0;
      for (let s = 0; s < slots; s++) {
        const a = row?.[s];
        if (a === 'na') {
          answered++;
          continue;
        }
        counted++;
        if (typeof a === 'number' && Number.isFinite(a)) {
          answered++;
          // Clamped so a stray out-of-scale value can never push a score past 100.
          const v = a <= 0 ? 0 : a >= max ? 1 : a / max;
          sum += v;
          if (v < 1) shortfall++;
        } else shortfall++;
      }
      const applicable = counted > 0;
      const value = applicable ? sum / counted : 0;
      if (applicable) {
        weightSum += item.weight;
        weighted += item.weight * value;
        applicableInGroup++;
      }
      if (answered === slots) itemsComplete++;
      answeredGroup += answered;
      items.push({ itemId: item.id, value, applicable, answered, slots, shortfall });
    }
    const applicable = applicableInGroup > 0;
    means.push(applicable ? weighted / weightSum : 0);
    const total = slots * group.items.length;
    answeredAll += answeredGroup;
    totalAll += total;
    itemCount += group.items.length;
    applicableItems += applicableInGroup;
    groups.push({
      groupId: group.id,
      weight: group.weight,
      effectiveWeight: 0,
      rawPoints: 0,
      points: 0,
      applicable,
      itemCount: group.items.length,
      applicableItems: applicableInGroup,
      answered: answeredGroup,
      total,
      items,
    });
  }

  const effective = effectiveWeights(template, groups.map((g) => g.applicable));
  let raw = 0;
  groups.forEach((g, i) => {
    if (!g.applicable) return;
    g.effectiveWeight = effective[i]!;
    g.rawPoints = g.effectiveWeight * means[i]!;
    g.points = Math.min(roundHalfUp(g.rawPoints), roundHalfUp(g.effectiveWeight));
    raw += g.rawPoints;
  });
  const rawScore = Math.min(100, Math.max(0, raw));
  const score = roundHalfUp(rawScore);
  const scorable = applicableItems > 0;
  return {
    templateId: template.id,
    templateVersion: template.version,
    rawScore,
    score,
    zone: scorable ? zoneFor(score, policy) : null,
    band: scorable ? bandFor(template, score) : null,
    opinion: scorable ? opinionFor(score, template) : null,
    scorable,
    placeholderWeights: usesPlaceholderWeights(template),
    itemCount,
    applicableItems,
    groups,
    blocks: blockScores(template, groups),
    progress: {
      answered: answeredAll,
      total: totalAll,
      percent: totalAll > 0 ? roundHalfUp((answeredAll / totalAll) * 100) : 100,
      itemsComplete,
      itemCount,
    },
  };
}
