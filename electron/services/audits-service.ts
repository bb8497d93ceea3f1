import { DomainError, validationError, type Handlers, type Issue } from '../../shared/contract';
import type { AuditDetail, AuditSummary, EvidenceSummary, GroupRespondents, RespondentLabel } from '../../shared/domain/audit';
import type { ServiceProduct } from '../../shared/domain/registry';
import { latestIndonesianDate } from '../../shared/iso/dates';
import { MAX_RESPONDENTS, type MethodologyTemplate, type TemplateGroup } from '../../shared/methodology/template-schema';
import { opinionFor, slotCount } from '../../shared/scoring';
import { surveyCountProblem } from '../../shared/methodology/survey';
import { registryRepo } from '../db/registry-repo';
import { auditCore, type AuditCore, type AuditState } from './audit-core';
import { auditScores, SCORER } from './audit-scores';
import { auditContentOf, hashContent } from './audit-file-build';
import type { ServiceContext } from './context';
import { sealSignatureOf } from '../keys/signer-check';

type AuditHandlers = Pick<Handlers, 'audits.list' | 'audits.years' | 'audits.get' | 'audits.create' | 'audits.update' | 'audits.setRespondents'>;

/** What the checklist screen needs, in one object. */
export function detailOf(ctx: ServiceContext, core: AuditCore, s: AuditState): AuditDetail {
  const { record } = s;
  const evidence: Record<string, EvidenceSummary[]> = {};
  for (const e of s.evidence) (evidence[e.itemId] ??= []).push(e);
  const seal = record.seal && {
    hash: record.seal.hash,
    sealedAt: record.seal.sealedAt,
    sealedBy: record.seal.sealedBy,
    signOff: record.seal.signOff,
    intact: sealIntact(core, s),
    signature: sealSignatureOf(ctx, record.seal.hash, record.seal.signature, record.seal.publicKey),
  };
  return {
    audit: {
      id: record.id, entity: record.entity, unit: record.unit, period: record.period,
      template: { id: record.templateId, version: record.templateVersion, checksum: record.templateChecksum },
      auditors: record.auditors, respondents: s.respondents, status: record.status, seal,
      voided: record.voided, assignment: record.assignment, conflicts: core.conflicts.count(record.id),
      createdAt: record.createdAt, updatedAt: record.updatedAt,
    },
    template: s.template,
    answers: s.answers,
    notes: s.notes,
    recommendations: s.recommendations,
    evidence,
    score: core.scoreOf(s),
  };
}

/**
 * Whether the stored rows still give the sealed hash. Entity and unit are taken from the sealed
 * content: renaming them in the registry is not tampering with the audit.
 */
function sealIntact(core: AuditCore, s: AuditState): boolean {
  const seal = s.record.seal;
  if (!seal) return false;
  const sealed = JSON.parse(seal.content) as ReturnType<typeof auditContentOf>;
  const now = auditContentOf(s, 'final', seal.signOff, sealed.zonePolicy, core.content.proofs.list(s.record.id));
  return hashContent({ ...now, entity: sealed.entity, unit: sealed.unit }) === seal.hash;
}

/**
 * Labels checked against the audited unit's products; a product slot with no label takes the
 * product's name, so exports and reports name what was observed.
 */
function resolveLabels(ctx: ServiceContext, unitId: string, labels: RespondentLabel[], path: string, issues: Issue[]): RespondentLabel[] {
  const registry = registryRepo(ctx.db);
  return labels.map((l, i) => {
    if (l.productId === null) return l;
    const product = registry.getProduct(l.productId);
    if (!product || product.unitId !== unitId) {
      issues.push({ path: `${path}.${i}.productId`, message: 'validation.unknownProduct' });
      return l;
    }
    return { label: l.label || product.name, productId: l.productId };
  });
}

/**
 * A product group given no labels starts with the unit's active registry products, in name order:
 * as many as the count allows, and, with no count given, one slot per product where the unit has
 * more than the template's default (up to MAX_RESPONDENTS).
 */
