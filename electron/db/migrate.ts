import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, ... in order, never reused. */
  version: number;
  name: string;
  sql: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/**
 * Forward-only migrations, each in its own transaction, recorded with a checksum.
 * A database whose recorded migrations differ from the code (edited, missing or newer than
 * this build) refuses to open, so a user's data is never migrated by the wrong schema.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`Migration list is out of order at ${m.name}: expected version ${i + 1}.`);
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = appliedMigrations(db);

  for (const row of applied) {
    const known = migrations[row.version - 1];
    if (!known) {
      throw new MigrationError(
        `The database was written by a newer Patuh (migration ${row.version} "${row.name}" is unknown to this version). Update Patuh to open it.`,
      );
    }
    if (checksum(known) !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.version} "${row.name}" was changed after it was applied (checksum mismatch). Refusing to start; restore the original migration.`,
      );
    }
  }

  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, checksum(m), new Date().toISOString());
    })();
  }
  return migrations.length;
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

/** The migrations recorded in a database, in order; none for a new (or non-Patuh) file. */
export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return [];
  return db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}
