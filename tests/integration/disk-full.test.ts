import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { auditFixture, pngBytes } from './support/audit-fixture';
import { dataFingerprint } from './support/laptops';

/**
 * A full disk, for real: the data folder on a small tmpfs, filled to the last byte. Every write
 * path must say "disk full" (FILE, errors.diskFull) and change nothing, and work again once space
 * is freed. Mounting needs root and a kernel that allows it; elsewhere the suite is skipped and
 * says why.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'patuh-full-'));
function tryMount(): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
  }
}
const whyNot = process.platform === 'linux' ? tryMount() : 'tmpfs is Linux only';
if (whyNot) {
  console.log(`[disk-full] skipped: cannot mount a small tmpfs here (${whyNot})`);
  rmSync(mountPoint, { recursive: true, force: true });
}

/** Fills the file system to the last byte with one file; returns its path. */
function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last few bytes too.
    try {
      for (;;) writeSync(fd, chunk, 0, 1);
    } catch {
      // Full.
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

describe.skipIf(whyNot !== null)('a full disk under the data folder', () => {
  let s: TestServices;
  let auditId: string;
  let filler: string;
  beforeAll(async () => {
    s = testServices({ dataDir: join(mountPoint, 'data') });
    auditId = (await auditFixture(s)).auditId;
    filler = fill(mountPoint);
  });
  afterAll(() => {
    s?.close();
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  const WRITES: [string, () => [string, unknown]][] = [
    ['an answer', () => ['audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 }]],
    ['a note', () => ['audits.note', { auditId, itemId: 'IN-K1', text: 'Loket buka pukul 08.00 '.repeat(100) }]],
    ['settings', () => ['settings.update', { auditorName: 'Maria Goreti Seran', institutionName: 'Ombudsman RI Perwakilan NTT' }]],
    ['evidence', () => ['audits.attachEvidence', { auditId, itemId: 'IN-K2', file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('x'.repeat(200_000)).toString('base64') } }]],
    ['an export', () => ['templates.export', { id: 'ori-2022-2024', version: 1 }]],
  ];

  it.each(WRITES)('%s: refused as "disk full", and nothing changes', async (_what, call) => {
    const [channel, input] = call();
    const before = dataFingerprint(s);
    const error = await s.fail(channel, input);
    expect(error).toMatchObject({ code: 'FILE', message: 'errors.diskFull' });
    expect(dataFingerprint(s)).toBe(before);
  });

  it('once space is freed, every one of them works and the database is intact', async () => {
    rmSync(filler);
    for (const [, call] of WRITES) {
      const [channel, input] = call();
      await s.call(channel as never, input as never);
    }
    expect(s.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await s.call('audits.get', { auditId })).answers['IN-K1']?.[0]).toBe(3);
  });
});
