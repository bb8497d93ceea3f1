import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
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

/** `problem`: the i18n key expected among the problems (or one of several, where the reader may notice either first). */
async function refused(file: string, problem: string | string[]) {
  const expected = [problem].flat();
  t.desktop.queueOpenPaths([file]);
  await t.call('backups.chooseFile', {});
  const report = await t.call('backups.inspect', { path: file });
  expect(report.ok).toBe(false);
  expect(report.problems.some((p) => expected.includes(p.message)), JSON.stringify(report.problems)).toBe(true);
  const error = await t.fail('backups.restore', { path: file });
  expect(error).toMatchObject({ code: 'VALIDATION', message: 'backups.errors.invalid', details: { issues: report.problems } });
  expect(fingerprint(t.dataDir)).toEqual(before);
  expect(readdirSync(t.dataDir).filter((n) => n.startsWith('previous-') || n.startsWith('restore-'))).toEqual([]);
  return report;
}

/** The good backup with the byte at `find(bytes)` inverted. */
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
    // Deflate usually notices first; if it does not, the SHA-256 does.
    const report = await refused(file, ['backups.problems.entryUnreadable', 'backups.problems.hashMismatch']);
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
    expect(report.problems).toEqual([{ path: name, message: 'backups.problems.badEntryName', params: { name } }]);
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

  it('an entry that inflates beyond its declared size (a zip bomb) is stopped at that size', async () => {
    // A well-formed, signed backup whose one evidence entry declares 10 bytes and inflates to 64 MB.
    const file = join(out, 'bomb.patuh-backup');
    await writeBomb(file);
    const report = await refused(file, ['backups.problems.entryUnreadable', 'backups.problems.tooLarge']);
    expect(report.problems).toHaveLength(1);
  });
});

async function writeBomb(file: string): Promise<void> {
  const source = await JSZip.loadAsync(readFileSync(good));
  const manifest = JSON.parse(await source.file('backup.json')!.async('string')) as { entries: { name: string; sha256: string; size: number }[] };
  const name = `attachments/00/00${'0'.repeat(62)}`;
  manifest.entries = manifest.entries.filter((e) => !e.name.startsWith('attachments/'));
  manifest.entries.push({ name, sha256: '0'.repeat(64), size: 10 });
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const zip = new ZipFile();
  zip.addBuffer(await source.file('patuh.sqlite')!.async('nodebuffer'), 'patuh.sqlite');
  zip.addBuffer(Buffer.alloc(64 * 1024 * 1024), name);
  zip.addBuffer(manifestBytes, 'backup.json');
  zip.addBuffer(Buffer.from(t.ctx.device.sign(manifestBytes)), 'backup.sig');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  // Lie about the size in the central directory record (where readers take it from).
  const central = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), bytes.lastIndexOf(name));
  bytes.writeUInt32LE(10, central + 24);
  writeFileSync(file, bytes);
}
