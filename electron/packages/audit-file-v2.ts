import { AUDIT_FORMAT_VERSION_2, MAX_ANCESTORS, recommendationKey, revisionIdOf, sideOfFile, type AuditFileV2, type Provenance } from '../../shared/audit-file';
import type { AuditCore, AuditState } from '../services/audit-core';
import { auditContentOf, type AuditContent } from '../services/audit-file-build';

/**
 * An audit as format 2 (shared/audit-file/schema-v2.ts), for a package. A sealed audit is written
 * exactly as sealed (the sealed snapshot), so its hash and signature check out on any laptop;
 * provenance comes from the stored rows, which the seal triggers keep unchanged.
 */
export function auditFileV2Of(core: AuditCore, s: AuditState, exportedAt: string, generator: string): AuditFileV2 {
  const { record } = s;
  const seal = record.seal;
  const content: AuditContent = seal ? (JSON.parse(seal.content) as AuditContent) : auditContentOf(s, 'draft', null);
  const answerRows = core.content.answerProvenance(record.id);
  const noteRows = core.content.noteProvenance(record.id);
  const evidenceRows = core.content.evidenceProvenance(record.id);
  const recommendationRows = core.content.recommendationProvenance(record.id);
  const proofs = core.content.proofs.entries(record.id);
  // Rows written before provenance was recorded have no name: "not recorded", never a guess.
  const prov = (p: Provenance | undefined): Provenance | null => (p && p.by !== '' ? p : null);

  const evidenceProv = new Map(s.evidence.map((e) => [`${e.itemId}:${e.sha256}`, prov(evidenceRows.get(e.id))]));
  const file: AuditFileV2 = {
    formatVersion: AUDIT_FORMAT_VERSION_2,
    id: content.id,
    template: content.template,
    entity: { id: record.entity.id, ...content.entity },
    unit: { id: record.unit.id, ...content.unit },
    period: content.period,
    auditors: content.auditors,
    respondents: Object.fromEntries(
      Object.entries(content.respondents).map(([groupId, r]) => {
        const productIds = (s.respondents[groupId]?.labels ?? []).map((l) => l.productId);
        return [groupId, { ...r, ...(productIds.some((p) => p !== null) ? { productIds } : {}) }];
      }),
    ),
    answers: content.answers,
    notes: content.notes,
    ...(content.recommendations ? { recommendations: content.recommendations } : {}),
    evidence: content.evidence.map((e) => ({ ...e, prov: evidenceProv.get(`${e.itemId}:${e.sha256}`) ?? null })),
    // Only when there are any, so files of audits without a survey read as before.
    ...(proofs.length ? { proofs } : {}),
    provenance: {
      answers: Object.fromEntries(
        Object.entries(content.answers).map(([itemId, values]) => [
          itemId, values.map((v, slot) => (v === null ? null : prov(answerRows.get(itemId)?.get(slot)))),
        ]),
      ),
      notes: Object.fromEntries(Object.keys(content.notes).map((itemId) => [itemId, prov(noteRows.get(itemId))])),
      ...(content.recommendations
        ? {
            recommendations: {
              items: Object.fromEntries(Object.keys(content.recommendations.items).map((id) => [id, prov(recommendationRows.get(recommendationKey('item', id)))])),
              groups: Object.fromEntries(Object.keys(content.recommendations.groups).map((id) => [id, prov(recommendationRows.get(recommendationKey('group', id)))])),
            },
          }
        : {}),
    },
    revision: { id: '0'.repeat(64), ancestors: [] },
    signOff: content.signOff,
    status: content.status,
    ...(content.zonePolicy ? { zonePolicy: content.zonePolicy } : {}),
    contentHash: seal?.hash ?? null,
    seal: seal && seal.signature && seal.publicKey
      ? { signature: seal.signature, publicKey: seal.publicKey, sealedAt: seal.sealedAt, sealedBy: seal.sealedBy }
      : null,
    exportedAt,
    generator,
  };
  // The newest revisions are the ones a merge base is found among; the schema bounds the list.
  file.revision = { id: revisionIdOf(sideOfFile(file)), ancestors: core.revisions.ids(record.id).slice(-MAX_ANCESTORS) };
  return file;
}
