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
  setRespondentsInput,
  signOffFields,
  updateAuditInput,
  type AnswerAck,
  type AuditDetail,
  type AuditSummary,
  type EvidencePreview,
  type EvidenceSummary,
  type NoteAck,
  type TrailEntry,
} from '../domain/audit';
import { idSchema } from '../domain/registry';
import { codeSchema } from '../methodology/template-schema';

const byAudit = z.strictObject({ auditId: idSchema });

/**
 * Ombudsman compliance audits. Every write to a sealed audit fails with READ_ONLY
 * (`errors.auditSealed`); answers and notes are committed before the call returns.
 */
export const auditChannels = {
  'audits.list': channel<AuditSummary[]>()(auditFilter),
  'audits.get': channel<AuditDetail>()(byAudit),
  'audits.create': channel<AuditDetail>()(createAuditInput),
  /** Period and auditors; unit and template are fixed once created. */
  'audits.update': channel<AuditDetail>()(updateAuditInput),
  /** Respondent or product count and labels of one group; refused if it would drop given answers. */
  'audits.setRespondents': channel<AuditDetail>()(setRespondentsInput),

  'audits.answer': channel<AnswerAck>()(answerInput),
  'audits.answerItem': channel<AnswerAck>()(answerItemInput),
  'audits.note': channel<NoteAck>()(noteInput),

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
