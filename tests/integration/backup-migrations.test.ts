import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/backups/backup-create';
import { backupsFolder } from '../../electron/backups/backup-folder';
import { startupBackups } from '../../electron/backups/startup-backups';
import { appliedMigrations, checksum, migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { registryRepo } from '../../electron/db/registry-repo';
import { deviceIdentity } from '../../electron/keys/device-identity';
import { startServices } from '../../electron/services/bootstrap';
import { confSettings } from '../../electron/settings/conf-settings';
import { stubDesktop } from '../host/stub-desktop';
import { testServices, type TestServices } from './helpers';
import { seedBackupData } from './support/backup-fixture';

const dirs: string[] = [];
const services: { close(): void }[] = [];
afterEach(() => {
  services.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'patuh-bkmig-'));
  dirs.push(d);
  return d;
};

/** A data folder as an older Patuh (4 migrations) left it, with one entity. */
function olderDataFolder(): string {
  const dir = tempDir();
  const db = new Database(join(dir, 'patuh.sqlite'));
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 4));
  registryRepo(db).insertEntity('e-lama', { kind: 'pemkot', name: 'Pemerintah Kota Lama', province: '', notes: '' }, '2024-01-01T00:00:00.000Z');
  db.close();
  return dir;
}

async function backupOf(dir: string, file: string, version = '0.0.9') {
  const db = new Database(join(dir, 'patuh.sqlite'), { readonly: true });
  try {
    return await createBackup({ db, dataDir: dir, device: deviceIdentity(dir, { name: 'laptop-lama' }), version }, file, 'manual', new Date('2024-06-01T08:00:00.000Z'));
  } finally {
    db.close();
  }
}

async function restoreInto(t: TestServices, path: string) {
  t.desktop.queueOpenPaths([path]);
  await t.call('backups.chooseFile', {});
  return { report: await t.call('backups.inspect', { path }), restore: () => t.call('backups.restore', { path }), fail: () => t.fail('backups.restore', { path }) };
}

describe('backups across versions', () => {
  it('copies an older database before migrating it, and makes that copy a "migration" backup once the app is up', async () => {
    const dir = olderDataFolder();
    const s = startServices(dir, confSettings(dir), 'test', stubDesktop(dir).desktop);
    services.push(s);
    expect(appliedMigrations(s.ctx.db)).toHaveLength(MIGRATIONS.length);
    const pending = readdirSync(backupsFolder(dir)).filter((n) => n.startsWith('pending-migration-'));
    expect(pending).toHaveLength(1);
    const snapshot = new Database(join(backupsFolder(dir), pending[0]!), { readonly: true });
    expect(appliedMigrations(snapshot)).toHaveLength(4);
    snapshot.close();

    const made = await startupBackups(s.ctx);
    expect(made.map((b) => b.reason)).toEqual(['migration']);
    expect(readdirSync(backupsFolder(dir)).filter((n) => n.startsWith('pending-migration-'))).toEqual([]);
    s.ctx.chosenPaths.add(made[0]!.path);
    expect(await s.handlers['backups.inspect']({ path: made[0]!.path })).toMatchObject({ ok: true, backup: { reason: 'migration', schemaVersion: 4, currentSchemaVersion: MIGRATIONS.length, counts: { entities: 1 } } });
    // The daily backup is not due: the migration backup is less than a day old.
    expect(await startupBackups(s.ctx)).toEqual([]);
  });

  it('restores a backup from an older Patuh (and another laptop) through the migrations', async () => {
    const old = olderDataFolder();
    const file = join(tempDir(), 'lama.patuh-backup');
    await backupOf(old, file);
    const t = testServices();
    services.push({ close: () => t.dispose() });
    await seedBackupData(t);
    const { report, restore } = await restoreInto(t, file);
    expect(report).toMatchObject({ ok: true, backup: { schemaVersion: 4, currentSchemaVersion: MIGRATIONS.length, sameDevice: false, appVersion: '0.0.9', device: { name: 'laptop-lama' } } });
    await restore();
    expect(appliedMigrations(t.ctx.db).map((m) => m.checksum)).toEqual(MIGRATIONS.map(checksum));
    expect((await t.call('entities.list', { search: '', includeArchived: false })).map((e) => e.name)).toEqual(['Pemerintah Kota Lama']);
    expect(await t.call('audits.list', {})).toEqual([]);
  });

  it('refuses a backup from a newer Patuh with a clear message and changes nothing', async () => {
    const newer = tempDir();
    const s = startServices(newer, confSettings(newer), 'test', stubDesktop(newer).desktop);
    s.ctx.db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(MIGRATIONS.length + 1, 'future', 'f'.repeat(64), '2030-01-01');
    s.close();
    const file = join(tempDir(), 'baru.patuh-backup');
    await backupOf(newer, file, '9.0.0');
    const t = testServices();
    services.push({ close: () => t.dispose() });
    const { report, fail } = await restoreInto(t, file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ path: 'schema', message: 'backups.problems.newer', params: { backup: MIGRATIONS.length + 1, app: MIGRATIONS.length } }]);
    expect(await fail()).toMatchObject({ code: 'VALIDATION', message: 'backups.errors.newer' });
    expect(existsSync(join(t.dataDir, 'restore-staging'))).toBe(false);
  });
});
