import { renameSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DomainError } from '../../shared/contract';
import type { BackupFile, BackupReason } from '../../shared/domain/backups';
import { fileError } from '../services/export-file';
import { backupsFolder } from './backup-folder';
import { inspectBackup } from './backup-verify';
import { writeBackup, type BackupSource } from './backup-writer';
import { syncFolder } from './durable-files';

/**
 * A backup at `target` that has been read back and fully verified before it gets its name:
 * written to <target>.patuh-tmp, checked (hashes, signature, integrity of the database), then
 * renamed. A file with a backup's name is therefore always a good one (lesson: an export that
 * silently produced 2 KB files was only noticed at re-import).
 */
export async function createBackup(source: BackupSource, target: string, reason: BackupReason, createdAt: Date): Promise<BackupFile> {
  const temp = `${target}.patuh-tmp`;
  try {
    try {
      await writeBackup(source, temp, reason, createdAt);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) throw fileError(error, target);
      throw error;
    }
    const report = await inspectBackup(temp, backupsFolder(source.dataDir), source.device.publicKey, false);
    if (!report.ok) throw new DomainError('FILE', 'backups.errors.verifyFailed', { path: target, issues: report.problems });
    renameSync(temp, target);
    syncFolder(dirname(target));
    return { path: target, createdAt: createdAt.toISOString(), reason, bytes: statSync(target).size };
  } finally {
    await rm(temp, { force: true });
  }
}
