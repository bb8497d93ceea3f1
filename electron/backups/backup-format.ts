import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments';
import { BACKUP_REASONS } from '../../shared/domain/backups';

/**
 * The .patuh-backup format (a zip). Version 1 holds:
 *   backup.json             the manifest below (UTF-8 JSON)
 *   backup.sig              Ed25519 signature (base64) of the exact bytes of backup.json
 *   patuh.sqlite            the database, a consistent snapshot in rollback-journal mode
 *   attachments/ab/<sha256> every evidence file, named by its SHA-256 as in the data folder
 * The device's private key is never in it.
 */
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'backup.json';
export const SIGNATURE_ENTRY = 'backup.sig';
export const DATABASE_ENTRY = 'patuh.sqlite';
export const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** Upper bounds on what a backup may inflate to, whatever its headers claim (zip bombs). */
export const LIMITS = {
  manifestBytes: 64 * 1024 * 1024,
  signatureBytes: 1024,
  databaseBytes: 32 * 1024 * 1024 * 1024,
  attachmentBytes: MAX_ATTACHMENT_BYTES,
  entries: 1_000_000,
};

/** An entry name this format defines (exactly, so `../`, absolute paths and anything else are refused). */
export function isKnownEntryName(name: string): boolean {
  if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || name === DATABASE_ENTRY) return true;
  const match = ATTACHMENT_ENTRY.exec(name);
  return !!match && match[2]!.startsWith(match[1]!);
}

export function entryLimit(name: string): number {
  if (name === MANIFEST_ENTRY) return LIMITS.manifestBytes;
  if (name === SIGNATURE_ENTRY) return LIMITS.signatureBytes;
  if (name === DATABASE_ENTRY) return LIMITS.databaseBytes;
  return LIMITS.attachmentBytes;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const manifestSchema = z.strictObject({
  format: z.literal('patuh-backup'),
  formatVersion: z.number().int(),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  reason: z.enum(BACKUP_REASONS),
  device: z.strictObject({ id: z.string().max(100), name: z.string().max(300), publicKey: z.string().max(200) }),
  schema: z.strictObject({
    version: count,
    migrations: z.array(z.strictObject({ version: z.number().int().min(1), name: z.string().max(200), checksum: sha256 })),
  }),
  counts: z.strictObject({ entities: count, audits: count, findings: count, attachments: count }),
  entries: z.array(z.strictObject({ name: z.string().max(200), sha256, size: count })).max(LIMITS.entries),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = BackupManifest['entries'][number];
