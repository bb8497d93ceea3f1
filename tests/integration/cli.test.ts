import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

/**
 * The real bundled CLI in a child process. Only the CLI entry is bundled here, with the options
 * electron/build/bundle.mjs uses for it, so this test does not depend on the rest of the app
 * building. Output goes to tests/.tmp (ignored by git).
 */
const tmp = resolve('tests/.tmp/cli');
const bundle = join(tmp, 'patuh.mjs');

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'electron/cli/patuh.ts', outfile: bundle, shebang: true });
}, 60_000);

const patuh = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd: resolve('.') });

describe('bundled patuh CLI', () => {
  it('scores the 2023 example: exit 0, JSON on stdout', () => {
    const r = patuh('score', 'docs/examples/audit-2023-ori-2022-2024.json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ score: 84.44, zone: 'green', grade: 'B', template: { id: 'ori-2022-2024', version: 1 } });
    expect(out.groups.map((g: { id: string; points: number }) => [g.id, g.points])).toEqual([
      ['IN', 16.02],
      ['PR', 29.67],
      ['OU', 22.79],
      ['PD', 15.96],
    ]);
    // The example is a sealed file of format 1, whose bare hash anyone could recompute.
    expect(out.seal).toEqual({ status: 'unsigned', device: null });
    expect(r.stderr).toMatch(/^warning: this final audit is in format 1: .*cannot be verified/);
  });

  it('exits 2 with usage on an unknown command', () => {
    const r = patuh('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('Usage: patuh <command>');
    expect(r.stdout).toBe('');
  });

  it('exits 1 on a bad template and lists every problem with its JSON path', () => {
    const template = JSON.parse(patuh('templates', 'export', 'ori-2022-2024').stdout);
    template.groups[0].weight = 20;
    template.bands[3].max = 50;
    template.groups[1].items[1].id = template.groups[1].items[0].id;
    const file = join(tmp, 'bad-template.json');
    writeFileSync(file, JSON.stringify(template));
    const r = patuh('templates', 'validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a valid template (3 problems)');
    expect(r.stderr).toContain('$.groups: Group weights sum to 98.15, not 100');
    expect(r.stderr).toContain('$.bands[2].min: Leaves scores 50.01 to 53.99 in no band');
    expect(r.stderr).toContain('$.groups[1].items[1].id: Repeats the id "PR-01"');
  });

  it('exports a template that validates and prints --help with exit 0', () => {
    const out = join(tmp, 'classic.json');
    expect(patuh('templates', 'export', 'ori-2016-2021', '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('ori-2016-2021');
    expect(patuh('templates', 'validate', out).status).toBe(0);
    const help = patuh('score', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: patuh score FILE');
  });
});
