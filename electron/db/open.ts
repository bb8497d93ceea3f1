import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync } from 'node:fs';
import { DATA_FILE_MODE, restrictMode } from '../services/data-modes';
import { appliedMigrations, migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Runs before the migrations of an existing database that has some pending (e.g. to back it up). */
  beforeMigrate?: (db: Db) => void;
}

/**
 * Opens (and migrates) the Patuh database. synchronous=FULL because field laptops lose power:
 * an answer the app acknowledged must survive a pulled plug. The file is created private (0600)
 * rather than with the umask's 0644; SQLite gives its -wal and -shm files the same mode.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  // An empty file is an empty database to SQLite.
  if (!existsSync(file)) closeSync(openSync(file, 'a', DATA_FILE_MODE));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    for (const path of [file, `${file}-wal`, `${file}-shm`]) restrictMode(path, DATA_FILE_MODE);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const applied = appliedMigrations(db).length;
    if (options.beforeMigrate && applied > 0 && applied < MIGRATIONS.length) options.beforeMigrate(db);
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
