import { z } from 'zod';
import { channel } from './channel';
import type { AuditDetail } from '../domain/audit';
import { idSchema } from '../domain/registry';
import { storableText } from '../domain/text-fields';
import {
  packageExportInput,
  packageImportInput,
  packageSourceInput,
  type ImportResult,
  type PackagePreview,
} from '../domain/packages';
import type { MergeConflict } from '../merge/types';

export interface WrittenPackageInfo {
  path: string;
  bytes: number;
  packageId: string;
  audits: number;
  evidence: number;
}

export interface ConflictView {
  key: string;
  conflict: MergeConflict;
  packageId: string;
  createdAt: string;
}

export interface DeviceInfo {
  deviceId: string;
  label: string;
  publicKey: string;
  trustedAt: string;
}

const upload = z.strictObject({
  uploadId: z.uuid('validation.invalidId'),
  name: storableText('validation.required').trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  /** Byte offset of this chunk: chunks arrive in order. */
  offset: z.number().int('validation.integer').min(0, 'validation.tooSmall'),
  base64: z.string().max(11_200_000, 'validation.tooLong').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
  last: z.boolean(),
});

const publicKey = z.base64('validation.invalid').min(40, 'validation.invalid').max(200, 'validation.tooLong');

/**
 * Audit packages (`.patuh`): audits with their evidence and templates, signed, optionally
 * encrypted. Import is always preview first, then one transaction after an automatic backup.
 * Paths come only from the open dialog (`packages.choose`) or a drop (`packages.upload`).
 */
export const packageChannels = {
  /** Save dialog, write, read back and verify; null = cancelled. */
  'packages.export': channel<WrittenPackageInfo | null>()(packageExportInput),
  /** Open dialog for packages (or folders of them); the chosen .patuh files, [] when cancelled. */
  'packages.choose': channel<string[]>()(z.strictObject({ folders: z.boolean().default(false) })),
  /** A dropped file, sent in chunks of up to 8 MB; the last chunk returns the path to preview. */
  'packages.upload': channel<{ path: string | null }>()(upload),
  'packages.preview': channel<PackagePreview>()(packageSourceInput),
  'packages.import': channel<ImportResult>()(packageImportInput.extend({ backupFirst: z.boolean().default(true) })),

  'audits.conflicts': channel<ConflictView[]>()(z.strictObject({ auditId: idSchema })),
  /** Settles conflicts by key; respondents before the answers beyond their count. */
  'audits.resolveConflicts': channel<AuditDetail>()(
    z.strictObject({
      auditId: idSchema,
      choices: z.array(z.strictObject({ key: z.string().min(1).max(200), take: z.enum(['local', 'incoming']) })).min(1, 'validation.required').max(5000, 'validation.tooMany'),
    }),
  ),

  /** This laptop's identity, and the laptops whose seals and packages are trusted here. */
  'devices.list': channel<{ self: { deviceId: string; name: string; publicKey: string }; trusted: DeviceInfo[] }>()(z.strictObject({})),
  'devices.trust': channel<DeviceInfo[]>()(z.strictObject({ publicKey, label: storableText('validation.required').trim().min(1, 'validation.required').max(200, 'validation.tooLong') })),
  'devices.untrust': channel<DeviceInfo[]>()(z.strictObject({ publicKey })),
};
