import Database from 'better-sqlite3';
import type { Issue } from '../../shared/contract';
import { dataCounts, type DataCounts } from '../db/data-counts-repo';
import { appliedMigrations, checksum, type AppliedMigration } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';

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

/** PRAGMA integrity_check of a database file, and what it holds; problems as i18n keys. */
export function checkDatabase(file: string): { problems: Issue[]; facts: DatabaseFacts | null } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const t0 = Date.now(); const result = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check); console.log('TMPCHECK', Date.now() - t0);
    if (result.length !== 1 || result[0] !== 'ok') {
      return { problems: [{ path: 'patuh.sqlite', message: 'backups.problems.integrity', params: { detail: result.slice(0, 3).join('; ') } }], facts: null };
    }
    return { problems: [], facts: { migrations: appliedMigrations(db), counts: dataCounts(db) } };
  } catch (error) {
    return { problems: [{ path: 'patuh.sqlite', message: 'backups.problems.integrity', params: { detail: (error as Error).message } }], facts: null };
  } finally {
    db?.close();
  }
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
