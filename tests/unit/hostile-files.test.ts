import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInMemory } from './support/cli-in-memory';

/**
 * The corpus of hostile files (tests/fixtures/hostile, with the expected message for each) and
 * the ones too big to keep there, built here from the same example. Each must be refused with a
 * short, named message: no stack trace, no flood of lines, no byte of the file echoed raw.
 */
const DIR = 'tests/fixtures/hostile';
interface Expected { command: string[]; exit: number; stderr?: string[]; stdout?: string[] }
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
/** What a terminal would act on: C0/C1 controls other than line breaks, DEL, bidi overrides. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const cli = cliInMemory;

function expectQuiet(r: { err: string; out: string }) {
  expect(r.err).not.toContain('internal error');
  expect(r.err).not.toMatch(RAW_CONTROL);
  expect(r.out).not.toMatch(RAW_CONTROL);
  expect(r.err.split('\n').length).toBeLessThanOrEqual(25);
  for (const line of r.err.split('\n')) expect(line.length).toBeLessThan(300);
}

describe('hostile files in tests/fixtures/hostile', () => {
  it('every file there has an expected message, and every expected message a file', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const r = await cli([...expected.command, file], { [file]: readFileSync(join(DIR, file), 'utf8') });
    expect(r.code, r.err).toBe(expected.exit);
    for (const line of expected.stderr ?? []) expect(r.err).toContain(line);
    for (const line of expected.stdout ?? []) expect(r.out).toContain(line);
    expectQuiet(r);
  });
});

type AuditJson = Record<string, unknown> & { answers: Record<string, unknown> };
const example = JSON.parse(readFileSync('docs/examples/audit-2023-ori-2022-2024.json', 'utf8')) as AuditJson;
const draft = (): AuditJson => ({ ...structuredClone(example), status: 'draft', signOff: null, contentHash: null });

/** Files too big to keep in the repository, each with what it must get. */
const GENERATED: [string, () => unknown, string[]][] = [
  ['150,000 unknown item ids', () => {
    const f = draft();
    for (let i = 0; i < 150_000; i++) f.answers[`X${i}`] = [1];
    return f;
  }, ['not a valid audit file (1 problem)', '$.answers: Too many entries (at most 1000).']],
  ['900 unknown item ids', () => {
    const f = draft();
    for (let i = 0; i < 900; i++) f.answers[`X${i}`] = [1];
    return f;
  }, ['does not fit template ori-2022-2024 v1 (900 problems)', '$.answers.X0: Item "X0" is not in the template.', '… and 881 more.']],
  ['a 1 MB key', () => {
    const f = draft();
    f.answers['K'.repeat(1_000_000)] = [1];
    return f;
  }, ['$.answers["KKKKKKKK', 'Must be a short code']],
  ['a 1 MB unknown field', () => ({ ...draft(), ['F'.repeat(1_000_000)]: 1 }), ['$: Unknown field: FFFF']],
  ['20,000 evidence rows', () => {
    const f = draft();
    f.evidence = Array.from({ length: 20_000 }, (_, i) => ({ itemId: 'IN-K1', sha256: i.toString(16).padStart(64, '0'), fileName: `f${i}.jpg`, mimeType: 'image/jpeg', size: 1 }));
    return f;
  }, ['$.evidence: Too many entries (at most 1000).']],
  ['10,000 auditors', () => ({ ...draft(), auditors: Array.from({ length: 10_000 }, (_, i) => ({ name: `A${i}`, role: i ? 'member' : 'lead' })) }), ['$.auditors: Too many entries (at most 20).']],
];

describe('hostile files too big to keep', () => {
  it.each(GENERATED)('%s', async (_name, build, expected) => {
    const r = await cli(['score', 'big.json'], { 'big.json': JSON.stringify(build()) });
    expect(r.code, r.err).toBe(1);
    for (const line of expected) expect(r.err).toContain(line);
    expectQuiet(r);
    expect(r.ms).toBeLessThan(10_000);
  });
});
