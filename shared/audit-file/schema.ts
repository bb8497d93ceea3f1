import { z } from 'zod';
import { boundedRecord } from '../domain/bounded-record';
import { ENTITY_KINDS } from '../domain/registry';
import { zonePolicySchema } from '../domain/zone';
import { storableText } from '../domain/text-fields';
import { codeSchema, MAX_RESPONDENTS, TEMPLATE_LIMITS } from '../methodology/template-schema';
import { answerSheetSchema, respondentCountSchema } from '../scoring/answers';

/**
 * The exchange file for one audit (`*.patuh-audit.json`): what one laptop hands to another, what
 * the CLI scores, and what an archive keeps. Versioned by `formatVersion`; a reader refuses a
 * version it does not know. The template is pinned by id, version and checksum, not embedded.
 * docs/audit-file.schema.json is generated from this schema (tests/unit/audit-file-schema.test.ts).
 */
export const AUDIT_FORMAT_VERSION = 1;
export const AUDIT_STATUSES = ['draft', 'final'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/**
 * Counts a file may hold. The app never writes more (it allows 20 auditors and refuses evidence
 * beyond the limit), and a hostile file cannot make a report take minutes: 20,000 evidence rows
 * kept `patuh report audit` busy for 102 s, 10,000 auditors for over 120 s.
 */
export const AUDIT_FILE_LIMITS = { auditors: 20, evidence: 1000 } as const;

export const sha256HexSchema = z.string('validation.required').regex(/^[0-9a-f]{64}$/, 'validation.sha256');
const isoDate = z.iso.date('validation.date');
const name = storableText('validation.required').trim().min(1, 'validation.required').max(200, 'validation.tooLong');
const optionalText = (max: number) => storableText('validation.invalidType').max(max, 'validation.tooLong');

/** One group's respondents or products: how many, and optional names per slot. */
export const respondentsEntryShape = {
  count: respondentCountSchema,
  labels: z.array(optionalText(200)).max(MAX_RESPONDENTS, 'validation.tooMany'),
};

export const evidenceEntrySchema = z.strictObject({
  itemId: codeSchema,
  sha256: sha256HexSchema,
  fileName: storableText('validation.required').min(1, 'validation.required').max(255, 'validation.tooLong'),
  mimeType: z.string('validation.required').regex(/^[\w.+-]+\/[\w.+-]+$/, 'validation.mimeType'),
  size: z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall'),
});

export const auditFileSchema = z
  .strictObject({
    formatVersion: z.literal(AUDIT_FORMAT_VERSION, 'validation.formatVersion'),
    id: z.uuid('validation.invalidId').describe('The audit id (UUID), kept across export and import so a re-import is recognised.'),
    template: z.strictObject({
      id: z.string('validation.required').min(1, 'validation.required').max(64, 'validation.tooLong'),
      version: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall'),
      checksum: sha256HexSchema.describe('SHA-256 of the canonical JSON of the template the answers were given against.'),
    }),
    entity: z.strictObject({
      name,
      kind: z.enum(ENTITY_KINDS, 'validation.invalidOption'),
      province: optionalText(100),
    }),
    unit: z.strictObject({ name, category: optionalText(100) }),
    period: z.strictObject({
      year: z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig'),
      label: optionalText(100).optional().describe('A label within the year, e.g. "Semester 1".'),
      start: isoDate.optional().describe('First day of fieldwork.'),
      end: isoDate.optional().describe('Last day of fieldwork.'),
    }),
    auditors: z
      .array(
        z.strictObject({
          name,
          nip: z.string().regex(/^\d{18}$/, 'validation.nip').optional().describe('18-digit civil-servant number (NIP).'),
          role: z.enum(['lead', 'member'], 'validation.invalidOption'),
        }),
      )
      .min(1, 'validation.noAuditors')
      .max(AUDIT_FILE_LIMITS.auditors, 'validation.tooMany'),
    respondents: boundedRecord(codeSchema, z.strictObject(respondentsEntryShape), TEMPLATE_LIMITS.groups).describe(
      'Per template group id: respondents or products observed, with optional names per slot (e.g. product names).',
    ),
    answers: answerSheetSchema.describe(
      'Per item id: one answer per respondent slot, in slot order: a number on the item scale (0/1 or 0..3), "na" (not applicable), or null (not yet answered).',
    ),
    notes: boundedRecord(codeSchema, optionalText(5000), TEMPLATE_LIMITS.items).describe("Per item id: the auditor's note."),
    evidence: z
      .array(evidenceEntrySchema)
      .max(AUDIT_FILE_LIMITS.evidence, 'validation.tooMany')
      .describe('Files backing the answers; the files themselves travel separately, addressed by SHA-256.'),
    signOff: z
      .strictObject({ auditorName: name, agencyRepresentative: name, date: isoDate })
      .nullable(),
    status: z.enum(AUDIT_STATUSES, 'validation.invalidOption'),
    // Optional so files and seals made before it still parse, with unchanged hashes (canonical JSON drops it when absent).
    zonePolicy: zonePolicySchema
      .optional()
      .describe('For a final audit: the zone policy (lowest green and yellow scores) its zone was read with when sealed. A draft has none: its zone follows the setting of whoever opens it.'),
    contentHash: sha256HexSchema
      .nullable()
      .describe('For a final audit: SHA-256 of the canonical JSON of the file without contentHash, exportedAt and generator. Null for a draft.'),
    exportedAt: z.iso.datetime({ offset: true, message: 'validation.dateTime' }),
    generator: optionalText(100).describe('The program that wrote the file, e.g. "Patuh 0.1.0".'),
  })
  .meta({
    title: 'Patuh audit file',
    description: 'One Ombudsman RI compliance audit of one service unit, as exchanged between Patuh installations.',
  });
export type AuditFile = z.infer<typeof auditFileSchema>;
