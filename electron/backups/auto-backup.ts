import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { BackupFile, BackupReason } from '../../shared/domain/backups';
import { dataCounts } from '../db/data-counts-repo';
import type { ServiceContext } from '../services/context';
import { automaticBackupPath, backupsFolder, listAutomaticBackups } from './backup-folder';
import { createBackup } from './backup-create';
import { oneAtATime } from './one-at-a-time';

/** What an automatic backup needs: the app's context, or what the CLI opened. */
export type BackupContext = Pick<ServiceContext, 'db' | 'dataDir' | 'device' | 'version' | 'now' | 'settings'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An automatic backup into <data>/backups, verified, then only the newest `backupKeep` kept.
 * Called before an import ('import'), a restore ('restore'), daily and after a migration snapshot.
 */
export function autoBackup(ctx: BackupContext, reason: BackupReason): Promise<BackupFile> {
  return oneAtATime(ctx.dataDir, () => writeAutomaticBackup(ctx, reason));
}

/** The same without waiting its turn: for work that already holds the folder's turn (a restore). */
export async function writeAutomaticBackup(ctx: BackupContext, reason: BackupReason, createdAt = ctx.now()): Promise<BackupFile> {
  const folder = backupsFolder(ctx.dataDir);
  mkdirSync(folder, { recursive: true });
  const file = await createBackup(ctx, automaticBackupPath(folder, createdAt, reason), reason, createdAt);
  await pruneAutomaticBackups(ctx.dataDir, ctx.settings.get().backupKeep);
  return file;
}

async function pruneAutomaticBackups(dataDir: string, keep: number): Promise<void> {
  for (const old of listAutomaticBackups(dataDir).slice(keep)) await rm(old.path, { force: true });
}

export function hasData(ctx: Pick<ServiceContext, 'db'>): boolean {
  const c = dataCounts(ctx.db);
  return c.entities + c.audits + c.findings > 0;
}

/** At start-up: a backup when there is data and the newest automatic one is older than a day. */
export async function dailyBackupIfDue(ctx: BackupContext): Promise<BackupFile | null> {
  const newest = listAutomaticBackups(ctx.dataDir)[0];
  if (newest && ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  if (!hasData(ctx)) return null;
  return autoBackup(ctx, 'daily');
}
