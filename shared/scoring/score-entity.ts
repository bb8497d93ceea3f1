import { DEFAULT_ZONE_POLICY, zoneFor, type Zone, type ZonePolicy } from '../domain/zone';
import type { GradeBand, MethodologyTemplate } from '../methodology/template-schema';
import { slotCount, type RespondentCounts } from './answers';
import { bandFor } from './bands';
import { opinionFor, type Opinion } from './opinion';
import { roundHalfUp } from './rounding';

export interface EntityUnitInput {
  /**
   * The unit's unrounded score (UnitScore.rawScore). Given published, already rounded, scores
   * instead, the entity score may differ by 0.01 from the one published (Kota Kupang 2022).
   */
  rawScore: number;
  /** Products observed in the unit; used only by templates that average products. */
  products?: number;
}

export interface EntityScore {
  rawScore: number;
  score: number;
  zone: Zone;
  band: GradeBand | null;
  /** The entity's opinion without its qualifier (shared/opini/ decides "Tanpa Maladministrasi"); null where the method has none. */
  opinion: Opinion | null;
  unitCount: number;
}

/**
 * The entity's (pemda, kementerian, lembaga) index: the mean of its units' unrounded scores,
 * rounded once. Maluku Tenggara 2023 is the mean of its seven unit scores, 60.80 (S-derived,
 * ombudsman-methodology.md §2.3); Kota Kupang 2022 was published as 79.12 while its seven
 * published (rounded) unit scores average 79.1257, which only unrounded unit scores can give
 * (opini-2025.md, Entity aggregation). The 2016-2021 method averages all product scores of the
 * entity (Tribun Lombok 2021), which is the unit mean weighted by each unit's product count.
 */
export function scoreEntity(
  template: MethodologyTemplate,
  units: readonly EntityUnitInput[],
  policy: ZonePolicy = DEFAULT_ZONE_POLICY,
): EntityScore {
  const byProducts = template.entityAggregation === 'meanOfProducts';
  let sum = 0;
  let weights = 0;
  for (const unit of units) {
    const w = byProducts ? Math.max(1, unit.products ?? 1) : 1;
    sum += unit.rawScore * w;
    weights += w;
  }
  const rawScore = weights > 0 ? Math.min(100, Math.max(0, sum / weights)) : 0;
  const score = roundHalfUp(rawScore);
  return { rawScore, score, zone: zoneFor(score, policy), band: bandFor(template, score), opinion: units.length ? opinionFor(score, template) : null, unitCount: units.length };
}

/** Products observed in a unit: the largest slot count among the template's product groups. */
export function observedProducts(template: MethodologyTemplate, counts: RespondentCounts): number {
  const productGroups = template.groups.filter((g) => g.respondents.kind === 'product');
  return productGroups.length ? Math.max(...productGroups.map((g) => slotCount(g, counts))) : 1;
}
