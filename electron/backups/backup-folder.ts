import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_EXTENSION, BACKUP_REASONS, type BackupFile, type BackupReason } from '../../shared/domain/backups';

/** <data>/backups: automatic backups, named so that the name alone says when and why. */
export const backupsFolder = (dataDir: string) => join(dataDir, 'backups');

/** e.g. 2026-03-02T09-00-00-000Z: an ISO time that is a valid file name everywhere and sorts by time. */
export const fileStamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
/** Matches a fileStamp, with date, hours, minutes, seconds and milliseconds as groups 1 to 5. */
export const STAMP = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z';
export const isoOf = (m: RegExpExecArray) => `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;

const NAME = new RegExp(`^patuh-${STAMP}-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.${BACKUP_EXTENSION}$`);

/** A new name in `folder`: two backups in the same millisecond get -2, -3, ... */
export function automaticBackupPath(folder: string, createdAt: Date, reason: BackupReason): string {
  const base = `patuh-${fileStamp(createdAt)}-${reason}`;
  for (let n = 1; ; n++) {
    const path = join(folder, `${base}${n === 1 ? '' : `-${n}`}.${BACKUP_EXTENSION}`);
    if (!existsSync(path) && !existsSync(`${path}.patuh-tmp`)) return path;
  }
}

/** The automatic backups in <data>/backups, newest first. Other files there are left alone. */
export function listAutomaticBackups(dataDir: string): BackupFile[] {
  const folder = backupsFolder(dataDir);
  if (!existsSync(folder)) return [];
  const found: (BackupFile & { n: number })[] = [];
  for (const name of readdirSync(folder)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    found.push({
      path,
      createdAt: isoOf(m),
      reason: m[6] as BackupReason,
      bytes: statSync(path).size,
      n: Number(m[7] ?? 1),
    });
  }
  found.sort((a, b) => (a.createdAt === b.createdAt ? b.n - a.n : a.createdAt < b.createdAt ? 1 : -1));
  return found.map(({ n: _n, ...file }) => file);
}
