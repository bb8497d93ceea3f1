import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * Whether another process (the app) has the database open. Every connection to a WAL database
 * holds a shared lock while it is open, so an exclusive lock taken without waiting fails exactly
 * then. A restore must not switch files under a running app.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}
