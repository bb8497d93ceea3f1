import { DomainError } from '../../shared/contract';
import type { EntityOverview } from '../../shared/domain/reports';
import type { Language } from '../../shared/domain/settings';
import { localDateTime } from '../../shared/iso/dates';
import { summarizeEntity, type EntityUnitInput } from '../../shared/reports/entity-summary';
import { observedProducts, scoreUnit } from '../../shared/scoring';
import type { AuditRecord, AuditSummaryRow } from '../db/audits-repo';
import { auditScores, SCORER } from './audit-scores';
import { sealSignatureOf } from '../keys/signer-check';
import { registryRepo } from '../db/registry-repo';
import { answerCredits, evidenceFiles, type AuditReportData, type EvidenceBytes } from '../reports/audit-report-data';
import { institutionOf, type Institution } from '../reports/report-common';
import { auditCore, voidedError, unitAnswersOf, zonePolicyOf } from './audit-core';
import { auditContentOf, type AuditContent } from './audit-file-build';
import type { ServiceContext } from './context';

/** Reads the report's inputs from the database: one audit as it was sealed, or one entity's year. */
export function reportSources(ctx: ServiceContext) {
  const core = auditCore(ctx);
  const scores = auditScores(ctx, core);
  const registry = registryRepo(ctx.db);

  const institution = (): Institution => institutionOf(ctx.settings.get());

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

  /** The audit's content as reports show it (without reading its evidence), its template and zone policy. */
  function auditContent(auditId: string) {
    const s = core.state(auditId);
    // A voided audit was made by mistake: it stays out of reports as it stays out of lists.
    if (s.record.voided) throw voidedError();
    const seal = s.record.seal;
    // A sealed audit is reported exactly as sealed, so the hash in the footer certifies what is shown.
    const sealed = seal ? (JSON.parse(seal.content) as AuditContent) : auditContentOf(s, 'draft', null);
    const label = s.record.period.label;
    const content = { ...sealed, period: { ...sealed.period, ...(label ? { label } : {}) } };
    return { s, seal, content, template: s.template, policy: zonePolicyOf(s.record, core.policy()).policy };
  }

  function auditReport(auditId: string, language: Language): AuditReportData {
    const { s, seal, content } = auditContent(auditId);
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
  function standing<R extends Pick<AuditSummaryRow, 'unit' | 'status' | 'updatedAt'>>(records: R[]): Map<string, R> {
    const out = new Map<string, R>();
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
    // The list rows with their stored scores (migration 6): earlier years need only their score,
    // and no sealed content or answers are read for them.
    const computed = scores.fillNow({ entityId, search: '' }, policy);
    const records = core.audits.summaries({ entityId, search: '' }, SCORER, policy);
    const years = [...new Set(records.map((r) => r.period.year))].sort((a, b) => b - a);
    const chosenYear = year ?? years[0] ?? null;
    const current = standing(records.filter((r) => r.period.year === chosenYear));
    const byUnit = new Map<string, AuditSummaryRow[]>();
    for (const r of records) byUnit.set(r.unit.id, [...(byUnit.get(r.unit.id) ?? []), r]);

    const units: EntityUnitInput[] = [...current.values()].map((row) => {
      const s = core.state(row.id);
      const r = s.record;
      const answers = unitAnswersOf(s.respondents, s.answers);
      const earlier = (byUnit.get(r.unit.id) ?? []).filter((o) => chosenYear !== null && o.period.year < chosenYear);
      const lastYear = Math.max(...earlier.map((o) => o.period.year));
      const before = standing(earlier.filter((o) => o.period.year === lastYear)).get(r.unit.id);
      let previous: EntityUnitInput['previous'] = null;
      if (before) {
        const score = before.stored ?? computed.get(before.id)!;
        // Last year's N/A-only audit has no score to compare with.
        previous = !score.scorable || score.zone === null ? null : { year: before.period.year, score: score.score, zone: score.zone };
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
        recommendations: s.recommendations,
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

  return { institution, auditContent, auditReport, entityOverview };
}
export type ReportSources = ReturnType<typeof reportSources>;
