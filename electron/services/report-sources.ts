import { DomainError } from '../../shared/contract';
import type { EntityOverview } from '../../shared/domain/reports';
import type { Language } from '../../shared/domain/settings';
import { localDateTime } from '../../shared/iso/dates';
import { summarizeEntity, type EntityUnitInput } from '../../shared/reports/entity-summary';
import { observedProducts, scoreUnit } from '../../shared/scoring';
import type { AuditRecord } from '../db/audits-repo';
import { sealSignatureOf } from '../keys/signer-check';
import { registryRepo } from '../db/registry-repo';
import { answerCredits, evidenceFiles, type AuditReportData, type EvidenceBytes } from '../reports/audit-report-data';
import { imageFromDataUrl, type Institution } from '../reports/report-common';
import { auditCore, voidedError, unitAnswersOf, zonePolicyOf } from './audit-core';
import { auditContentOf, type AuditContent } from './audit-file-build';
import type { ServiceContext } from './context';

/** Reads the report's inputs from the database: one audit as it was sealed, or one entity's year. */
export function reportSources(ctx: ServiceContext) {
  const core = auditCore(ctx);
  const registry = registryRepo(ctx.db);

  const institution = (): Institution => {
    const s = ctx.settings.get();
    return { name: s.institutionName, logo: s.institutionLogo ? imageFromDataUrl(s.institutionLogo) : null };
  };

  /** A missing or altered evidence file is reported in the document rather than failing the export. */
  const readEvidence = (sha256: string): EvidenceBytes => {
    try {
      return core.files.read(sha256);
    } catch (error) {
      if (error instanceof DomainError && error.message === 'errors.attachmentCorrupt') return 'changed';
      if (error instanceof DomainError) return 'missing';
      throw error;
    }
  };

  const signatureOf = (r: AuditRecord) => r.seal && sealSignatureOf(ctx, r.seal.hash, r.seal.signature, r.seal.publicKey);

  function auditReport(auditId: string, language: Language): AuditReportData {
    const s = core.state(auditId);
    // A voided audit was made by mistake: it stays out of reports as it stays out of lists.
    if (s.record.voided) throw voidedError();
    const seal = s.record.seal;
    // A sealed audit is reported exactly as sealed, so the hash in the footer certifies what is shown.
    const sealed = seal ? (JSON.parse(seal.content) as AuditContent) : auditContentOf(s, 'draft', null);
    const label = s.record.period.label;
    const content = { ...sealed, period: { ...sealed.period, ...(label ? { label } : {}) } };
    // The seal triggers keep the stored rows as sealed, so their provenance is the sealed answers'.
    const provenance = core.content.answerProvenance(auditId);
    return {
      language,
      institution: institution(),
      generatedAt: localDateTime(ctx.now()),
      content,
      contentHash: seal?.hash ?? null,
      template: s.template,
      policy: zonePolicyOf(s.record, core.policy()).policy,
      evidence: evidenceFiles(content, readEvidence),
      // Rows written before answers were credited have an empty name: not known, not guessed.
      credits: answerCredits(content, (itemId, slot) => provenance.get(itemId)?.get(slot)?.by || null),
      signature: signatureOf(s.record),
    };
  }

  /** Per unit, the audit that stands for a year: sealed before draft, then the one updated last. */
  function standing(records: AuditRecord[]): Map<string, AuditRecord> {
    const out = new Map<string, AuditRecord>();
    for (const r of records) {
      const held = out.get(r.unit.id);
      const better = !held || (r.status === 'final' && held.status !== 'final') || (r.status === held.status && r.updatedAt > held.updatedAt);
      if (better) out.set(r.unit.id, r);
    }
    return out;
  }

  function entityOverview(entityId: string, year?: number): EntityOverview {
    const entity = registry.getEntity(entityId);
    if (!entity) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'entity' });
    const policy = core.policy();
    const records = core.audits.list({ entityId, search: '' });
    const years = [...new Set(records.map((r) => r.period.year))].sort((a, b) => b - a);
    const chosenYear = year ?? years[0] ?? null;
    const current = standing(records.filter((r) => r.period.year === chosenYear));

    const units: EntityUnitInput[] = [...current.values()].map((r) => {
      const s = core.state(r.id);
      const answers = unitAnswersOf(s.respondents, s.answers);
      const earlier = records.filter((o) => o.unit.id === r.unit.id && chosenYear !== null && o.period.year < chosenYear);
      const lastYear = Math.max(...earlier.map((o) => o.period.year));
      const before = standing(earlier.filter((o) => o.period.year === lastYear)).get(r.unit.id);
      let previous: EntityUnitInput['previous'] = null;
      if (before) {
        const p = core.state(before.id);
        const score = scoreUnit(p.template, unitAnswersOf(p.respondents, p.answers), zonePolicyOf(before, policy).policy);
        // Last year's N/A-only audit has no score to compare with.
        previous = score.zone === null ? null : { year: before.period.year, score: score.score, zone: score.zone };
      }
      const own = zonePolicyOf(r, policy).policy;
      return {
        unitId: r.unit.id,
        unitName: r.unit.name,
        auditId: r.id,
        status: r.status,
        periodLabel: r.period.label,
        template: s.template,
        score: scoreUnit(s.template, answers, own),
        policy: own,
        products: observedProducts(s.template, answers.respondentCounts),
        previous,
        auditors: r.auditors.map((a) => a.name),
        contentHash: r.seal?.hash ?? null,
        signature: signatureOf(r),
      };
    });
    const unassessed = registry
      .listUnits(entityId, { search: '', includeArchived: false })
      .filter((u) => !current.has(u.id))
      .map((u) => ({ unitId: u.id, unitName: u.name }));
    return summarizeEntity({
      entity: { id: entity.id, name: entity.name, kind: entity.kind, province: entity.province },
      year: chosenYear,
      years,
      policy,
      units,
      unassessed,
    });
  }

  return { institution, auditReport, entityOverview };
}
export type ReportSources = ReturnType<typeof reportSources>;
