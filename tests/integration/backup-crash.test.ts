import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { verifyBackup } from '../../electron/backups/backup-verify';
import { applyStep, JOURNAL, recoverRestore, STAGING, switchPlan } from '../../electron/backups/restore-switch';
import { openDatabase } from '../../electron/db/open';
import { testServices } from './helpers';
import { pngBytes } from './support/audit-fixture';
import { fingerprint, seedBackupData } from './support/backup-fixture';

/**
 * A restore killed with SIGKILL at any point leaves the data as it was or fully restored, never
 * half: the real CLI restores in a child process and is killed at each step it announces and
 * after several delays; then start-up recovery runs (as startServices does) and the folder must
 * match one of the two states exactly. The switch's renames are also cut after each one.
 */
const tmp = resolve('tests/.tmp/backup-crash');
const bundle = join(tmp, 'patuh.mjs');
const dirs: string[] = [];
let original: string; // state A: the data folder as it is before the restore (app closed)
let backup: string; // holds state B
let stateA: ReturnType<typeof fingerprint>;
let stateB: ReturnType<typeof fingerprint>;

const copyOfOriginal = () => {
  const dir = mkdtempSync(join(tmpdir(), 'patuh-bkcrash-'));
  dirs.push(dir);
  cpSync(original, dir, { recursive: true });
  return dir;
};

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'electron/cli/patuh.ts', outfile: bundle, shebang: true });
  const t = testServices();
  const { auditId } = await seedBackupData(t, { photos: 3 });
  // Enough evidence that extracting it takes a while: 240 files of 40 kB.
  for (let i = 0; i < 240; i++) {
    await t.call('audits.attachEvidence', { auditId, itemId: 'PR-01', file: { name: `scan-${i}.png`, mime: 'image/png', base64: pngBytes(`${i} ${'#'.repeat(40_000)}`).toString('base64') } });
  }
  stateB = fingerprint(t.dataDir);
  t.desktop.queueSavePath(join(t.dataDir, 'state-b.patuh-backup'));
  const saved = (await t.call('backups.createNow', {}))!;
  await t.call('audits.answer', { auditId, itemId: 'IN-S1', slot: 0, value: 0 });
  await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S2', file: { name: 'sesudah.png', mime: 'image/png', base64: pngBytes('sesudah').toString('base64') } });
  stateA = fingerprint(t.dataDir);
  t.close();
  backup = join(tmp, 'state-b.patuh-backup');
  cpSync(saved.path, backup);
  original = t.dataDir;
  dirs.push(original);
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 60_000);

/** After a crash: what start-up does, then which state the folder is in. */
function stateAfterRecovery(dir: string): 'before' | 'restored' {
  recoverRestore(dir);
  expect(readdirSync(dir).filter((n) => n === STAGING || n === JOURNAL)).toEqual([]);
  const db = openDatabase(join(dir, 'patuh.sqlite'));
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  const now = fingerprint(dir);
  if (JSON.stringify(now) === JSON.stringify(stateA)) return 'before';
  expect(now).toEqual(stateB);
  return 'restored';
}

type Kill = { onLine: string } | { afterMs: number } | 'never';

async function restoreAndKill(dir: string, kill: Kill): Promise<void> {
  const child = spawn(process.execPath, [bundle, 'backup', 'restore', backup, '--data', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  if (typeof kill === 'object' && 'afterMs' in kill) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
  for await (const line of createInterface({ input: child.stdout! })) {
    if (typeof kill === 'object' && 'onLine' in kill && line.startsWith(kill.onLine)) child.kill('SIGKILL');
  }
  await exited;
}

describe('restore survives SIGKILL', () => {
  const kills: Kill[] = [
    { onLine: 'Checking' }, { onLine: 'Backing up' }, { onLine: 'Switching' },
    { afterMs: 150 }, { afterMs: 300 }, { afterMs: 500 }, { afterMs: 800 }, { afterMs: 1200 }, 'never',
  ];
  it.each(kills)('killed %j: the data is as before or fully restored', async (kill) => {
    const dir = copyOfOriginal();
    await restoreAndKill(dir, kill);
    const state = stateAfterRecovery(dir);
    if (kill === 'never') expect(state).toBe('restored');
    // Checking and the safety backup take hundreds of milliseconds: the switch has not begun.
    if (typeof kill === 'object' && 'onLine' in kill && kill.onLine !== 'Switching') expect(state).toBe('before');
  }, 60_000);

  it('an extraction without a journal is discarded: the data stays as it was', async () => {
    const dir = copyOfOriginal();
    expect((await verifyBackup(backup, { into: join(dir, STAGING), attachments: true, publicKey: '', restorableHere: true })).ok).toBe(true);
    expect(recoverRestore(dir)).toBe('discarded');
    expect(stateAfterRecovery(dir)).toBe('before');
  });

  it('a switch cut after any of its renames is finished at start-up', async () => {
    const probe = copyOfOriginal();
    await verifyBackup(backup, { into: join(probe, STAGING), attachments: true, publicKey: '', restorableHere: true });
    const steps = switchPlan(probe, 'previous-x').steps.length;
    expect(steps).toBe(4);
    for (let done = 0; done <= steps; done++) {
      const dir = copyOfOriginal();
      await verifyBackup(backup, { into: join(dir, STAGING), attachments: true, publicKey: '', restorableHere: true });
      const journal = switchPlan(dir, 'previous-x');
      writeFileSync(join(dir, JOURNAL), JSON.stringify(journal));
      journal.steps.slice(0, done).forEach((step) => applyStep(dir, step));
      expect(recoverRestore(dir)).toBe('completed');
      expect(stateAfterRecovery(dir)).toBe('restored');
      expect(existsSync(join(dir, 'previous-x', 'patuh.sqlite'))).toBe(true);
      expect(fingerprint(join(dir, 'previous-x'))).toEqual(stateA);
    }
  }, 60_000);
});
