import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { MIGRATIONS } from '../../electron/db/migrations';
import { testServices, type TestServices } from './helpers';
import { fingerprint, seedBackupData } from './support/backup-fixture';

/** `patuh backup create | verify | restore`, the real bundled CLI in a child process. */
const tmp = resolve('tests/.tmp/backup-cli');
const bundle = join(tmp, 'patuh.mjs');
const patuh = (...args: string[]) => spawnSync(process.execPath, [bundle, 'backup', ...args], { encoding: 'utf8' });

let app: TestServices;
let out: string;
let backedUp: ReturnType<typeof fingerprint>;

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'electron/cli/patuh.ts', outfile: bundle, shebang: true });
  app = testServices();
  await seedBackupData(app, { photos: 2 });
  backedUp = fingerprint(app.dataDir);
  out = mkdtempSync(join(tmpdir(), 'patuh-cli-bk-'));
}, 60_000);
afterAll(() => {
  app.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('patuh backup', () => {
  it('prints help for the group and each command, and exits 2 on a wrong command line', () => {
    for (const args of [['--help'], ['create', '--help'], ['verify', '-h'], ['restore', '--help']]) {
      const r = patuh(...args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^Usage: patuh backup/);
    }
    expect(patuh('create', '--data', app.dataDir)).toMatchObject({ status: 2, stderr: expect.stringContaining('missing --out FILE') });
    expect(patuh('verify')).toMatchObject({ status: 2, stderr: expect.stringContaining('missing FILE') });
    expect(patuh('frob')).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown backup command: frob') });
  });

  it('backs up a folder the app has open, verifies the file, and restores it once the app is closed', () => {
    const file = join(out, 'kupang.patuh-backup');
    const created = patuh('create', '--data', app.dataDir, '--out', file);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('read back and verified');
    expect(readdirSync(out)).toEqual(['kupang.patuh-backup']);

    const verified = patuh('verify', file);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/good backup, .* kB; made .* \(manual\) by .*; entities 1, audits 1, findings 1, attachments 2; schema (\d+) of \1/);
    expect(verified.stdout).toContain(`schema ${MIGRATIONS.length} of ${MIGRATIONS.length}`);
    const json = JSON.parse(patuh('verify', file, '--json').stdout) as { ok: boolean; backup: { counts: { audits: number } } };
    expect(json).toMatchObject({ ok: true, backup: { counts: { audits: 1 } } });

    const refused = patuh('restore', file, '--data', app.dataDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the Patuh app has this data folder open; close the app');

    const fresh = mkdtempSync(join(tmpdir(), 'patuh-cli-new-'));
    try {
      const restored = patuh('restore', file, '--data', fresh);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(restored.stdout.split('\n').slice(0, 3)).toEqual([`Checking ${file}...`, 'Backing up the current data...', 'Switching to the restored data...']);
      expect(fingerprint(fresh)).toEqual(backedUp);
      expect(existsSync(join(fresh, 'keys'))).toBe(true);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('exits 1 and lists every problem for a damaged backup, and restores nothing', () => {
    const file = join(out, 'good.patuh-backup');
    expect(patuh('create', '--data', app.dataDir, '--out', file).status).toBe(0);
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('foto 1 1') + 2]! ^= 0xff;
    const damaged = join(out, 'damaged.patuh-backup');
    writeFileSync(damaged, bytes);
    const r = patuh('verify', damaged);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not restorable (1 problem)');
    expect(r.stderr).toMatch(/An entry's content has changed \(SHA-256 does not match\): attachments\/[0-9a-f]{2}\/[0-9a-f]{64}/);

    const target = mkdtempSync(join(tmpdir(), 'patuh-cli-dmg-'));
    try {
      const restored = patuh('restore', damaged, '--data', target);
      expect(restored.status).toBe(1);
      expect(restored.stderr).toContain('This backup cannot be restored; your data was not changed.');
      expect(readdirSync(target).sort()).toEqual(['keys']);
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
    expect(patuh('verify', join(out, 'nope.patuh-backup'))).toMatchObject({ status: 1, stderr: expect.stringContaining('The file was not found.') });
  });
});
