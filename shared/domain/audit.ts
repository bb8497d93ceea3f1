import { z } from 'zod';
import { optionalText, requiredText, storableText } from './text-fields';
import {
  AUDIT_FILE_LIMITS, AUDIT_STATUSES, drawnSignatureSchema, MAX_RECOMMENDATION_CHARS, type AuditRecommendations, type AuditStatus, type FileSigner,
} from '../audit-file/schema';
import { codeSchema, MAX_RESPONDENTS, TEMPLATE_LIMITS, type LocalizedText, type MethodologyTemplate } from '../methodology/template-schema';
import { boundedRecord } from './bounded-record';
import { respondentCountSchema, slotAnswerSchema, type PathToTarget, type SlotAnswer, type UnitScore } from '../scoring';
import type { AttachmentType } from './attachments';
import { idSchema, type EntityKind } from './registry';
import type { Zone, ZonePolicy } from './zone';

export { AUDIT_STATUSES, type AuditStatus };

/**
 * One Ombudsman compliance audit of one service unit for one period, answered against a pinned
 * template version (id, version and checksum). Once sealed ('final') it is read-only down to the
 * database; reopening needs a reason, and every change after creation is kept in the trail.
 */

const isoDate = z.iso.date('validation.date');

export const templateRefInput = z.strictObject({
  id: requiredText(64),
  version: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall'),
});

/** A year (what the Ombudsman publishes by) plus an optional label ("Semester 1") and fieldwork dates. */
export const periodFields = z
  .strictObject({
    year: z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig'),
    label: optionalText(100).default(''),
    start: isoDate.nullable().default(null),
    end: isoDate.nullable().default(null),
  })
  .refine((p) => !p.start || !p.end || p.start <= p.end, { message: 'validation.dateOrder', path: ['end'] });
export type PeriodFields = z.input<typeof periodFields>;

/** The first auditor is the lead (ketua tim); NIP is optional because not all are civil servants. */
export const auditorFields = z.strictObject({
  name: requiredText(150),
  nip: z.string().trim().regex(/^(\d{18})?$/, 'validation.nip').default(''),
});
export const auditorsFields = z.array(auditorFields).min(1, 'validation.noAuditors').max(AUDIT_FILE_LIMITS.auditors, 'validation.tooMany');

/** Who or what fills a respondent slot: a free label, or a service product of the audited unit. */
export const respondentLabelFields = z.strictObject({
  label: optionalText(200).default(''),
  productId: idSchema.nullable().default(null),
});
const labelsFields = z.array(respondentLabelFields).max(MAX_RESPONDENTS, 'validation.tooMany').default([]);

export const createAuditInput = z.strictObject({
  unitId: idSchema,
  template: templateRefInput,
  period: periodFields,
  auditors: auditorsFields,
  /** Per group id; a group left out (or without a count) starts with the template's default. */
  respondents: boundedRecord(codeSchema, z.strictObject({ count: respondentCountSchema.optional(), labels: labelsFields }), TEMPLATE_LIMITS.groups).default({}),
});
export type CreateAuditInput = z.input<typeof createAuditInput>;

export const updateAuditInput = z.strictObject({ auditId: idSchema, period: periodFields, auditors: auditorsFields });

export const setRespondentsInput = z.strictObject({
  auditId: idSchema,
  groupId: codeSchema,
  count: respondentCountSchema,
  labels: labelsFields,
  /**
   * A smaller count drops the answers of the slots beyond it. Refused unless asked for here, after
   * the user saw them listed: then they are cleared in the same transaction, each in the trail.
   */
  clearBeyond: z.boolean('validation.invalidType').default(false),
});

/** Slots are numbered from 0, in the order of the group's respondent labels. */
export const slotSchema = z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').max(MAX_RESPONDENTS - 1, 'validation.tooBig');

export const answerInput = z.strictObject({ auditId: idSchema, itemId: codeSchema, slot: slotSchema, value: slotAnswerSchema });
/** Every slot of one item at once (e.g. "N/A for all"); `values` has one entry per slot. */
export const answerItemInput = z.strictObject({
  auditId: idSchema,
  itemId: codeSchema,
  values: z.array(slotAnswerSchema).min(1, 'validation.tooSmall').max(MAX_RESPONDENTS, 'validation.tooMany'),
});
/** The longest note: the audit file's limit. */
export const MAX_NOTE_CHARS = 5000;
/** An empty text removes the note. */
export const noteInput = z.strictObject({ auditId: idSchema, itemId: codeSchema, text: optionalText(MAX_NOTE_CHARS) });

