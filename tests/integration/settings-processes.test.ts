import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { confSettings } from '../../electron/settings/conf-settings';

/** Two processes (the app and `patuh`, or two app starts) changing settings on one data folder. */
const tmp = resolve('tests/.tmp/settings');
const bundle = join(tmp, 'settings-writer.mjs');
const dirs: string[] = [];

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'tests/integration/support/settings-writer.ts', outfile: bundle });
}, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writer(dir: string, key: string, count: number): Promise<{ key: string; last: number; lost: number }> {
  const child = spawn(process.execPath, [bundle, dir, key, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) => child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`writer exited ${code}`)))));
}

describe('settings written by two processes at once', () => {
  it('loses no update: each write re-reads the file under a lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'patuh-settings-'));
    dirs.push(dir);
    const results = await Promise.all([writer(dir, 'dueSoonDays', 300), writer(dir, 'backupWarnDays', 300)]);
    expect(results.map((r) => r.lost)).toEqual([0, 0]);
    const final = confSettings(dir).get();
    for (const r of results) expect(final[r.key as 'dueSoonDays']).toBe(r.last);
  }, 60_000);
});
