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

/**
 * A signature drawn at sealing, as a PNG data URL. About 100 kB holds a 600 x 200 signature many
 * times over; the bound keeps twenty signers' files (and the sealed content) small.
 */
export const MAX_DRAWN_SIGNATURE_CHARS = 100_000;
export const drawnSignatureSchema = z
  .string('validation.invalidType')
  .max(MAX_DRAWN_SIGNATURE_CHARS, 'validation.signatureTooLarge')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'validation.signatureFormat');

/**
 * One person signing the report: every auditor and the unit's representative, with NIP and
 * position (jabatan) as the signature block prints them. Empty fields are left out, so the
 * sealed content (and its hash) only holds what was given.
 */
export const signerSchema = z.strictObject({
  role: z.enum(['auditor', 'representative'], 'validation.invalidOption'),
  name,
  nip: z.string().regex(/^\d{18}$/, 'validation.nip').optional(),
  position: optionalText(150).optional(),
  drawn: drawnSignatureSchema.optional().describe('The signature drawn at sealing (PNG data URL); absent where the name was typed only.'),
});
export type FileSigner = z.infer<typeof signerSchema>;

/** The recommendations an auditor wrote: per item id and per group (dimension) id. */
export const MAX_RECOMMENDATION_CHARS = 2000;
export const recommendationsSchema = z.strictObject({
  items: boundedRecord(codeSchema, optionalText(MAX_RECOMMENDATION_CHARS), TEMPLATE_LIMITS.items),
  groups: boundedRecord(codeSchema, optionalText(MAX_RECOMMENDATION_CHARS), TEMPLATE_LIMITS.groups),
});
export type AuditRecommendations = z.infer<typeof recommendationsSchema>;

/**
 * A survey respondent's proof of service as sealed (2025 method): the document number and the
 * photo's SHA-256, per group and slot, ordered by group id then slot (sealed-proofs.ts). File name
 * and provenance stay out, as they do for evidence provenance: the seal vouches for the proof itself.
 */
export const sealedProofSchema = z.strictObject({
  groupId: codeSchema,
  slot: z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').max(MAX_RESPONDENTS - 1, 'validation.tooBig'),
  documentNo: optionalText(100).describe('Number of the document the service produced; empty when only a photo is given.'),
  photo: sha256HexSchema.nullable().describe('SHA-256 of the photo of the proof; null when only a number is given.'),
});
export type SealedProof = z.infer<typeof sealedProofSchema>;

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
    // Recommendations and signers are optional so files and seals made before them still parse with unchanged hashes.
    recommendations: recommendationsSchema
      .optional()
      .describe('The auditor\'s recommendations per item and per dimension; absent when none were written.'),
    // Like recommendations: absent when the audit has none, so audits without a survey hash as before.
    proofs: z
      .array(sealedProofSchema)
      .max(MAX_RESPONDENTS * TEMPLATE_LIMITS.groups, 'validation.tooMany')
      .optional()
      .describe('Proof of service per survey respondent (2025 method), by group id then slot; absent when none were given.'),
    signOff: z
      .strictObject({
        auditorName: name,
        agencyRepresentative: name,
        date: isoDate,
        signers: z.array(signerSchema).min(1, 'validation.required').max(AUDIT_FILE_LIMITS.auditors + 1, 'validation.tooMany').optional(),
      })
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
