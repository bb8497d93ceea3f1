import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { testServices, type TestServices } from './helpers';
import { raise } from './findings-fixtures';
import { pngBytes } from './support/audit-fixture';
import { fingerprint, seedBackupData } from './support/backup-fixture';

let t: TestServices;
let out: string;
beforeEach(() => {
  t = testServices();
  out = mkdtempSync(join(tmpdir(), 'patuh-usb-'));
});
afterEach(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function backUpTo(path: string) {
  t.desktop.queueSavePath(path);
  return (await t.call('backups.createNow', {}))!;
}

async function choose(path: string) {
  t.desktop.queueOpenPaths([path]);
  expect(await t.call('backups.chooseFile', {})).toBe(path);
}

describe('backups: back up now, verify, restore', () => {
  it('restores exactly the data that was backed up, and the running services use it at once', async () => {
    const { auditId, entity } = await seedBackupData(t, { photos: 3, value: 1 });
    const before = fingerprint(t.dataDir);
    const answers = (await t.call('audits.get', { auditId })).answers;

    const saved = await backUpTo(join(out, 'kupang.patuh-backup'));
    expect(saved).toMatchObject({ path: join(out, 'kupang.patuh-backup'), reason: 'manual' });
    expect(readdirSync(out)).toEqual(['kupang.patuh-backup']);
    expect((await t.call('backups.status', {})).lastCopy).toEqual(saved);

    // Work goes on after the backup: an answer changed, more evidence, another finding.
    await t.call('audits.answer', { auditId, itemId: 'IN-S1', slot: 0, value: 0 });
    await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S2', file: { name: 'baru.png', mime: 'image/png', base64: pngBytes('baru').toString('base64') } });
    await raise(t, entity.id, { statement: 'Temuan setelah cadangan' });
    const changed = fingerprint(t.dataDir);
    expect(changed).not.toEqual(before);

    await choose(saved.path);
    const report = await t.call('backups.inspect', { path: saved.path });
    expect(report).toMatchObject({ ok: true, problems: [], backup: { reason: 'manual', sameDevice: true, schemaVersion: MIGRATIONS.length, currentSchemaVersion: MIGRATIONS.length, counts: { audits: 1, findings: 1, attachments: 3 } } });

    const result = await t.call('backups.restore', { path: saved.path });
    expect(fingerprint(t.dataDir)).toEqual(before);
    expect((await t.call('audits.get', { auditId })).answers).toEqual(answers);
    expect(await t.call('audits.list', {})).toHaveLength(1);
    // The data as it was is kept aside, and backed up first.
    expect(fingerprint(result.previousFolder)).toEqual(changed);
    expect(result.safetyBackup).toMatchObject({ reason: 'restore' });
    expect((await t.call('backups.status', {})).automatic.map((b) => b.reason)).toEqual(['restore']);
    expect(existsSync(join(t.dataDir, 'restore-staging'))).toBe(false);
    expect(existsSync(join(t.dataDir, 'restore-journal.json'))).toBe(false);
    // Writes go to the restored database.
    await t.call('audits.answer', { auditId, itemId: 'IN-S1', slot: 0, value: 0 });
    expect(fingerprint(t.dataDir)).not.toEqual(before);
  });

  it('refuses to inspect or restore a file the user did not pick', async () => {
    await seedBackupData(t);
    const saved = await backUpTo(join(out, 'a.patuh-backup'));
    expect(await t.fail('backups.inspect', { path: saved.path })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('backups.restore', { path: '/etc/passwd' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('returns null when a dialog is cancelled, and says when the target folder cannot be written', async () => {
    t.desktop.queueSavePath(null);
    expect(await t.call('backups.createNow', {})).toBeNull();
    expect(await t.call('backups.chooseFile', {})).toBeNull();
    t.desktop.queueSavePath(join(out, 'missing-folder', 'a.patuh-backup'));
    expect(await t.fail('backups.createNow', {})).toMatchObject({ code: 'FILE', message: 'errors.folderMissing' });
  });

  it('warns on the home screen until a copy is made, and again after backupWarnDays', async () => {
    expect(await t.call('backups.status', {})).toMatchObject({ hasData: false, overdue: false, lastCopy: null, keep: 10, warnDays: 7 });
    await seedBackupData(t);
    expect((await t.call('backups.status', {})).overdue).toBe(true);
    await backUpTo(join(out, 'a.patuh-backup'));
    expect((await t.call('backups.status', {})).overdue).toBe(false);
    t.setNow('2026-03-09T09:00:01.000Z');
    expect((await t.call('backups.status', {})).overdue).toBe(true);
  });
});
