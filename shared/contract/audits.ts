import { z } from 'zod';
import { channel } from './channel';
import type { ExportedFile } from './attachments';
import { attachmentUpload } from '../domain/attachments';
import {
  answerInput,
  answerItemInput,
  auditFilter,
  auditReasonText,
  createAuditInput,
  noteInput,
  recommendationInput,
  setRespondentsInput,
  signOffFields,
  updateAuditInput,
  type AnswerAck,
  type AuditDetail,
  type AuditSummary,
  type EvidencePreview,
  type EvidenceSummary,
  type NoteAck,
  type RecommendationAck,
  type TrailEntry,
} from '../domain/audit';
import { idSchema } from '../domain/registry';
import { codeSchema } from '../methodology/template-schema';

const byAudit = z.strictObject({ auditId: idSchema });

/** The most rows one call returns; without `limit`, every matching audit (exports need them all). */
export const AUDIT_PAGE_MAX = 500;
const auditListInput = auditFilter.extend({
  /** 'updated': the audits worked on last first (the home screen); otherwise newest period first. */
  order: z.enum(['period', 'updated'], 'validation.invalidOption').optional(),
  limit: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall').max(AUDIT_PAGE_MAX, 'validation.tooBig').optional(),
  offset: z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').optional(),
});

/**
 * Ombudsman compliance audits. Every write to a sealed audit fails with READ_ONLY
 * (`errors.auditSealed`); answers and notes are committed before the call returns.
 */
export const auditChannels = {
  /** Newest period first. `limit`/`offset`: the page the screen shows (a province holds thousands). */
  'audits.list': channel<AuditSummary[]>()(auditListInput),
  /** The years that have audits (not voided), newest first: the list's year filter, without fetching the list. */
  'audits.years': channel<number[]>()(z.strictObject({})),
  'audits.get': channel<AuditDetail>()(byAudit),
  'audits.create': channel<AuditDetail>()(createAuditInput),
  /** Period and auditors; unit and template are fixed once created. */
  'audits.update': channel<AuditDetail>()(updateAuditInput),
  /** Respondent or product count and labels of one group; refused if it would drop given answers. */
  'audits.setRespondents': channel<AuditDetail>()(setRespondentsInput),

  'audits.answer': channel<AnswerAck>()(answerInput),
  'audits.answerItem': channel<AnswerAck>()(answerItemInput),
  'audits.note': channel<NoteAck>()(noteInput),
  /** The auditor's recommendation for one item or one dimension; an empty text removes it. */
  'audits.recommend': channel<RecommendationAck>()(recommendationInput),

  'audits.attachEvidence': channel<EvidenceSummary>()(z.strictObject({ auditId: idSchema, itemId: codeSchema, file: attachmentUpload })),
  /** The evidence of one item (or of the whole audit), with image previews. */
  'audits.evidence': channel<EvidencePreview[]>()(z.strictObject({ auditId: idSchema, itemId: codeSchema.optional() })),
  'audits.removeEvidence': channel<null>()(z.strictObject({ auditId: idSchema, evidenceId: idSchema })),

  'audits.seal': channel<AuditDetail>()(z.strictObject({ auditId: idSchema, signOff: signOffFields })),
  'audits.reopen': channel<AuditDetail>()(
    z.strictObject({ auditId: idSchema, reason: auditReasonText }),
  ),
  /** A draft made by mistake leaves lists and reports, with a reason in the trail; sealed audits never. */
  'audits.void': channel<AuditDetail>()(
    z.strictObject({ auditId: idSchema, reason: auditReasonText }),
  ),
  'audits.unvoid': channel<AuditDetail>()(byAudit),
  /** Oldest first. */
  'audits.trail': channel<TrailEntry[]>()(byAudit),

  /** The audit as an audit file (shared/audit-file), which `patuh score` reads; null = cancelled. */
  'audits.export': channel<ExportedFile | null>()(byAudit),
};
