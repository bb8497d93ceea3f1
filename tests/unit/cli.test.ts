import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../../electron/cli/issue-text';
import { cliInMemory } from './support/cli-in-memory';

const cli = cliInMemory;

const example2023 = readFileSync('docs/examples/audit-2023-ori-2022-2024.json', 'utf8');
const example2019 = readFileSync('docs/examples/audit-2019-ori-2016-2021.json', 'utf8');

/** The sealed example as a draft, free to edit (a draft has no content hash to break). */
function draftOf(text: string) {
  return { ...JSON.parse(text), status: 'draft', signOff: null, contentHash: null };
}

describe('patuh (in-process)', () => {
  it('prints usage for --help (exit 0) and for a missing or unknown command (exit 2)', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage: patuh <command>') });
    expect(await cli([])).toMatchObject({ code: 2, err: expect.stringContaining('missing command') });
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect(unknown.err).toContain('templates');
  });

  it.each([['templates'], ['templates', 'list'], ['templates', 'export'], ['templates', 'validate'], ['score']])(
    '"%s … --help" prints that command’s usage',
    async (...argv) => {
      const r = await cli([...argv, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: patuh ${argv.join(' ')}`));
    },
  );

  it('rejects unknown options and missing arguments with usage (exit 2)', async () => {
    for (const argv of [['score', '--bogus'], ['score'], ['templates', 'export'], ['templates', 'nope'], ['score', '--green', '40', 'a.json']]) {
      const r = await cli(argv, { 'a.json': example2023 });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain('Usage: patuh');
    }
  });

  it('lists, exports and re-validates the built-in templates', async () => {
    const list = await cli(['templates', 'list', '--json']);
    expect(JSON.parse(list.out).map((t: { id: string }) => t.id)).toEqual(['ori-opini-2025', 'ori-2022-2024', 'ori-2016-2021']);
    const exported = await cli(['templates', 'export', 'ori-2016-2021', '--out', 't.json']);
    expect(exported.code).toBe(0);
    const validated = await cli(['templates', 'validate', 't.json'], exported.files);
    expect(validated).toMatchObject({ code: 0, out: expect.stringContaining('valid template ori-2016-2021 v1') });
    expect((await cli(['templates', 'export', 'ori-1999'])).code).toBe(1);
  });

  it('warns when a file reuses a built-in id and version with different content', async () => {
    const t = JSON.parse((await cli(['templates', 'export', 'ori-2022-2024'])).out);
    t.groups[0].items[0].weight = 2;
    const r = await cli(['templates', 'validate', 'edited.json'], { 'edited.json': JSON.stringify(t) });
    expect(r.code).toBe(0);
    expect(r.err).toContain('give the edited template a new version');
  });

  it('scores both examples', async () => {
    const a = await cli(['score', 'a.json'], { 'a.json': example2023 });
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out)).toMatchObject({ score: 84.44, zone: 'green', grade: 'B', status: 'final' });
    const b = await cli(['score', 'b.json', '--official-zones'], { 'b.json': example2019 });
    expect(JSON.parse(b.out)).toMatchObject({ score: 58.59, zone: 'yellow', grade: null, zonePolicy: { green: 81, yellow: 51 } });
    const strict = await cli(['score', 'a.json', '--green', '85', '--yellow', '60'], { 'a.json': example2023 });
    expect(JSON.parse(strict.out)).toMatchObject({ zone: 'yellow', grade: 'B' });
  });

  it('says a final file keeps the zone policy it was sealed under, and that the weights are placeholders', async () => {
    const a = JSON.parse((await cli(['score', 'a.json'], { 'a.json': example2023 })).out);
    // Sealed before seals kept their policy: the default (or the options) apply.
    expect(a).toMatchObject({ zonePolicy: { green: 80, yellow: 51 }, placeholderWeights: true });
  });

  it('refuses to score an audit whose every item is N/A: a clear line and exit 3', async () => {
    const file = draftOf(example2023);
    for (const id of Object.keys(file.answers)) file.answers[id] = file.answers[id].map(() => 'na');
    const r = await cli(['score', 'na.json'], { 'na.json': JSON.stringify(file) });
    expect(r.code).toBe(3);
    expect(r.err).toContain('na.json: not scorable: every item is N/A');
    expect(JSON.parse(r.out)).toMatchObject({ scorable: false, score: null, zone: null, grade: null });
  });

  it('warns when the period lies outside the years of the method', async () => {
    const file = draftOf(example2023);
    file.period = { year: 2019 };
    const r = await cli(['score', 'old.json'], { 'old.json': JSON.stringify(file) });
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: the period 2019 lies outside the years of ori-2022-2024 v1 (2022-2024)');
    expect((await cli(['score', 'a.json'], { 'a.json': example2023 })).err).not.toContain('outside the years');
  });

  it('lists every problem of a bad audit file with JSON paths (exit 1)', async () => {
    const bad = JSON.parse(example2023);
    bad.id = 'x';
    bad.answers['IN-K1'] = [9, 3, 3, 3];
    bad.evidence[0].size = -1;
    const r = await cli(['score', 'bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a valid audit file (3 problems)');
    expect(r.err).toContain('$.id: Invalid identifier.');
    expect(r.err).toContain('$.answers["IN-K1"][0]: Is off the item scale.');
    expect(r.err).toContain('$.evidence[0].size: Must be at least');
  });

  it('refuses a sealed audit edited after sealing, and a missing or broken file', async () => {
    const edited = JSON.parse(example2023);
    edited.answers['IN-K5'] = [3, 3, 3, 3];
    const r = await cli(['score', 'e.json'], { 'e.json': JSON.stringify(edited) });
    expect(r.code).toBe(1);
    expect(r.err).toContain('$.contentHash: Does not match the audit content');
    expect(await cli(['score', 'missing.json'])).toMatchObject({ code: 1, err: expect.stringContaining('no such file') });
    expect(await cli(['score', 'x.json'], { 'x.json': '{"formatVersion":' })).toMatchObject({ code: 1, err: expect.stringContaining('not valid JSON') });
  });
});

describe('jsonPath', () => {
  it.each([
    ['', '$'],
    ['groups.0.items.12.id', '$.groups[0].items[12].id'],
    ['answers.PR-06a.1', '$.answers["PR-06a"][1]'],
  ])('%s → %s', (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });
});
