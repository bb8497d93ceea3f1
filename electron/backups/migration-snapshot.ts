import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFile } from '../../shared/domain/backups';
import type { Db } from '../db/open';
import { backupsFolder, fileStamp, isoOf, STAMP } from './backup-folder';
import { writeAutomaticBackup, type BackupContext } from './auto-backup';
import { syncFolder } from './durable-files';
import { oneAtATime } from './one-at-a-time';

const PENDING = new RegExp(`^pending-migration-${STAMP}\\.sqlite$`);

/**
 * openDatabase's `beforeMigrate` for the app: a copy of the database as it was, before this
 * build's migrations change it. Start-up is synchronous (nothing may use the database before it
 * is migrated) and the online backup API is asynchronous, so this uses VACUUM INTO: one
 * synchronous statement that writes the same consistent snapshot. The plain file becomes a
 * .patuh-backup (reason 'migration') once the app is up: see wrapMigrationSnapshots.
 */
export function snapshotBeforeMigration(dataDir: string): (db: Db) => void {
  return (db) => {
    const folder = backupsFolder(dataDir);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `pending-migration-${fileStamp(new Date())}.sqlite`);
    const temp = `${file}.patuh-tmp`;
    rmSync(temp, { force: true });
    db.prepare('VACUUM INTO ?').run(temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncFolder(folder);
  };
}

/** Turns each snapshot taken before a migration into a verified .patuh-backup, then removes it. */
export function wrapMigrationSnapshots(ctx: BackupContext): Promise<BackupFile[]> {
  return oneAtATime(ctx.dataDir, async () => {
    const folder = backupsFolder(ctx.dataDir);
    if (!existsSync(folder)) return [];
    const wrapped: BackupFile[] = [];
    for (const name of readdirSync(folder).sort()) {
      const match = PENDING.exec(name);
      if (!match) continue;
      const file = join(folder, name);
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        wrapped.push(await writeAutomaticBackup({ ...ctx, db }, 'migration', new Date(isoOf(match))));
      } finally {
        db.close();
      }
      await rm(file);
    }
    return wrapped;
  });
}
