import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MigrationError, type Migration } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'patuh-mig-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' };
const m2: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' };

describe('migrations', () => {
  it('opens with WAL, synchronous=FULL and foreign keys, and applies every migration once', () => {
    const file = join(dir, 'patuh.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it('applies only the new ones, in order', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    migrate(db, [m1]);
    migrate(db, [m1, m2]);
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'one' }, { version: 2, name: 'two' }]);
    db.close();
  });

  it('refuses to start when an applied migration was edited', () => {
    const db = new Database(join(dir, 'b.sqlite'));
    migrate(db, [m1]);
    expect(() => migrate(db, [{ ...m1, sql: 'CREATE TABLE a (x TEXT);' }])).toThrow(/migration 1 "one" was changed/i);
    db.close();
  });

  it('refuses a database written by a newer version, and an out-of-order list', () => {
    const db = new Database(join(dir, 'c.sqlite'));
    migrate(db, [m1, m2]);
    expect(() => migrate(db, [m1])).toThrow(MigrationError);
    expect(() => migrate(db, [m1])).toThrow(/newer Patuh/);
    expect(() => migrate(new Database(':memory:'), [m2])).toThrow(/out of order/);
    db.close();
  });

  it('rolls back a failing migration completely', () => {
    const db = new Database(join(dir, 'd.sqlite'));
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nope VALUES (1);' };
    expect(() => migrate(db, [m1, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get()).toBeUndefined();
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
    db.close();
  });
});
