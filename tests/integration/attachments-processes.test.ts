import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { testServices, type TestServices } from './helpers';

/**
 * Two processes storing the same evidence at the same moment (two imports of one package, the
 * app and the CLI). With one temp-file name per target, one writer's rename took the other's
 * temp file away and the other failed with a misleading "folder missing".
 */
const tmp = resolve('tests/.tmp/attachments');
const bundle = join(tmp, 'attachment-writer.mjs');
let s: TestServices;

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'tests/integration/support/attachment-writer.ts', outfile: bundle });
  s = testServices();
}, 60_000);
afterAll(() => s.dispose());

function writer(dir: string, count: number): Promise<{ failures: string[] }> {
  const child = spawn(process.execPath, [bundle, dir, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) => child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`writer exited ${code}`)))));
}

describe('the same attachment written by two processes at once', () => {
  it('succeeds for both and leaves no temp file behind', async () => {
    const results = await Promise.all([writer(s.dataDir, 400), writer(s.dataDir, 400)]);
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    const shards = readdirSync(join(s.dataDir, 'attachments'));
    const left = shards.flatMap((shard) => readdirSync(join(s.dataDir, 'attachments', shard)).filter((n) => n.endsWith('.patuh-tmp')));
    expect(left).toEqual([]);
  }, 60_000);
});
