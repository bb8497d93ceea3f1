import { AUDIT_FORMAT_VERSION, auditContentHash, sealedProofsOf, type AuditFile, type ProofLike } from '../../shared/audit-file';
import type { SignOff } from '../../shared/domain/audit';
import type { ZonePolicy } from '../../shared/domain/zone';
import { templateRefOf, type AuditState } from './audit-core';

/** The part of an audit file the content hash covers (everything but the hash and export metadata). */
export type AuditContent = Omit<AuditFile, 'contentHash' | 'exportedAt' | 'generator'>;

/**
 * An audit's content in the exchange format (shared/audit-file). `signOff` and `status` are given
 * by the caller, so sealing can hash the content exactly as it will be once final; so is the zone
 * policy, which a seal keeps (a draft has none and follows the setting). Proofs of service are
 * given by the callers that hash (seal and its check), as `core.content.proofs.list` holds them;
 * other callers read them beside the content.
 */
export function auditContentOf(
  s: AuditState, status: AuditFile['status'], signOff: SignOff | null, zonePolicy?: ZonePolicy, proofs?: readonly ProofLike[],
): AuditContent {
  const sealedProofs = sealedProofsOf(proofs);
  const { record } = s;
  const { start, end, year } = record.period;
  return {
    formatVersion: AUDIT_FORMAT_VERSION,
    id: record.id,
    template: templateRefOf(record),
    entity: { name: record.entity.name, kind: record.entity.kind, province: record.entity.province },
    unit: { name: record.unit.name, category: record.unit.category },
    period: { year, ...(start ? { start } : {}), ...(end ? { end } : {}) },
    auditors: record.auditors.map((a, i) => ({ name: a.name, ...(a.nip ? { nip: a.nip } : {}), role: i === 0 ? ('lead' as const) : ('member' as const) })),
    respondents: Object.fromEntries(
      Object.entries(s.respondents).map(([groupId, r]) => [groupId, { count: r.count, labels: trimTrailingEmpty(r.labels.map((l) => l.label)) }]),
    ),
    answers: s.answers,
    notes: s.notes,
    // Only when written: an audit without any hashes as it did before recommendations existed.
    ...(hasRecommendations(s) ? { recommendations: s.recommendations } : {}),
    evidence: s.evidence.map((e) => ({ itemId: e.itemId, sha256: e.sha256, fileName: e.name, mimeType: e.mime, size: e.size })),
    // Likewise only when given: an audit without proofs hashes as it did before proofs were sealed.
    ...(sealedProofs ? { proofs: sealedProofs } : {}),
    signOff,
    status,
    ...(zonePolicy ? { zonePolicy } : {}),
  };
}

const hasRecommendations = (s: AuditState) => Object.keys(s.recommendations.items).length + Object.keys(s.recommendations.groups).length > 0;

function trimTrailingEmpty(labels: string[]): string[] {
  let end = labels.length;
  while (end > 0 && labels[end - 1] === '') end--;
  return labels.slice(0, end);
}

export function hashContent(content: AuditContent): string {
  return auditContentHash({ ...content, contentHash: null, exportedAt: '', generator: '' });
}

/** The stored form of sealed content, in the file's own key order (the hash does not depend on it). */
export const serializeContent = (content: AuditContent): string => JSON.stringify(content);
