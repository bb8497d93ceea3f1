import { z } from 'zod';
import { codeSchema, type LocalizedText } from '../methodology/template-schema';
import type { SealSignature } from './audit';
import { idSchema } from './registry';
import { optionalText, storableText } from './text-fields';

/** A transfer password: long enough to resist guessing on a lost USB stick; never stored. */
export const transferPasswordSchema = storableText('validation.required').min(8, 'validation.passwordTooShort').max(200, 'validation.tooLong');

/** What goes into a package: chosen audits, or every audit of an entity (and year), or everything. */
export const packageSelectionSchema = z.union([
  z.strictObject({ auditIds: z.array(idSchema).min(1, 'validation.required').max(1000, 'validation.tooMany') }),
  z.strictObject({ entityId: idSchema, year: z.number().int('validation.integer').optional() }),
  z.strictObject({ all: z.literal(true) }),
], 'validation.invalid');

export const packageExportInput = z.strictObject({
  selection: packageSelectionSchema,
  password: transferPasswordSchema.nullable().default(null),
  /** Split the work: the person this part is for, and the dimensions (groups) they take. */
  assignment: z.strictObject({ person: optionalText(200), groupIds: z.array(codeSchema).max(50, 'validation.tooMany') }).nullable().default(null),
});
export type PackageExportInput = z.input<typeof packageExportInput>;

export const packageSourceInput = z.strictObject({
  /** A path the user picked in the open dialog (packages.choose) this session. */
  path: z.string('validation.required').min(1, 'validation.required').max(4096, 'validation.tooLong'),
  password: z.string().max(200, 'validation.tooLong').nullable().default(null),
});

export const packageImportInput = packageSourceInput.extend({
  /** The user confirmed that entities and units matched by name (not id) are the same. */
  confirmNameMatches: z.boolean().default(false),
});

export type ImportOutcome = 'new' | 'same' | 'merge' | 'refused';

export interface PreviewAudit {
  id: string;
  entity: string;
  unit: string;
  year: number;
  status: 'draft' | 'final';
  outcome: ImportOutcome;
  /** An i18n key: why the audit cannot come in. */
  reason: string | null;
  /** Values the merge takes from the package, and conflicts it leaves for the lead. */
  changes: number;
  conflicts: number;
  seal: SealSignature | null;
  /** For a split: who takes which dimensions, with their names from the audit's template. */
  assignment: { person: string; groupIds: string[]; groups: LocalizedText[] } | null;
}

export interface RegistryMatch {
  kind: 'entity' | 'unit';
  name: string;
  /** 'id': the same record; 'name': a record here with the same name (needs confirmation); 'new': will be added. */
  match: 'id' | 'name' | 'new';
  localName: string | null;
}

export interface PackagePreview {
  path: string;
  fileName: string;
  packageId: string;
  createdAt: string;
  app: string;
  encrypted: boolean;
  /** 'auditFile': a single audit file (format 1 or 2), which has no package signature. */
  source: 'package' | 'auditFile';
  maker: { person: string; nip: string; deviceName: string } & Pick<SealSignature, 'deviceId' | 'signer' | 'label'> & { publicKey: string };
  /** When this package (same id or same bytes) was imported before: importing it again does nothing. */
  alreadyImported: string | null;
  audits: PreviewAudit[];
  registry: RegistryMatch[];
  templates: { id: string; version: number; outcome: 'present' | 'add' }[];
  evidence: { files: number; bytes: number };
  needsNameConfirmation: boolean;
}

export interface ImportResult {
  preview: PackagePreview;
  /** False when the package had been imported before (nothing changed). */
  imported: boolean;
  backupPath: string | null;
}