/** Why a sealed audit is reopened or a draft voided: kept in the trail, so it must say something. */
export const auditReasonText = storableText('validation.required')
  .trim()
  .min(1, { error: 'validation.required', abort: true })
  .min(5, 'validation.reasonTooShort')
  .max(2000, 'validation.tooLong');

/** Evidence files one audit may hold: what its audit file can carry (AUDIT_FILE_LIMITS). */
export const MAX_AUDIT_EVIDENCE = AUDIT_FILE_LIMITS.evidence;

/**
 * One signer at sealing: each auditor and the unit's representative, with NIP and position as
 * the report's signature block prints them, and optionally the signature drawn on the pad.
 * Empty NIP, position and drawing are dropped, so the sealed content holds only what was given.
 */
export const signerFields = z
  .strictObject({
    role: z.enum(['auditor', 'representative'], 'validation.invalidOption'),
    name: requiredText(200),
    nip: z.string().trim().regex(/^(\d{18})?$/, 'validation.nip').default(''),
    position: optionalText(150).default(''),
    drawn: drawnSignatureSchema.or(z.literal('')).default(''),
  })
  .transform(({ role, name, nip, position, drawn }): FileSigner => ({
    role, name, ...(nip ? { nip } : {}), ...(position ? { position } : {}), ...(drawn ? { drawn } : {}),
  }));
export type SignerInput = z.input<typeof signerFields>;

export const signOffFields = z.strictObject({
  auditorName: requiredText(200),
  agencyRepresentative: requiredText(200),
  date: isoDate,
  /** Every signer in the order the report prints them; optional, as seals made before it had two names only. */
  signers: z.array(signerFields).min(1, 'validation.required').max(AUDIT_FILE_LIMITS.auditors + 1, 'validation.tooMany').optional(),
});
export type SignOff = z.output<typeof signOffFields>;

/** Recommendations are written per item or per dimension (group). */
export const RECOMMENDATION_SCOPES = ['item', 'group'] as const;
export type RecommendationScope = (typeof RECOMMENDATION_SCOPES)[number];
export { MAX_RECOMMENDATION_CHARS, type AuditRecommendations };
/** An empty text removes the recommendation. */
export const recommendationInput = z.strictObject({
  auditId: idSchema,
  scope: z.enum(RECOMMENDATION_SCOPES, 'validation.invalidOption'),
  targetId: codeSchema,
  text: optionalText(MAX_RECOMMENDATION_CHARS),
});
export interface RecommendationAck {
  scope: RecommendationScope;
  targetId: string;
  text: string;
  savedAt: string;
}

export const auditFilter = z.strictObject({
  entityId: idSchema.optional(),
  unitId: idSchema.optional(),
  year: z.number().int('validation.integer').optional(),
  status: z.enum(AUDIT_STATUSES, 'validation.invalidOption').optional(),
  /** Zone as the list shows it: a sealed audit's own zone policy, a draft's the setting's. */
  zone: z.enum(['green', 'yellow', 'red'], 'validation.invalidOption').optional(),
  /** Entity, unit, period label, template name or auditor. */
  search: optionalText(200).default(''),
  /** true: only the voided audits (to restore one); otherwise voided audits are hidden. */
  voided: z.boolean().optional(),
});
export type AuditFilter = z.input<typeof auditFilter>;

export interface Auditor {
  name: string;
  nip: string;
}
export interface RespondentLabel {
  label: string;
  productId: string | null;
}
export interface GroupRespondents {
  count: number;
  /** Up to `count` labels, by slot. */
  labels: RespondentLabel[];
}
export interface AuditPeriod {
  year: number;
  label: string;
  start: string | null;
  end: string | null;
}
export interface TemplateRef {
  id: string;
  version: number;
  checksum: string;
}

/** Whether a seal's Ed25519 signature checks out, and whose laptop made it. */
export interface SealSignature {
  /** 'unsigned': sealed before seals were signed; 'invalid': the signature does not match the hash. */
  status: 'valid' | 'invalid' | 'unsigned';
  /** Fingerprint of the signing installation, when signed. */
  deviceId: string | null;
  /** 'self': this laptop; 'trusted': marked trusted in Settings; 'unknown': neither. */
  signer: 'self' | 'trusted' | 'unknown' | null;
  /** The label the coordinator gave a trusted device. */
  label: string | null;
}

