import Database from 'better-sqlite3';
import type { Issue } from '../../shared/contract';
import { dataCounts, type DataCounts } from '../db/data-counts-repo';
import { appliedMigrations, checksum, type AppliedMigration } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { integrityCheck } from './integrity-check';

/**
 * A consistent copy of a live database through SQLite's online backup API, which copies pages in
 * small steps between turns of the event loop (the app keeps answering meanwhile). The copy is
 * switched out of WAL mode so that it is one self-contained file.
 */
export async function snapshotDatabase(db: Db, file: string): Promise<void> {
  await db.backup(file);
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface DatabaseFacts {
  migrations: AppliedMigration[];
  counts: DataCounts;
}

export function describeDatabase(file: string): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return { migrations: appliedMigrations(db), counts: dataCounts(db) };
  } finally {
    db.close();
  }
}

/** PRAGMA integrity_check of a database file (off the main thread), and what it holds; problems as i18n keys. */
export async function checkDatabase(file: string): Promise<{ problems: Issue[]; facts: DatabaseFacts | null }> {
  const damaged = (detail: string) => ({ problems: [{ path: 'patuh.sqlite', message: 'backups.problems.integrity', params: { detail } }], facts: null });
  let lines: string[];
  try {
    lines = await integrityCheck(file);
  } catch (error) {
    return damaged((error as Error).message);
  }
  if (lines.length !== 1 || lines[0] !== 'ok') return damaged(lines.slice(0, 3).join('; '));
  return { problems: [], facts: describeDatabase(file) };
}

/**
 * A backup restores through this build's migrations only if what it applied is a prefix of them,
 * checksums included: newer data or an edited migration would be migrated by the wrong schema.
 */
export function schemaProblems(applied: readonly AppliedMigration[]): Issue[] {
  if (applied.length > MIGRATIONS.length) {
    return [{ path: 'schema', message: 'backups.problems.newer', params: { backup: applied.length, app: MIGRATIONS.length } }];
  }
  return applied
    .filter((row, i) => row.version !== MIGRATIONS[i]!.version || row.checksum !== checksum(MIGRATIONS[i]!))
    .map((row) => ({ path: 'schema', message: 'backups.problems.migrationChanged', params: { version: row.version, name: row.name } }));
}
