import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_REASONS, type BackupFile } from '../../shared/domain/backups';
import { backupsFolder } from './backup-folder';
import { writeFileDurably } from './durable-files';

/**
 * The last copy made with "Back up now" (or the CLI) is remembered here, in <data>/backups, since
 * it lives outside the data folder (on a USB stick) and only it survives a lost laptop.
 */
const recordFile = (dataDir: string) => join(backupsFolder(dataDir), 'last-copy.json');

const recordSchema = z.strictObject({ path: z.string(), createdAt: z.iso.datetime(), reason: z.enum(BACKUP_REASONS), bytes: z.number().int().min(0) });

export function readLastCopy(dataDir: string): BackupFile | null {
  if (!existsSync(recordFile(dataDir))) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(recordFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function recordLastCopy(dataDir: string, copy: BackupFile): void {
  mkdirSync(backupsFolder(dataDir), { recursive: true });
  writeFileDurably(recordFile(dataDir), `${JSON.stringify(copy, null, 2)}\n`);
}
