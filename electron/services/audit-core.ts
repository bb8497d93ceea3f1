import type { AuditFile } from '../../shared/audit-file';
import { DomainError } from '../../shared/contract';
import type { AuditRecommendations, AuditScore, EvidenceSummary, GroupRespondents, TemplateRef } from '../../shared/domain/audit';
import type { ZonePolicy } from '../../shared/domain/zone';
import type { MethodologyTemplate, TemplateGroup } from '../../shared/methodology/template-schema';
import { officialZonePolicy, pathToTarget, scoreUnit, type SlotAnswer, type UnitAnswers } from '../../shared/scoring';
import { auditContentRepo, type StoredAnswer, type TrailValues } from '../db/audit-content-repo';
import { auditsRepo, type AuditRecord } from '../db/audits-repo';
import { conflictsRepo, revisionsRepo } from '../db/sync-repo';
import { attachmentStore } from './attachments';
import type { ServiceContext } from './context';
import { templateStore } from './templates-service';

/** Everything stored for one audit, with its pinned template. */
export interface AuditState {
  record: AuditRecord;
  template: MethodologyTemplate;
  respondents: Record<string, GroupRespondents>;
  /** Every item of the template, one entry per slot (null = unanswered). */
  answers: Record<string, SlotAnswer[]>;
  notes: Record<string, string>;
  recommendations: AuditRecommendations;
  evidence: EvidenceSummary[];
}

export const sealedError = () => new DomainError('READ_ONLY', 'errors.auditSealed');
export const voidedError = () => new DomainError('READ_ONLY', 'errors.auditVoided');
const SEALED_BY_TRIGGER = /audit is sealed/;

export const templateRefOf = (r: AuditRecord): TemplateRef => ({ id: r.templateId, version: r.templateVersion, checksum: r.templateChecksum });

export function groupOfItem(template: MethodologyTemplate, itemId: string): TemplateGroup | undefined {
  return template.groups.find((g) => g.items.some((i) => i.id === itemId));
}

export function answerSheet(template: MethodologyTemplate, respondents: Record<string, GroupRespondents>, stored: StoredAnswer[]) {
  const sheet: Record<string, SlotAnswer[]> = {};
  for (const g of template.groups) {
    const count = respondents[g.id]?.count ?? g.respondents.defaultCount;
    for (const item of g.items) sheet[item.id] = Array.from({ length: count }, () => null);
  }
  // Answers beyond a slot count cannot be stored (setRespondents refuses), but stay defensive.
  for (const a of stored) {
    const row = sheet[a.itemId];
    if (row && a.slot < row.length) row[a.slot] = a.value;
  }
  return sheet;
}

export function unitAnswersOf(respondents: Record<string, GroupRespondents>, answers: Record<string, SlotAnswer[]>): UnitAnswers {
  return { respondentCounts: Object.fromEntries(Object.entries(respondents).map(([id, r]) => [id, r.count])), answers };
}

/**
 * The zone policy an audit's zone is read with: for a sealed audit the one kept in its sealed
 * content, so its zone reads the same on every laptop; for a draft, or a seal made before seals
 * kept one, the setting on this laptop.
 */
export function zonePolicyOf(r: AuditRecord, setting: ZonePolicy): { policy: ZonePolicy; from: AuditScore['policyFrom'] } {
  const sealed = r.status === 'final' && r.seal ? (JSON.parse(r.seal.content) as Pick<AuditFile, 'zonePolicy'>).zonePolicy : undefined;
  return sealed ? { policy: sealed, from: 'seal' } : { policy: setting, from: 'setting' };
}

export function auditScore(template: MethodologyTemplate, input: UnitAnswers, r: AuditRecord, setting: ZonePolicy): AuditScore {
  const { policy, from } = zonePolicyOf(r, setting);
  return {
    unit: scoreUnit(template, input, policy),
    policy,
    policyFrom: from,
    officialPolicy: officialZonePolicy(template),
    path: r.status === 'final' ? null : pathToTarget(template, input, policy),
  };
}

/** The pieces every audit service shares: repositories, stores, loading, the write wrapper and the trail. */
export function auditCore(ctx: ServiceContext) {
  const audits = auditsRepo(ctx.db);
  const content = auditContentRepo(ctx.db);
  const conflicts = conflictsRepo(ctx.db);
  const revisions = revisionsRepo(ctx.db);
  const templates = templateStore(ctx);
  const files = attachmentStore(ctx);
  const now = () => ctx.now().toISOString();

  function record(auditId: string): AuditRecord {
    const r = audits.get(auditId);
    if (!r) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'audit' });
    return r;
  }

  function respondentsOf(auditId: string, template: MethodologyTemplate): Record<string, GroupRespondents> {
    const stored = audits.respondents(auditId);
    return Object.fromEntries(template.groups.map((g) => [g.id, stored.get(g.id) ?? { count: g.respondents.defaultCount, labels: [] }]));
  }

  function state(auditId: string): AuditState {
    const r = record(auditId);
    const template = templates.load(templateRefOf(r));
    const respondents = respondentsOf(auditId, template);
    return {
      record: r,
      template,
      respondents,
      answers: answerSheet(template, respondents, content.answers(auditId)),
      notes: Object.fromEntries(content.notes(auditId)),
      recommendations: content.recommendations(auditId),
      evidence: content.evidence(auditId),
    };
  }

  /** Who is writing: the auditor named in settings, else the audit's lead auditor. */
  const actor = (r: AuditRecord) => ctx.settings.get().auditorName || r.auditors[0]?.name || '';
  /** What every answer, note and evidence link written on this laptop is credited to. */
  const provenance = (r: AuditRecord) => ({ by: actor(r), device: ctx.device.id });

  function log(r: AuditRecord, v: Omit<TrailValues, 'actor'>): void {
    content.addTrail(r.id, { actor: actor(r), ...v }, now());
  }

  return {
    audits,
    content,
    conflicts,
    revisions,
    templates,
    files,
    now,
    record,
    respondentsOf,
    state,
    policy: () => ctx.settings.get().zonePolicy,
    scoreOf(s: AuditState): AuditScore {
      return auditScore(s.template, unitAnswersOf(s.respondents, s.answers), s.record, ctx.settings.get().zonePolicy);
    },
    /** A draft that is not voided, or READ_ONLY: the services refuse first, the triggers are the backstop. */
    draft(auditId: string): AuditRecord {
      const r = record(auditId);
      if (r.status === 'final') throw sealedError();
      if (r.voided) throw voidedError();
      return r;
    },
    /**
     * One transaction, begun IMMEDIATE so that another process's write is waited out (busy_timeout)
     * instead of refused at once; a write the seal triggers refused becomes the same READ_ONLY error.
     */
    write<T>(fn: () => T): T {
      try {
        return ctx.db.transaction(fn).immediate();
      } catch (error) {
        if (error instanceof Error && !(error instanceof DomainError) && SEALED_BY_TRIGGER.test(error.message)) throw sealedError();
        throw error;
      }
    },
    log,
    provenance,
    /** A content change: trail entry plus updated_at, whose UPDATE the sealed-audit trigger also guards. */
    changed(r: AuditRecord, v: Omit<TrailValues, 'actor'>): void {
      log(r, v);
      audits.touch(r.id, now());
    },
  };
}
export type AuditCore = ReturnType<typeof auditCore>;
