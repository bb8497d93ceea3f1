import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { auditFixture, pngBytes } from './support/audit-fixture';

/**
 * Nothing half-written stays behind: an export or a stored attachment killed mid-write leaves a
 * temp file, which the next export to that folder (or the next start, in the data folder) removes;
 * a writer's temp file is its own, so a second writer never takes it over.
 */
const live: TestServices[] = [];
afterEach(() => live.splice(0).forEach((s) => s.dispose()));
const fresh = () => {
  const s = testServices();
  live.push(s);
  return s;
};
const DAYS_AGO = (n: number) => new Date(Date.now() - n * 86_400_000);

/** A process that is running (its temp file is work in progress) for as long as the test needs. */
function runningPid(): { pid: number; stop(): void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill() };
}

describe('exports', () => {
  it('the next export to a folder removes what a killed export left there, and only that', async () => {
    const s = fresh();
    const folder = join(s.dataDir, 'exports');
    mkdirSync(folder, { recursive: true });
    const other = runningPid();
    try {
      const old = join(folder, 'laporan.docx.patuh-tmp');
      const dead = join(folder, 'laporan.docx.99999999-0badf00d.patuh-tmp');
      const inProgress = join(folder, `laporan.docx.${other.pid}-12345678.patuh-tmp`);
      const mine = join(folder, 'catatan.txt');
      for (const f of [old, dead, inProgress, mine]) writeFileSync(f, 'partial');
      utimesSync(old, DAYS_AGO(2), DAYS_AGO(2));

      s.desktop.queueSavePath(join(folder, 'ori-2016-2021-v1.json'));
      await s.call('templates.export', { id: 'ori-2016-2021', version: 1 });
      expect(readdirSync(folder).sort()).toEqual(['catatan.txt', 'laporan.docx.' + `${other.pid}-12345678.patuh-tmp`, 'ori-2016-2021-v1.json'].sort());
    } finally {
      other.stop();
    }
  });

  it('never takes over another writer’s temp file', async () => {
    const s = fresh();
    const target = join(s.dataDir, 'exports', 'template.json');
    mkdirSync(join(s.dataDir, 'exports'), { recursive: true });
    // An older Patuh writing the same report right now, under the one name all writers used to share.
    writeFileSync(`${target}.patuh-tmp`, 'another writer, half-way');
    s.desktop.queueSavePath(target);
    await s.call('templates.export', { id: 'ori-2016-2021', version: 1 });
    expect(readFileSync(`${target}.patuh-tmp`, 'utf8')).toBe('another writer, half-way');
    expect(JSON.parse(readFileSync(target, 'utf8')).id).toBe('ori-2016-2021');
  });
});

describe('the data folder at start', () => {
  it('is cleared of temp files that killed writes left in it and in the evidence store', async () => {
    const first = fresh();
    const { auditId } = await auditFixture(first);
    const stored = await first.call('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('loket').toString('base64') } });
    const shard = join(first.dataDir, 'attachments', stored.sha256.slice(0, 2));
    const leftovers = [
      join(shard, `${stored.sha256}.patuh-tmp`),
      join(shard, `${'e'.repeat(64)}.99999999-0badf00d.patuh-tmp`),
      join(first.dataDir, 'patuh-audit.json.99999999-0badf00d.patuh-tmp'),
    ];
    for (const f of leftovers) writeFileSync(f, 'partial');
    utimesSync(leftovers[0]!, DAYS_AGO(3), DAYS_AGO(3));
    first.close();

    testServices({ dataDir: first.dataDir }).close();
    expect(leftovers.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(join(shard, stored.sha256))).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('modes of what the data folder holds', () => {
  it('files are 0600 and folders 0700, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const s = testServices({ dataDir: join(mkdtempSync(join(tmpdir(), 'patuh-modes-')), 'Patuh') });
      live.push(s);
      const { auditId } = await auditFixture(s);
      const stored = await s.call('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('mode').toString('base64') } });
      await s.call('settings.update', { auditorName: 'Maria' });
      const mode = (p: string) => (statSync(join(s.dataDir, p)).mode & 0o777).toString(8);
      const shard = join('attachments', stored.sha256.slice(0, 2));
      expect({
        folder: (statSync(s.dataDir).mode & 0o777).toString(8),
        database: mode('patuh.sqlite'), wal: mode('patuh.sqlite-wal'), shm: mode('patuh.sqlite-shm'),
        attachments: mode('attachments'), shard: mode(shard), evidence: mode(join(shard, stored.sha256)),
        settings: mode('settings.json'), keys: mode('keys'),
      }).toEqual({ folder: '700', database: '600', wal: '600', shm: '600', attachments: '700', shard: '700', evidence: '600', settings: '600', keys: '700' });
    } finally {
      process.umask(previous);
    }
  });
});
