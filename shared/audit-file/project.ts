import { canonicalJson } from '../methodology/canonical-json';
import { sha256Hex } from '../methodology/sha256';
import type { AuditSide } from '../merge/types';
import { AUDIT_FORMAT_VERSION, type AuditFile } from './schema';
import { sealedProofsOf } from './sealed-proofs';
import type { AuditFileV2, Provenance } from './schema-v2';

/**
 * The format-1 view of a format-2 file: what the content hash covers, what scoring and reports
 * read. Registry ids, provenance and the revision are left out on purpose: a seal vouches for
 * the answers and the sign-off, not for where the audit has travelled since.
 */
export function toFormat1(f: AuditFileV2): AuditFile {
  return {
    formatVersion: AUDIT_FORMAT_VERSION,
    id: f.id,
    template: f.template,
    entity: { name: f.entity.name, kind: f.entity.kind, province: f.entity.province },
    unit: { name: f.unit.name, category: f.unit.category },
    period: f.period,
    auditors: f.auditors,
    respondents: Object.fromEntries(Object.entries(f.respondents).map(([g, r]) => [g, { count: r.count, labels: r.labels }])),
    answers: f.answers,
    notes: f.notes,
    // Sealed content only when present, so seals made before recommendations existed keep their hash.
    ...(f.recommendations ? { recommendations: f.recommendations } : {}),
    evidence: f.evidence.map(({ prov: _prov, ...e }) => e),
    // Sealed too, but only number and photo hash; absent when none, so older seals keep their hash.
    ...(f.proofs?.length ? { proofs: sealedProofsOf(f.proofs) } : {}),
    signOff: f.signOff,
    status: f.status,
    // Part of the sealed content, so of the hash; absent in files sealed before it existed.
    ...(f.zonePolicy ? { zonePolicy: f.zonePolicy } : {}),
    contentHash: f.contentHash,
    exportedAt: f.exportedAt,
    generator: f.generator,
  };
}

/** The part of an audit a merge compares, from a format-2 file. */
export function sideOfFile(f: AuditFileV2): AuditSide {
  return {
    respondents: Object.fromEntries(Object.entries(f.respondents).map(([g, r]) => [g, { count: r.count, labels: r.labels }])),
    answers: Object.fromEntries(Object.entries(f.answers).map(([item, values]) => [item, [...values]])),
    answerProv: Object.fromEntries(Object.entries(f.provenance.answers).map(([item, p]) => [item, [...p]])),
    notes: { ...f.notes },
    noteProv: { ...f.provenance.notes },
    ...recommendationSide(f),
    evidence: f.evidence.map((e) => ({ itemId: e.itemId, sha256: e.sha256, fileName: e.fileName, mimeType: e.mimeType, size: e.size, prov: e.prov })),
  };
}

/** Recommendations as a merge compares them: one text per "item:ID" or "group:ID" key. */
export const recommendationKey = (scope: 'item' | 'group', id: string): string => `${scope}:${id}`;
export function parseRecommendationKey(key: string): { scope: 'item' | 'group'; id: string } | null {
  const match = /^(item|group):(.+)$/.exec(key);
  return match ? { scope: match[1] as 'item' | 'group', id: match[2]! } : null;
}

function recommendationSide(f: AuditFileV2): Pick<AuditSide, 'recommendations' | 'recommendationProv'> {
  if (!f.recommendations) return {};
  const prov = f.provenance.recommendations;
  const texts: Record<string, string> = {};
  const by: Record<string, Provenance | null> = {};
  for (const scope of ['item', 'group'] as const) {
    const key = scope === 'item' ? 'items' : 'groups';
    for (const [id, text] of Object.entries(f.recommendations[key])) {
      texts[recommendationKey(scope, id)] = text;
      by[recommendationKey(scope, id)] = prov?.[key][id] ?? null;
    }
  }
  return { recommendations: texts, recommendationProv: by };
}

function trimTrailingEmpty(labels: readonly string[]): string[] {
  let end = labels.length;
  while (end > 0 && labels[end - 1] === '') end--;
  return labels.slice(0, end);
}

function trimTrailingNull<T>(values: readonly (T | null)[]): (T | null)[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  return values.slice(0, end);
}

/**
 * A revision's id: the hash of the content two laptops merge (respondents, answers, notes,
 * evidence links), without provenance, so the same work reached on two laptops has one id.
 */
export function revisionIdOf(side: AuditSide): string {
  const content = {
    respondents: Object.fromEntries(Object.entries(side.respondents).map(([g, r]) => [g, { count: r.count, labels: trimTrailingEmpty(r.labels) }])),
    answers: Object.fromEntries(
      Object.entries(side.answers).map(([item, v]) => [item, trimTrailingNull(v)] as const).filter(([, v]) => v.length > 0),
    ),
    notes: Object.fromEntries(Object.entries(side.notes).filter(([, t]) => t !== '')),
    evidence: side.evidence.map((e) => `${e.itemId}:${e.sha256}`).sort(),
  };
  // Only when there are any: the revision ids of audits without recommendations stay as they were.
  const recommendations = Object.entries(side.recommendations ?? {}).filter(([, t]) => t !== '');
  if (recommendations.length) Object.assign(content, { recommendations: Object.fromEntries(recommendations) });
  return sha256Hex(canonicalJson(content));
}
