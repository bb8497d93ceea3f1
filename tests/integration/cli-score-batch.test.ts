import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

// `patuh score` over many files and folders, as a coordinator checks a city's exports at once:
// the real bundled CLI in a child process on real files.
const tmp = resolve('tests/.tmp/cli-score-batch');
const bundle = join(tmp, 'patuh.mjs');
const folder = join(tmp, 'kota');

beforeAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(folder, '2019'), { recursive: true });
  await bundleForNode({ entry: 'electron/cli/patuh.ts', outfile: bundle, shebang: true });
  copyFileSync('docs/examples/audit-2023-ori-2022-2024.json', join(folder, 'dukcapil-2023.json'));
  copyFileSync('docs/examples/audit-2019-ori-2016-2021.json', join(folder, '2019', 'rsud-2019.json'));
  writeFileSync(join(folder, 'rusak.json'), '{"formatVersion": 2');
  writeFileSync(join(folder, 'catatan.txt'), 'not an audit');
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const patuh = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd: resolve('.') });

describe('patuh score with many files', () => {
  it('prints one JSON line per file of a folder (recursively, .json only), a refused file as its error, and exits 1', () => {
    const r = patuh('score', folder, '--json');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; score?: number; zone?: string; error?: string });
    expect(lines.map((l) => l.file)).toEqual([join(folder, '2019', 'rsud-2019.json'), join(folder, 'dukcapil-2023.json'), join(folder, 'rusak.json')]);
    expect(lines[1]).toMatchObject({ score: 84.44, zone: 'green', grade: 'B' });
    expect(lines[0]!.score).toEqual(expect.any(Number));
    expect(lines[2]!.error).toContain('rusak.json');
    // Warnings name their file, as several files share stderr.
    for (const line of r.stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/\.json: /);
  });

  it('prints a table for several files, and exits 0 when every one is scored', () => {
    const r = patuh('score', join(folder, 'dukcapil-2023.json'), join(folder, '2019', 'rsud-2019.json'));
    expect(r.status).toBe(0);
    const [header, rule, first, second] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^file\s+unit\s+year\s+score\s+zone\s+grade\s+status$/);
    expect(rule).toMatch(/^-+ +-+/);
    expect(first).toContain('84.44');
    expect(first).toContain('green');
    expect(second).toContain('2019');
  });

  it('keeps the one-file output as it was: the full result, pretty-printed', () => {
    const r = patuh('score', join(folder, 'dukcapil-2023.json'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 84.44, groups: expect.any(Array) });
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
  });
});
