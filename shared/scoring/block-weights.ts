import type { BlockSide, MethodologyTemplate } from '../methodology/template-schema';
import { roundHalfUp } from './rounding';

/**
 * Effective group weights, given which groups apply. Without blocks: each weight × 100 / Σ weights
 * of applicable groups (exactly the weight when they already sum to 100), as before blocks existed.
 *
 * With blocks (2025: the four dimensions 70 together, public trust 30) the published figure is the
 * block's, so a wholly N/A dimension's share stays inside its block: the other dimensions of the
 * block grow, public trust keeps its 30. Only a block with nothing applicable gives its weight to
 * the other blocks, pro rata, so the score stays on 0..100.
 */
export function effectiveWeights(template: MethodologyTemplate, applicable: readonly boolean[]): number[] {
  const weights = template.groups.map((g) => g.weight);
  if (!template.blocks) {
    const applicableWeight = weights.reduce((n, w, i) => n + (applicable[i] ? w : 0), 0);
    const factor = scaleTo(100, applicableWeight);
    return weights.map((w, i) => (applicable[i] ? w * factor : 0));
  }
  const index = new Map(template.groups.map((g, i) => [g.id, i]));
  const out = weights.map(() => 0);
  let applicableBlocks = 0;
  const inBlock: { members: number[]; factor: number }[] = [];
  for (const block of template.blocks) {
    const members = block.groups.map((id) => index.get(id)).filter((i): i is number => i !== undefined && applicable[i] === true);
    const sum = members.reduce((n, i) => n + weights[i]!, 0);
    if (sum > 0) applicableBlocks += block.weight;
    inBlock.push({ members, factor: sum > 0 ? scaleTo(block.weight, sum) : 0 });
  }
  const outer = scaleTo(100, applicableBlocks);
  for (const { members, factor } of inBlock) for (const i of members) out[i] = weights[i]! * factor * outer;
  return out;
}

/** Exactly 1 when `sum` already is `target`, so published weights are used as they stand. */
function scaleTo(target: number, sum: number): number {
  return sum > 0 && Math.abs(sum - target) > 1e-9 ? target / sum : 1;
}

/** One block's part of a unit score: what the report sets side by side (internal against public). */
export interface BlockScore {
  blockId: string;
  side: BlockSide;
  /** Weight in the template (70, 30). */
  weight: number;
  /** After sharing out a block with nothing applicable; 0 for such a block. */
  effectiveWeight: number;
  rawPoints: number;
  /** rawPoints rounded to 2 decimals. */
  points: number;
  /** points as a share of the block's effective weight, 0..100: "internal 95, public 40". */
  percent: number;
  applicable: boolean;
}

/** Blocks from the groups' effective weights and points; empty for a template without blocks. */
export function blockScores(
  template: MethodologyTemplate,
  groups: readonly { groupId: string; effectiveWeight: number; rawPoints: number; applicable: boolean }[],
): BlockScore[] {
  return (template.blocks ?? []).map((block) => {
    const members = groups.filter((g) => block.groups.includes(g.groupId) && g.applicable);
    const effectiveWeight = members.reduce((n, g) => n + g.effectiveWeight, 0);
    const rawPoints = members.reduce((n, g) => n + g.rawPoints, 0);
    return {
      blockId: block.id,
      side: block.side,
      weight: block.weight,
      effectiveWeight,
      rawPoints,
      points: roundHalfUp(rawPoints),
      percent: effectiveWeight > 0 ? roundHalfUp((rawPoints / effectiveWeight) * 100) : 0,
      applicable: members.length > 0,
    };
  });
}
