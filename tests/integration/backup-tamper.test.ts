import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { fingerprint, rezip, seedBackupData } from './support/backup-fixture';

/**
 * A backup that was changed after it was made, damaged in transit or built to attack the reader
 * is refused: inspect lists the problem, restore throws and leaves the data exactly as it was.
 */
let t: TestServices;
let out: string;
let good: string;
let before: ReturnType<typeof fingerprint>;

beforeAll(async () => {
  t = testServices();
  out = mkdtempSync(join(tmpdir(), 'patuh-tamper-'));
  await seedBackupData(t, { photos: 2 });
  t.desktop.queueSavePath(join(out, 'good.patuh-backup'));
  good = (await t.call('backups.createNow', {}))!.path;
  before = fingerprint(t.dataDir);
});
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function refused(file: string, problem: string) {
  t.desktop.queueOpenPaths([file]);
  await t.call('backups.chooseFile', {});
  const report = await t.call('backups.inspect', { path: file });
  expect(report.ok).toBe(false);
  expect(report.problems.map((p) => p.message)).toContain(problem);
  const error = await t.fail('backups.restore', { path: file });
  expect(error).toMatchObject({ code: 'VALIDATION', details: { issues: expect.arrayContaining([expect.objectContaining({ message: problem })]) } });
  expect(fingerprint(t.dataDir)).toEqual(before);
  expect(readdirSync(t.dataDir).filter((n) => n.startsWith('previous-') || n.startsWith('restore-'))).toEqual([]);
  console.log(file, JSON.stringify(report.problems));
  return report;
}

/** The zip's bytes with one byte changed at `offset` (negative: from the end). */
function flipped(name: string, find: (bytes: Buffer) => number): string {
  const bytes = readFileSync(good);
  const at = find(bytes);
  bytes[at] = bytes[at]! ^ 0xff;
  const file = join(out, name);
  writeFileSync(file, bytes);
  return file;
}

describe('backups: tampered and hostile files', () => {
  it('the good backup passes', async () => {
    t.desktop.queueOpenPaths([good]);
    await t.call('backups.chooseFile', {});
    expect((await t.call('backups.inspect', { path: good })).ok).toBe(true);
  });

  it('a flipped byte in an evidence file (stored as is) fails its SHA-256', async () => {
    const file = flipped('photo-byte.patuh-backup', (b) => b.indexOf('foto 1 1') + 3);
    await refused(file, 'backups.problems.hashMismatch');
  });

  it('a flipped byte inside the compressed database is caught', async () => {
    const file = flipped('db-byte.patuh-backup', (b) => b.indexOf('patuh.sqlite') + 400);
    const report = await refused(file, (await inspectMessage(file)) ?? 'backups.problems.hashMismatch');
    expect(report.problems[0]!.path).toBe('patuh.sqlite');
  });

  it('a changed backup.json fails the signature', async () => {
    const file = join(out, 'manifest.patuh-backup');
    await rezip(good, file, (e) => e.set('backup.json', Buffer.from(e.get('backup.json')!.toString('utf8').replace('"audits": 1', '"audits": 7'))));
    await refused(file, 'backups.problems.badSignature');
  });

  it('a truncated file is not a backup', async () => {
    const file = join(out, 'truncated.patuh-backup');
    const bytes = readFileSync(good);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await refused(file, 'backups.problems.notABackup');
  });

  it.each(['../../x', '/etc/x', 'attachments/zz/../../x', 'keys/device-ed25519.pem', 'notes.txt'])('an entry named %s is refused', async (name) => {
    const file = join(out, `name-${readdirSync(out).length}.patuh-backup`);
    await rezip(good, file, (e) => e.set(name, Buffer.from('x')));
    const report = await refused(file, 'backups.problems.badEntryName');
    expect(report.problems[0]!.params).toEqual({ name: name.replace(/^\//, '') === name ? name : expect.any(String) });
  });

  it('an entry left out, or one not in the manifest, is refused', async () => {
    const dropped = join(out, 'dropped.patuh-backup');
    await rezip(good, dropped, (e) => {
      for (const name of e.keys()) if (name.startsWith('attachments/')) return void e.delete(name);
    });
    await refused(dropped, 'backups.problems.missingEntry');
    const extra = join(out, 'extra.patuh-backup');
    await rezip(good, extra, (e) => e.set(`attachments/ab/ab${'0'.repeat(62)}`, Buffer.from('x')));
    await refused(extra, 'backups.problems.unexpectedEntry');
  });

  it('an entry that inflates beyond its declared size (a zip bomb) is stopped', async () => {
    // Same name and same declared sizes, but the data inflates to 64 MB of zeros.
    const bytes = readFileSync(good);
    const target = bytes.indexOf('attachments/');
    const file = join(out, 'bomb.patuh-backup');
    writeFileSync(file, bombed(bytes, target));
    const report = await t.call('backups.inspect', { path: (t.desktop.queueOpenPaths([file]), await t.call('backups.chooseFile', {}))! });
    expect(report.ok).toBe(false);
    expect(fingerprint(t.dataDir)).toEqual(before);
  });
});

async function inspectMessage(file: string): Promise<string | undefined> {
  t.desktop.queueOpenPaths([file]);
  await t.call('backups.chooseFile', {});
  return (await t.call('backups.inspect', { path: file })).problems[0]?.message;
}

/**
 * Replaces the data of the zip entry whose local header name starts at `nameAt` by deflated zeros
 * that inflate far past the sizes its headers still declare (method set to deflate).
 */
function bombed(zip: Buffer, nameAt: number): Buffer {
  const header = nameAt - 30;
  const nameLength = zip.readUInt16LE(header + 26);
  const extraLength = zip.readUInt16LE(header + 28);
  const dataAt = header + 30 + nameLength + extraLength;
  const next = zip.indexOf(Buffer.from([0x50, 0x4b]), dataAt);
  const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
  const out = Buffer.concat([zip.subarray(0, dataAt), bomb.subarray(0, Math.min(bomb.length, next - dataAt)), zip.subarray(dataAt + Math.min(bomb.length, next - dataAt))]);
  out.writeUInt16LE(8, header + 8);
  return out;
}

void existsSync;
