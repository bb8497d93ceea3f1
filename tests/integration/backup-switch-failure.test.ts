import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { fingerprint, seedBackupData } from './support/backup-fixture';

/** Renames can fail (Windows refuses one while a virus scanner holds the file): then nothing changes. */
const failRename = vi.hoisted(() => ({ after: Infinity, calls: 0 }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (String(from).includes('restore-staging') && ++failRename.calls > failRename.after) {
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${String(from)}'`), { code: 'EPERM', syscall: 'rename' });
      }
      real.renameSync(from, to);
    },
  };
});

let t: TestServices;
let out: string;
beforeEach(() => {
  t = testServices();
  out = mkdtempSync(join(tmpdir(), 'patuh-switchfail-'));
});
afterEach(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
  failRename.after = Infinity;
  failRename.calls = 0;
});

describe('a restore whose switch fails half-way', () => {
  it('puts the data back, says so, and the app carries on with it', async () => {
    const { auditId } = await seedBackupData(t);
    t.desktop.queueSavePath(join(out, 'a.patuh-backup'));
    const saved = (await t.call('backups.createNow', {}))!;
    await t.call('audits.answer', { auditId, itemId: 'IN-S1', slot: 0, value: 0 });
    const before = fingerprint(t.dataDir);

    t.desktop.queueOpenPaths([saved.path]);
    await t.call('backups.chooseFile', {});
    // The old data has moved aside and the restored database is in place when the next rename fails.
    failRename.after = 1;
    expect(await t.fail('backups.restore', { path: saved.path })).toMatchObject({ code: 'FILE', message: 'backups.errors.switchFailed', details: { cause: 'EPERM' } });
    expect(fingerprint(t.dataDir)).toEqual(before);
    expect(fs.readdirSync(t.dataDir).filter((n) => n.startsWith('restore-') || n.startsWith('previous-'))).toEqual([]);
    expect((await t.call('audits.get', { auditId })).answers['IN-S1']?.[0]).toBe(0);
  });
});
