import { z } from 'zod';
import { sha256HexSchema } from '../audit-file/schema';
import { storableText } from '../domain/text-fields';
import { codeSchema } from '../methodology/template-schema';

/**
 * `manifest.json` of a `.patuh` package: who made it, on which installation, what audits it holds,
 * and the SHA-256 and size of every other entry. The package is signed as a whole: the zip's
 * comment holds the maker's Ed25519 signature of every byte before it (electron/packages/zip-signature.ts).
 * docs/package-manifest.schema.json is generated from this schema.
 */
export const PACKAGE_FORMAT_VERSION = 1;

/** Every entry a package may hold; anything else (`../x`, absolute paths, other names) is refused. */
export const PACKAGE_ENTRY = {
  manifest: 'manifest.json',
  audit: /^audits\/[0-9a-f-]{36}\.json$/,
  evidence: /^evidence\/[0-9a-f]{64}$/,
  template: /^templates\/[a-z0-9][a-z0-9-]{1,63}@[1-9][0-9]{0,5}\.json$/,
} as const;

export function isPackageEntryName(name: string): boolean {
  return name === PACKAGE_ENTRY.manifest || PACKAGE_ENTRY.audit.test(name) || PACKAGE_ENTRY.evidence.test(name) || PACKAGE_ENTRY.template.test(name);
}

const text = (max: number) => storableText('validation.invalidType').max(max, 'validation.tooLong');
/** Bounds that keep a hostile manifest from asking for unbounded work. */
export const PACKAGE_LIMITS = { audits: 1_000, files: 50_000 } as const;

export const packageManifestSchema = z
  .strictObject({
    format: z.literal('patuh-package', 'validation.notPackage'),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION, 'validation.formatVersion'),
    packageId: z.uuid('validation.invalidId').describe('Stable id: importing the same package again does nothing.'),
    createdAt: z.iso.datetime({ offset: true, message: 'validation.dateTime' }),
    app: text(100).describe('The program that wrote it, e.g. "Patuh 0.2.0".'),
    device: z.strictObject({
      id: text(64).describe('Fingerprint of the installation’s public key.'),
      name: text(200),
      publicKey: z.base64('validation.invalid').max(200, 'validation.tooLong').describe('Ed25519 public key, base64 of its SPKI DER form.'),
    }),
    person: z.strictObject({ name: text(200), nip: text(18) }),
    audits: z
      .array(
        z.strictObject({
          id: z.uuid('validation.invalidId'),
          path: z.string().regex(PACKAGE_ENTRY.audit, 'validation.invalid'),
          entity: text(200),
          unit: text(200),
          year: z.number().int('validation.integer'),
          status: z.enum(['draft', 'final'], 'validation.invalidOption'),
          revision: sha256HexSchema,
          /** For a split of the work: who takes which groups (dimensions) of the checklist. */
          assignment: z.strictObject({ person: text(200), groupIds: z.array(codeSchema).max(50, 'validation.tooMany') }).nullable(),
        }),
      )
      .min(1, 'validation.packageEmpty')
      .max(PACKAGE_LIMITS.audits, 'validation.tooMany'),
    files: z
      .array(z.strictObject({ path: text(200), sha256: sha256HexSchema, size: z.number().int('validation.integer').min(0, 'validation.tooSmall') }))
      .max(PACKAGE_LIMITS.files, 'validation.tooMany'),
  })
  .meta({ title: 'Patuh package manifest', description: 'manifest.json of a .patuh package (a zip of audits, evidence and templates).' });
export type PackageManifest = z.infer<typeof packageManifestSchema>;
export type PackageAuditEntry = PackageManifest['audits'][number];