function productSlots(group: TemplateGroup, count: number | undefined, products: readonly ServiceProduct[]): GroupRespondents {
  const slots = count === undefined ? Math.min(Math.max(group.respondents.defaultCount, products.length), MAX_RESPONDENTS) : slotCount(group, { [group.id]: count });
  return { count: slots, labels: products.slice(0, slots).map((p) => ({ label: p.name, productId: p.id })) };
}

function groupRespondents(
  ctx: ServiceContext, template: MethodologyTemplate, unitId: string,
  input: Record<string, { count?: number | undefined; labels: RespondentLabel[] }>,
): Record<string, GroupRespondents> {
  const issues: Issue[] = [];
  for (const groupId of Object.keys(input)) {
    if (!template.groups.some((g) => g.id === groupId)) issues.push({ path: `respondents.${groupId}`, message: 'validation.unknownGroup', params: { id: groupId } });
  }
  const out: Record<string, GroupRespondents> = {};
  let products: ServiceProduct[] | undefined;
  for (const g of template.groups) {
    const given = input[g.id];
    const givenLabels = given?.labels ?? [];
    if (g.respondents.kind === 'product' && givenLabels.length === 0) {
      products ??= registryRepo(ctx.db).listProducts(unitId, { search: '', includeArchived: false });
      out[g.id] = productSlots(g, given?.count, products);
      continue;
    }
    const count = slotCount(g, { [g.id]: given?.count });
    const survey = surveyCountProblem(g, count);
    if (survey) issues.push({ path: `respondents.${g.id}.count`, ...survey });
    const labels = resolveLabels(ctx, unitId, givenLabels, `respondents.${g.id}.labels`, issues);
    if (labels.length > count) issues.push({ path: `respondents.${g.id}.labels`, message: 'validation.tooManyLabels', params: { count } });
    out[g.id] = { count, labels };
  }
  if (issues.length) throw validationError(issues);
  return out;
}

const duplicatePeriod = () => validationError([{ path: 'period.year', message: 'validation.duplicatePeriod' }]);

/** An audit of a year that has not begun anywhere in Indonesia is a typing error, not a plan. */
function refuseFutureYear(ctx: ServiceContext, year: number): void {
  const current = Number(latestIndonesianDate(ctx.now()).slice(0, 4));
  if (year > current) throw validationError([{ path: 'period.year', message: 'validation.futureYear', params: { year: current } }]);
}

