import { z } from 'zod';
import { boundedRecord } from '../domain/bounded-record';
import { storableText } from '../domain/text-fields';
import { codeSchema, MAX_RESPONDENTS, TEMPLATE_LIMITS } from '../methodology/template-schema';
import { AUDIT_FILE_LIMITS, auditFileSchema, evidenceEntrySchema, respondentsEntryShape, sha256HexSchema } from './schema';

/**
 * Format 2 of the audit file: what travels inside a `.patuh` package. It is format 1 plus what a
 * second laptop needs to merge and to trust the audit:
 * - registry ids for the entity, unit and products, so the same unit is recognised by id;
 * - provenance (who, which installation, when) of every answer, note and evidence link;
 * - the revision: its id (a hash of the merged content) and the revisions it descends from,
 *   from which the receiving laptop finds the common base of a three-way merge;
 * - for a sealed audit, the Ed25519 signature of the content hash and the signer's public key.
 * The content hash covers the same fields as in format 1 (see toFormat1 in project.ts), so a
 * seal made here verifies in both formats.
 */
export const AUDIT_FORMAT_VERSION_2 = 2;

const base = auditFileSchema.shape;
const text = (max: number) => storableText('validation.invalidType').max(max, 'validation.tooLong');

export const provenanceSchema = z.strictObject({
  by: text(200).describe('The auditor who gave the value.'),
  device: text(64).describe('Fingerprint of the installation it was given on.'),
  at: z.iso.datetime({ offset: true, message: 'validation.dateTime' }),
  revision: z.number().int('validation.integer').min(0, 'validation.tooSmall').optional().describe('The audit’s revision on that installation when the value was written.'),
});

export const MAX_ANCESTORS = 500;

/**
 * A survey respondent's proof of service (2025 method, migration 008): a document number, a photo
 * (its bytes travel as evidence), or both. The content hash covers its number and photo hash
 * (SealedProof in schema.ts, via toFormat1); file name and provenance stay outside, like provenance.
 */
export const proofEntrySchema = z.strictObject({
  groupId: codeSchema,
  slot: z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').max(MAX_RESPONDENTS - 1, 'validation.tooBig'),
  documentNo: text(100).describe('Number of the document the service produced; empty when only a photo is given.'),
  photo: evidenceEntrySchema.omit({ itemId: true }).nullable(),
  prov: provenanceSchema.nullable(),
});

export const auditFileV2Schema = z
  .strictObject({
    formatVersion: z.literal(AUDIT_FORMAT_VERSION_2, 'validation.formatVersion'),
    id: base.id,
    template: base.template,
    entity: base.entity.extend({ id: z.uuid('validation.invalidId').optional() }),
    unit: base.unit.extend({ id: z.uuid('validation.invalidId').optional() }),
    period: base.period,
    auditors: base.auditors,
    respondents: boundedRecord(
      codeSchema,
      z.strictObject({
        ...respondentsEntryShape,
        productIds: z
          .array(z.uuid('validation.invalidId').nullable())
          .max(MAX_RESPONDENTS, 'validation.tooMany')
          .optional()
          .describe('Registry product of each slot, where the slot is a product.'),
      }),
      TEMPLATE_LIMITS.groups,
    ),
    answers: base.answers,
    notes: base.notes,
    recommendations: base.recommendations,
    evidence: z.array(evidenceEntrySchema.extend({ prov: provenanceSchema.nullable() })).max(AUDIT_FILE_LIMITS.evidence, 'validation.tooMany'),
    proofs: z.array(proofEntrySchema).max(MAX_RESPONDENTS * TEMPLATE_LIMITS.groups, 'validation.tooMany').optional().describe('Proof of service per survey respondent (2025 method).'),
    provenance: z.strictObject({
      answers: boundedRecord(codeSchema, z.array(provenanceSchema.nullable()).max(MAX_RESPONDENTS, 'validation.tooMany'), TEMPLATE_LIMITS.items).describe(
        'Per item id and slot: who gave the answer.',
      ),
      notes: boundedRecord(codeSchema, provenanceSchema.nullable(), TEMPLATE_LIMITS.items),
      recommendations: z
        .strictObject({
          items: boundedRecord(codeSchema, provenanceSchema.nullable(), TEMPLATE_LIMITS.items),
          groups: boundedRecord(codeSchema, provenanceSchema.nullable(), TEMPLATE_LIMITS.groups),
        })
        .optional()
        .describe('Who wrote each recommendation, as recommendations is keyed.'),
    }),
    revision: z.strictObject({
      id: sha256HexSchema.describe('SHA-256 of the canonical JSON of respondents, answers, notes and evidence links.'),
      ancestors: z.array(sha256HexSchema).max(MAX_ANCESTORS, 'validation.tooMany').describe('Revisions this one descends from, oldest first.'),
    }),
    signOff: base.signOff,
    status: base.status,
    zonePolicy: base.zonePolicy,
    contentHash: base.contentHash,
    seal: z
      .strictObject({
        signature: z.base64('validation.invalid').max(200, 'validation.tooLong').describe('Ed25519 signature of the content hash (its 64 hex characters as UTF-8).'),
        publicKey: z.base64('validation.invalid').max(200, 'validation.tooLong').describe('The signer’s Ed25519 public key, base64 of its SPKI DER form.'),
        sealedAt: z.iso.datetime({ offset: true, message: 'validation.dateTime' }),
        sealedBy: text(200),
      })
      .nullable(),
    exportedAt: base.exportedAt,
    generator: base.generator,
  })
  .meta({
    title: 'Patuh audit file, format 2',
    description: 'One audit as carried in a Patuh package: format 1 plus registry ids, provenance, revision and signed seal.',
  });
export type AuditFileV2 = z.infer<typeof auditFileV2Schema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type ProofEntry = z.infer<typeof proofEntrySchema>;
