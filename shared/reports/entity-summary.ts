import type { AuditStatus } from '../domain/audit';
import type { EntityOverview, UnitResult } from '../domain/reports';
import type { Zone, ZonePolicy } from '../domain/zone';
import type { MethodologyTemplate } from '../methodology/template-schema';
import { roundHalfUp } from '../scoring/rounding';
import { scoreEntity } from '../scoring/score-entity';
import type { UnitScore } from '../scoring/score-unit';
import type { AuditRecommendations } from '../audit-file/schema';
import { itemShortfalls } from './item-shortfalls';
import { recurringRecommendations } from './recommendation-plan';

/** One unit's audit for the year, scored, as main loads it. */
export interface EntityUnitInput {
  unitId: string;
  unitName: string;
  auditId: string;
  status: AuditStatus;
  periodLabel: string;
  template: MethodologyTemplate;
  /** Read with `policy`: the one the audit was sealed under, or the setting for a draft. */
  score: UnitScore;
  policy: ZonePolicy;
  /** Products observed, for methods that average products (shared/scoring/score-entity.ts). */
  products: number;
  previous: UnitResult['previous'];
  auditors: string[];
  contentHash: string | null;
  signature: UnitResult['signature'];
  /** The auditor's recommendations, for the ones that recur across units; absent reads as none. */
  recommendations?: AuditRecommendations;
}

export type EntitySummaryInput = Pick<EntityOverview, 'entity' | 'year' | 'years' | 'policy' | 'unassessed'> & {
  units: EntityUnitInput[];
};

const methodKey = (t: MethodologyTemplate) => `${t.id}@${t.version}`;
const TOP_UNMET_ITEMS = 10;
const TOP_UNMET_PER_UNIT = 5;

/** The method most units used; ties go to the newer template version seen first. */
function dominantMethod(units: EntityUnitInput[]): MethodologyTemplate | null {
  const counts = new Map<string, { template: MethodologyTemplate; n: number }>();
  for (const u of units) {
    const entry = counts.get(methodKey(u.template)) ?? { template: u.template, n: 0 };
    entry.n++;
    counts.set(methodKey(u.template), entry);
  }
  let best: { template: MethodologyTemplate; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.template ?? null;
}

/**
 * Everything the entity overview and the entity report show, from the units' scored audits: the
 * entity index (shared/scoring/score-entity.ts), units ranked, the zone distribution, the mean
 * points of each dimension and the items most often below full marks. Dimensions and items are
 * compared only across units assessed with the same method.
 */
export function summarizeEntity(input: EntitySummaryInput): EntityOverview {
  const scored = input.units.filter((u) => u.score.scorable);
  const method = dominantMethod(scored);
  const sorted = [...scored].sort((a, b) => b.score.score - a.score.score || a.unitName.localeCompare(b.unitName));
  const units: UnitResult[] = sorted.map((u) => ({
    unitId: u.unitId,
    unitName: u.unitName,
    auditId: u.auditId,
    status: u.status,
    periodLabel: u.periodLabel,
    templateId: u.template.id,
    templateVersion: u.template.version,
    sameMethod: method !== null && methodKey(u.template) === methodKey(method),
    score: u.score.score,
    // Scorable, so it has a zone.
    zone: u.score.zone!,
    grade: u.score.band?.grade ?? null,
    bandLabel: u.score.band?.label ?? null,
    // Competition ranking: equal scores share a rank and the next rank skips.
    rank: 1 + sorted.filter((o) => o.score.score > u.score.score).length,
    groups: u.template.groups.map((g, i) => ({
      groupId: g.id,
      label: g.label,
      points: u.score.groups[i]!.points,
      weight: roundHalfUp(u.score.groups[i]!.effectiveWeight),
    })),
    previous: u.previous,
    change: u.previous ? roundHalfUp(u.score.score - u.previous.score) : null,
    progress: u.score.progress.percent,
    auditors: u.auditors,
    contentHash: u.contentHash,
    signature: u.signature,
    unmet: itemShortfalls(u.template, u.score).slice(0, TOP_UNMET_PER_UNIT),
  }));

  const zoneCounts: Record<Zone, number> = { green: 0, yellow: 0, red: 0 };
  for (const u of units) zoneCounts[u.zone]++;
  const entityScore = method ? scoreEntity(method, scored.map((u) => ({ rawScore: u.score.rawScore, products: u.products })), input.policy) : null;
  // The same mean from the rounded scores the table lists, which may differ by 0.01 (Kota Kupang 2022).
  const fromRounded = method ? scoreEntity(method, scored.map((u) => ({ rawScore: u.score.score, products: u.products }))) : null;
  const same = scored.filter((u) => method && methodKey(u.template) === methodKey(method));

  return {
    entity: input.entity,
    year: input.year,
    years: input.years,
    policy: input.policy,
    method: method && {
      id: method.id,
      version: method.version,
      name: method.name,
      groups: method.groups.map((g) => ({ id: g.id, label: g.label, weight: g.weight })),
    },
    recurringRecommendations: method ? recurringRecommendations(method, same.map((u) => ({ unitName: u.unitName, recommendations: u.recommendations }))) : [],
    mixedMethods: same.length !== scored.length,
    score: entityScore && scored.length ? entityScore.score : null,
    zone: entityScore && scored.length ? entityScore.zone : null,
    band: entityScore?.band && scored.length ? { grade: entityScore.band.grade ?? null, label: entityScore.band.label, zone: entityScore.band.zone } : null,
    roundedUnitsDiffer: fromRounded !== null && fromRounded.score !== entityScore?.score,
    placeholderWeights: scored.some((u) => u.score.placeholderWeights),
    units,
    unscorable: input.units.filter((u) => !u.score.scorable).map((u) => ({ unitId: u.unitId, unitName: u.unitName, auditId: u.auditId })),
    otherPolicies: sorted
      .filter((u) => u.policy.green !== input.policy.green || u.policy.yellow !== input.policy.yellow)
      .map((u) => ({ unitId: u.unitId, unitName: u.unitName, policy: u.policy })),
    unassessed: input.unassessed,
    zoneCounts,
    drafts: units.filter((u) => u.status === 'draft').length,
    dimensions: method
      ? method.groups.map((g, i) => ({
          groupId: g.id,
          label: g.label,
          weight: g.weight,
          meanPoints: same.length ? roundHalfUp(same.reduce((s, u) => s + u.score.groups[i]!.rawPoints, 0) / same.length) : 0,
        }))
      : [],
    unmetItems: method ? unmetAcross(method, same) : [],
  };
}

function unmetAcross(method: MethodologyTemplate, units: EntityUnitInput[]): EntityOverview['unmetItems'] {
  const out: EntityOverview['unmetItems'] = [];
  method.groups.forEach((g, gi) => {
    g.items.forEach((item, ii) => {
      let assessed = 0;
      let unmet = 0;
      let sum = 0;
      for (const u of units) {
        const s = u.score.groups[gi]!.items[ii]!;
        if (!s.applicable) continue;
        assessed++;
        sum += s.value;
        if (s.value < 1 - 1e-9) unmet++;
      }
      if (unmet > 0) out.push({ itemId: item.id, groupId: g.id, label: item.label, unmetUnits: unmet, assessedUnits: assessed, meanValue: sum / assessed });
    });
  });
  return out.sort((a, b) => b.unmetUnits - a.unmetUnits || a.meanValue - b.meanValue).slice(0, TOP_UNMET_ITEMS);
}