export interface SealInfo {
  /** The audit-file content hash (shared/audit-file) of the audit as sealed. */
  hash: string;
  signature: SealSignature;
  sealedAt: string;
  sealedBy: string;
  signOff: SignOff;
  /** False when the stored answers, notes or evidence no longer give the sealed hash. */
  intact: boolean;
}

/** The part of a split audit given to one team member: who, and which dimensions (group ids). */
export interface AuditAssignment {
  person: string;
  groupIds: string[];
}

export interface AuditHeader {
  id: string;
  entity: { id: string; name: string; kind: EntityKind; province: string };
  unit: { id: string; name: string; category: string };
  period: AuditPeriod;
  template: TemplateRef;
  auditors: Auditor[];
  /** Every group of the template, by group id. */
  respondents: Record<string, GroupRespondents>;
  status: AuditStatus;
  seal: SealInfo | null;
  voided: { at: string; reason: string } | null;
  assignment: AuditAssignment | null;
  /** Merge conflicts the lead has yet to resolve; an audit with any cannot be sealed. */
  conflicts: number;
  createdAt: string;
  updatedAt: string;
}

/** The score as main computes it (shared/scoring), so the UI's live score has one source of truth. */
export interface AuditScore {
  unit: UnitScore;
  /** The zone policy the unit's zone was read with. */
  policy: ZonePolicy;
  /** 'seal': the policy kept in the seal; 'setting': this laptop's setting (a draft, or an older seal). */
  policyFrom: 'setting' | 'seal';
  /** The template's own bands as a policy, to show beside the setting. */
  officialPolicy: ZonePolicy | null;
  /** What to fix to reach the next zone; null once sealed. */
  path: PathToTarget | null;
}

export interface EvidenceSummary {
  id: string;
  itemId: string;
  sha256: string;
  name: string;
  mime: AttachmentType;
  size: number;
  addedAt: string;
}
export interface EvidencePreview extends EvidenceSummary {
  /** A data: URL for images up to the preview cap; null for other files or larger images. */
  preview: string | null;
}

/** Everything the checklist screen needs, in one call. */
export interface AuditDetail {
  audit: AuditHeader;
  template: MethodologyTemplate;
  /** By item id, one entry per slot (null = unanswered). */
  answers: Record<string, SlotAnswer[]>;
  notes: Record<string, string>;
  /** The auditor's recommendations per item id and per group id. */
  recommendations: AuditRecommendations;
  /** By item id. */
  evidence: Record<string, EvidenceSummary[]>;
  score: AuditScore;
}

/** What an answer write acknowledges: the item's slots as stored, and the new score. */
export interface AnswerAck {
  itemId: string;
  values: SlotAnswer[];
  savedAt: string;
  score: AuditScore;
}
export interface NoteAck {
  itemId: string;
  text: string;
  savedAt: string;
}

export const TRAIL_ACTIONS = [
  'created', 'header', 'respondents', 'answer', 'note', 'evidenceAdded', 'evidenceRemoved', 'sealed', 'reopened',
  'voided', 'unvoided', 'imported', 'merged', 'conflictResolved', 'recommendation', 'proof',
] as const;
export type TrailAction = (typeof TRAIL_ACTIONS)[number];

/** One change to an audit: who, when, what, and the value before and after (as text). */
export interface TrailEntry {
  id: number;
  at: string;
  actor: string;
  action: TrailAction;
  itemId: string | null;
  slot: number | null;
  oldValue: string | null;
  newValue: string | null;
  /** The reopen reason, the seal hash, an evidence file name. */
  note: string;
}

export interface AuditSummary {
  id: string;
  entityId: string;
  entityName: string;
  unitId: string;
  unitName: string;
  period: AuditPeriod;
  /** placeholderWeights: the score rests on weights that are not official (shared/methodology/placeholder-weights.ts). */
  template: { id: string; version: number; name: LocalizedText; placeholderWeights: boolean };
  auditors: string[];
  status: AuditStatus;
  /** False when every item is N/A: no zone or grade, and `score` (0) means nothing. */
  scorable: boolean;
  score: number;
  /** Null when not scorable. */
  zone: Zone | null;
  /** The template's official grade (A to E) or null where the method has zones only. */
  grade: string | null;
  /** The 2025 opinion's label ("Kualitas Tinggi") where the method has one, without the entity's qualifier. */
  opinion: LocalizedText | null;
  bandZone: Zone | null;
  /** Percent of answer slots filled. */
  progress: number;
  updatedAt: string;
  sealedAt: string | null;
  voidedAt: string | null;
}
