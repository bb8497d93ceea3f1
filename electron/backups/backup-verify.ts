import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Issue } from '../../shared/contract';
import type { BackupReport, BackupSummary } from '../../shared/domain/backups';
import { MIGRATIONS } from '../db/migrations';
import { readBackup } from './backup-reader';
import { DATABASE_ENTRY, type BackupManifest } from './backup-format';
import { checkDatabase, schemaProblems } from './database-snapshot';

export interface VerifyOptions {
  /** An empty folder to extract into: the database always (to check it), attachments if asked. */
  into: string;
  attachments: boolean;
  /** This installation's public key, to say whether the backup was made here. */
  publicKey: string;
  /** Also require that this build can restore it (false when reading back a backup just written: it is a faithful copy either way). */
  restorableHere: boolean;
}

/**
 * The full check of a backup file: the zip and its signed manifest (backup-reader.ts), then the
 * extracted database (PRAGMA integrity_check, the migrations it records against the manifest's and
 * against this build's). `ok` means a restore can go ahead with what is left in `into`.
 */
export async function verifyBackup(file: string, options: VerifyOptions): Promise<BackupReport> {
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    return { path: file, bytes, ok: false, problems: [{ path: '', message: 'backups.problems.notFound' }], backup: null };
  }
  const read = await readBackup(file, (name) => (name === DATABASE_ENTRY || options.attachments ? join(options.into, name) : null));
  const problems: Issue[] = [...read.problems];
  const manifest = read.manifest;
  if (manifest) {
    if (options.restorableHere) problems.push(...schemaProblems(manifest.schema.migrations));
    if (read.problems.length === 0) problems.push(...(await databaseProblems(join(options.into, DATABASE_ENTRY), manifest)));
  }
  return { path: file, bytes, ok: problems.length === 0, problems, backup: manifest && summaryOf(manifest, options.publicKey) };
}

async function databaseProblems(file: string, manifest: BackupManifest): Promise<Issue[]> {
  const { problems, facts } = await checkDatabase(file);
  if (!facts) return problems;
  const listed = manifest.schema.migrations;
  const same = facts.migrations.length === listed.length && facts.migrations.every((m, i) => m.version === listed[i]!.version && m.name === listed[i]!.name && m.checksum === listed[i]!.checksum);
  return same ? [] : [{ path: DATABASE_ENTRY, message: 'backups.problems.schemaMismatch' }];
}

function summaryOf(m: BackupManifest, publicKey: string): BackupSummary {
  return {
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    reason: m.reason,
    device: { id: m.device.id, name: m.device.name },
    sameDevice: m.device.publicKey === publicKey,
    schemaVersion: m.schema.version,
    currentSchemaVersion: MIGRATIONS.length,
    counts: m.counts,
  };
}

/** Checks a backup (its database extracted into a temporary folder under `workParent`, removed after). */
export async function inspectBackup(file: string, workParent: string, publicKey: string, restorableHere = true): Promise<BackupReport> {
  mkdirSync(workParent, { recursive: true });
  const into = mkdtempSync(join(workParent, '.verify-'));
  try {
    return await verifyBackup(file, { into, attachments: false, publicKey, restorableHere });
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}
