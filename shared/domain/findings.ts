import { z } from 'zod';
import { optionalText, requiredText } from './text-fields';
import { isIsoDate } from '../iso/dates';
import { isFindingClause } from '../iso/clauses';
import { FINDING_GRADES, FINDING_STATUSES, type FindingGrade, type FindingStatus } from '../iso/workflow';
import type { LinkedAttachment } from './attachments';
import type { ChangeEntry } from './change-history';
import { idSchema } from './registry';

export { FINDING_GRADES, FINDING_STATUSES, type FindingGrade, type FindingStatus };

/** At most five "why?" answers: the five-whys method asks until the cause is reached, usually by the fifth. */
export const MAX_WHYS = 5;

// `abort` stops at the first problem: an empty date is "required", not also "invalid".
export const isoDateSchema = z
  .string('validation.required')
  .min(1, { error: 'validation.required', abort: true })
  .refine(isIsoDate, 'validation.dateFormat');

/** What the auditor records when raising a finding; the entity is fixed once raised. */
export const findingFields = z.strictObject({
  unitId: idSchema.nullable().default(null),
  clause: z
    .string('validation.required')
    .trim()
    .min(1, { error: 'validation.required', abort: true })
    .refine(isFindingClause, 'validation.unknownClause'),
  grade: z.enum(FINDING_GRADES, 'validation.invalidOption'),
  requirement: optionalText(2000).default(''),
  statement: requiredText(4000),
  evidence: optionalText(4000).default(''),
  auditor: optionalText(150).default(''),
  foundOn: isoDateSchema,
  /** A free reference to an Ombudsman audit item until audits can be linked directly. */
  auditItemRef: optionalText(200).default(''),
});
export type FindingFields = z.input<typeof findingFields>;

/** Clause 10.2.1 a) and b): the immediate correction and the cause, found by asking "why?". */
export const analysisFields = z.strictObject({
  correction: optionalText(4000).default(''),
  whys: z.array(optionalText(1000)).max(MAX_WHYS, 'validation.tooMany').default([]),
  rootCause: optionalText(2000).default(''),
});
export type AnalysisFields = z.input<typeof analysisFields>;

export const actionFields = z.strictObject({
  description: requiredText(2000),
  owner: requiredText(150),
  dueDate: isoDateSchema,
});
export type ActionFields = z.input<typeof actionFields>;

export const actionDoneFields = z.strictObject({
  doneOn: isoDateSchema,
  note: optionalText(2000).default(''),
});

/** What each workflow step records; the forms check with the same schemas. */
export const verificationFields = z.strictObject({
  verifiedBy: requiredText(150),
  verifiedOn: isoDateSchema,
  note: requiredText(2000),
});
export const reasonFields = z.strictObject({ reason: requiredText(2000) });
/** Closing: the day it was closed (today when left out), not in the future and not before verification. */
export const closeFields = z.strictObject({ closedOn: isoDateSchema.optional(), note: optionalText(2000).default('') });

/** One workflow step; each carries what that step needs to be recorded. */
export const transitionInput = z.discriminatedUnion(
  'command',
  [
    z.strictObject({ id: idSchema, command: z.literal('plan') }),
    z.strictObject({ id: idSchema, command: z.literal('implement') }),
    z.strictObject({ id: idSchema, command: z.literal('verify'), ...verificationFields.shape }),
    z.strictObject({ id: idSchema, command: z.literal('notEffective'), ...reasonFields.shape }),
    z.strictObject({ id: idSchema, command: z.literal('close'), ...closeFields.shape }),
    z.strictObject({ id: idSchema, command: z.literal('reject'), ...reasonFields.shape }),
    z.strictObject({ id: idSchema, command: z.literal('reopen'), ...reasonFields.shape }),
  ],
  'validation.invalidOption',
);
export type TransitionInput = z.input<typeof transitionInput>;

const optionalDate = isoDateSchema.optional();
/** The register's filters; every one is optional and they combine with AND. */
export const findingFilter = z.strictObject({
  entityId: idSchema.optional(),
  unitId: idSchema.optional(),
  /** A clause and everything under it: "8.5" also matches 8.5.1. */
  clause: z.string().trim().max(20, 'validation.tooLong').optional(),
  grade: z.enum(FINDING_GRADES, 'validation.invalidOption').optional(),
  status: z.enum(FINDING_STATUSES, 'validation.invalidOption').optional(),
  /** Someone who owns at least one corrective action. */
  owner: z.string().trim().max(150, 'validation.tooLong').optional(),
  /** Range of the earliest open action's due date. */
  dueFrom: optionalDate,
  dueTo: optionalDate,
  overdueOnly: z.boolean().default(false),
  search: z.string().trim().max(200, 'validation.tooLong').default(''),
});
export type FindingFilter = z.input<typeof findingFilter>;

export interface FindingSummary {
  id: string;
  /** 1, 2, 3 ... in the order findings were raised; what people quote ("temuan #12"). */
  number: number;
  entityId: string;
  entityName: string;
  unitId: string | null;
  unitName: string | null;
  clause: string;
  grade: FindingGrade;
  status: FindingStatus;
  statement: string;
  auditor: string;
  foundOn: string;
  /** The earliest due date among actions not yet done. */
  nextDue: string | null;
  owners: string[];
  actionCount: number;
  openActionCount: number;
  overdue: boolean;
  /** Days from the finding date to today, or to its closure. */
  ageDays: number;
}

export interface Finding extends FindingSummary {
  requirement: string;
  evidence: string;
  auditItemRef: string;
  correction: string;
  whys: string[];
  rootCause: string;
  rejectionReason: string;
  verifiedBy: string;
  verifiedOn: string | null;
  verificationNote: string;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CorrectiveAction {
  id: string;
  findingId: string;
  description: string;
  owner: string;
  dueDate: string;
  doneOn: string | null;
  doneNote: string;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export const HISTORY_KINDS = [
  'created', 'field', 'status', 'actionAdded', 'actionChanged', 'actionDone', 'attachmentAdded', 'attachmentRemoved',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One change to a finding: who, when, what, and the value before and after. */
export type HistoryEntry = ChangeEntry<HistoryKind>;

export interface FindingDetail {
  finding: Finding;
  actions: CorrectiveAction[];
  history: HistoryEntry[];
  attachments: LinkedAttachment[];
}

/** An action that is late or falls due soon, with enough of its finding to act on it. */
export interface DueItem {
  actionId: string;
  findingId: string;
  findingNumber: number;
  entityName: string;
  unitName: string | null;
  clause: string;
  grade: FindingGrade;
  statement: string;
  description: string;
  owner: string;
  dueDate: string;
  /** Negative: days late; otherwise days left. */
  daysLeft: number;
}

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface FindingsDashboard {
  today: string;
  dueSoonDays: number;
  /** Findings (all, open, closed) and actions (overdue, due soon). */
  totals: { all: number; open: number; overdue: number; dueSoon: number; closed: number };
  /** Open findings by second-level clause ("8.5"), in the standard's order. */
  openByClause: { clause: string; count: number }[];
  openByGrade: { grade: FindingGrade; count: number }[];
  byStatus: { status: FindingStatus; count: number }[];
  aging: { bucket: AgingBucket; count: number }[];
  overdue: DueItem[];
  dueSoon: DueItem[];
}
