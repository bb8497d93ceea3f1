import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackup, dailyBackupIfDue } from '../../electron/backups/auto-backup';
import { backupsFolder } from '../../electron/backups/backup-folder';
import { testServices, type TestServices } from './helpers';
import { seedBackupData } from './support/backup-fixture';

let t: TestServices;
beforeEach(() => { t = testServices({ now: '2026-03-02T09:00:00.000Z' }); });
afterEach(() => t.dispose());

const automatic = async () => (await t.call('backups.status', {})).automatic;

describe('automatic backups', () => {
  it('keeps the newest backupKeep and leaves other files in the folder alone', async () => {
    await seedBackupData(t);
    await t.call('settings.update', { backupKeep: 3 });
    const reasons = ['daily', 'import', 'migration', 'import', 'restore'] as const;
    for (const [i, reason] of reasons.entries()) {
      t.setNow(`2026-03-0${2 + i}T09:00:00.000Z`);
      await autoBackup(t.ctx, reason);
      if (i === 0) writeFileSync(join(backupsFolder(t.dataDir), 'catatan.txt'), 'keep me');
    }
    const kept = await automatic();
    expect(kept.map((b) => [b.createdAt, b.reason])).toEqual([
      ['2026-03-06T09:00:00.000Z', 'restore'],
      ['2026-03-05T09:00:00.000Z', 'import'],
      ['2026-03-04T09:00:00.000Z', 'migration'],
    ]);
    expect(readdirSync(backupsFolder(t.dataDir)).filter((n) => !n.endsWith('.patuh-backup'))).toEqual(['catatan.txt']);
  });

  it('names backups made in the same millisecond apart, and runs concurrent ones one at a time', async () => {
    await seedBackupData(t);
    const made = await Promise.all([autoBackup(t.ctx, 'import'), autoBackup(t.ctx, 'import'), autoBackup(t.ctx, 'daily')]);
    expect(new Set(made.map((b) => b.path)).size).toBe(3);
    expect(made[1]!.path).toMatch(/-import-2\.patuh-backup$/);
    expect(await automatic()).toHaveLength(3);
  });

  it('backs up daily: not without data, not twice within 24 hours', async () => {
    expect(await dailyBackupIfDue(t.ctx)).toBeNull();
    await seedBackupData(t);
    expect(await dailyBackupIfDue(t.ctx)).toMatchObject({ reason: 'daily', createdAt: '2026-03-02T09:00:00.000Z' });
    t.setNow('2026-03-03T08:59:59.000Z');
    expect(await dailyBackupIfDue(t.ctx)).toBeNull();
    t.setNow('2026-03-03T09:00:00.000Z');
    expect(await dailyBackupIfDue(t.ctx)).toMatchObject({ reason: 'daily' });
    expect(await automatic()).toHaveLength(2);
  });

  it('keeps the settings in their ranges', async () => {
    expect(await t.call('settings.get', {})).toMatchObject({ backupKeep: 10, backupWarnDays: 7 });
    expect(await t.fail('settings.update', { backupKeep: 0 })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('settings.update', { backupWarnDays: 91 })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.call('settings.update', { backupKeep: 100, backupWarnDays: 1 })).toMatchObject({ backupKeep: 100, backupWarnDays: 1 });
  });
});