export function auditHandlers(ctx: ServiceContext): AuditHandlers {
  const core = auditCore(ctx);
  const scores = auditScores(ctx, core);
  const registry = registryRepo(ctx.db);
  const detail = (auditId: string) => detailOf(ctx, core, core.state(auditId));

  return {
    'audits.get': ({ auditId }) => detail(auditId),

    'audits.create': ({ unitId, template: ref, period, auditors, respondents }) => {
      refuseFutureYear(ctx, period.year);
      const id = ctx.newId();
      core.write(() => {
        const unit = registry.getUnit(unitId);
        if (!unit) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'unit' });
        const entity = registry.getEntity(unit.entityId);
        if (unit.archivedAt || entity?.archivedAt) throw new DomainError('READ_ONLY', 'errors.archivedParent');
        const known = core.templates.pin(ref.id, ref.version);
        const groups = groupRespondents(ctx, known.template, unitId, respondents);
        if (core.audits.periodTaken(unitId, period.year, period.label, null)) throw duplicatePeriod();
        core.audits.insert(id, { unitId, template: { id: ref.id, version: ref.version, checksum: known.checksum }, period, auditors }, core.now());
        for (const [groupId, g] of Object.entries(groups)) core.audits.setRespondents(id, groupId, g.count, g.labels);
        const created = core.record(id);
        core.log(created, { action: 'created', itemId: null, slot: null, oldValue: null, newValue: `${ref.id}@${ref.version}`, note: '' });
      });
      return detail(id);
    },

    'audits.update': ({ auditId, period, auditors }) => {
      refuseFutureYear(ctx, period.year);
      core.write(() => {
        const r = core.draft(auditId);
        if (core.audits.periodTaken(r.unit.id, period.year, period.label, auditId)) throw duplicatePeriod();
        const before = JSON.stringify({ period: r.period, auditors: r.auditors });
        const after = JSON.stringify({ period, auditors });
        if (before === after) return;
        core.audits.updateHeader(auditId, period, auditors, core.now());
        core.changed(r, { action: 'header', itemId: null, slot: null, oldValue: before, newValue: after, note: '' });
      });
      return detail(auditId);
    },

    'audits.setRespondents': ({ auditId, groupId, count, labels, clearBeyond }) => {
      core.write(() => {
        const r = core.draft(auditId);
        const s = core.state(auditId);
        const group = s.template.groups.find((g) => g.id === groupId);
        if (!group) throw validationError([{ path: 'groupId', message: 'validation.unknownGroup', params: { id: groupId } }]);
        const issues: Issue[] = [];
        const survey = surveyCountProblem(group, count);
        if (survey) issues.push({ path: 'count', ...survey });
        const resolved = resolveLabels(ctx, r.unit.id, labels, 'labels', issues);
        if (resolved.length > count) issues.push({ path: 'labels', message: 'validation.tooManyLabels', params: { count } });
        const itemIds = new Set(group.items.map((i) => i.id));
        const dropped = core.content.answers(auditId).filter((a) => itemIds.has(a.itemId) && a.slot >= count);
        if (dropped.length > 0 && !clearBeyond) issues.push({ path: 'count', message: 'validation.answersBeyondCount', params: { answers: dropped.length } });
        if (issues.length) throw validationError(issues);
        const before = JSON.stringify(s.respondents[groupId]);
        const after = JSON.stringify({ count, labels: resolved });
        if (before === after) return;
        // Asked for: each dropped answer leaves the way a cleared one does, with its own trail entry.
        for (const a of dropped) {
          core.content.setAnswer(auditId, a.itemId, a.slot, null, core.now(), core.provenance(r));
          core.log(r, { action: 'answer', itemId: a.itemId, slot: a.slot, oldValue: String(a.value), newValue: null, note: '' });
        }
        core.audits.setRespondents(auditId, groupId, count, resolved);
        core.changed(r, { action: 'respondents', itemId: null, slot: null, oldValue: before, newValue: after, note: groupId });
      });
      return detail(auditId);
    },

    'audits.years': () => core.audits.years(),

    'audits.list': async ({ zone, limit, offset, order, ...query }) => {
      const setting = core.policy();
      // Scores missing or stale (new answers, another scorer, another zone setting) are stored first,
      // so the zone filter and the page below are SQL over every matching audit.
      const computed = await scores.fill(query, setting);
      const rows = core.audits.summaries({ ...query, order, zone: computed.size ? undefined : zone, limit: computed.size ? undefined : limit, offset }, SCORER, setting);
      const summaries = rows.map((r): AuditSummary => {
        const template = core.templates.load(r.template);
        const score = r.stored ?? computed.get(r.id)!;
        return {
          id: r.id, entityId: r.entity.id, entityName: r.entity.name, unitId: r.unit.id, unitName: r.unit.name, period: r.period,
          template: { id: template.id, version: template.version, name: template.name, placeholderWeights: score.placeholderWeights },
          auditors: r.auditors.map((a) => a.name), status: r.status, scorable: score.scorable,
          score: score.score, zone: score.scorable ? score.zone : null, grade: score.grade,
          opinion: score.scorable ? opinionFor(score.score, template)?.label ?? null : null, bandZone: score.bandZone,
          progress: score.progress, updatedAt: r.updatedAt, sealedAt: r.sealedAt, voidedAt: r.voidedAt,
        };
      });
      // A read-only database could not store its scores: filter and page what was computed.
      if (!computed.size) return summaries;
      const matching = zone ? summaries.filter((row) => row.zone === zone) : summaries;
      return limit === undefined ? matching : matching.slice(offset ?? 0, (offset ?? 0) + limit);
    },
  };
}
