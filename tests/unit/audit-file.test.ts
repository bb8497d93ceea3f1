import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditContentHash } from '../../shared/audit-file/content-hash';
import { auditFileIssues, parseAuditFile, unitAnswersOf } from '../../shared/audit-file/parse';
import type { AuditFile } from '../../shared/audit-file/schema';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { scoreUnit } from '../../shared/scoring/score-unit';
import { setPath } from './support/set-path';

const read = (name: string): unknown => JSON.parse(readFileSync(`docs/examples/${name}`, 'utf8'));
const valid = (raw: unknown): AuditFile => {
  const r = parseAuditFile(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;

describe('example audit files', () => {
  it('2023 Kota Kupang Dukcapil (2022-2024 method) is valid, sealed, and scores 84.44 B green', () => {
    const file = valid(read('audit-2023-ori-2022-2024.json'));
    expect(auditFileIssues(file, revised)).toEqual([]);
    expect(file.contentHash).toBe(auditContentHash(file));
    const r = scoreUnit(revised, unitAnswersOf(file));
    expect([r.score, r.band?.grade, r.zone]).toEqual([84.44, 'B', 'green']);
    expect(r.progress.percent).toBe(100);
  });

  it('2019 Kota Kupang Dukcapil (classic method) is a valid draft, 58.59 yellow', () => {
    const file = valid(read('audit-2019-ori-2016-2021.json'));
    expect(auditFileIssues(file, classic)).toEqual([]);
    expect(file).toMatchObject({ status: 'draft', contentHash: null, signOff: null });
    const r = scoreUnit(classic, unitAnswersOf(file));
    expect([r.score, r.band?.zone]).toEqual([58.59, 'yellow']);
    expect(r.progress.percent).toBeLessThan(100);
  });
});

describe('parseAuditFile', () => {
  const good = read('audit-2023-ori-2022-2024.json');

  it('lists every problem of a bad file with its path', () => {
    const bad = structuredClone(good);
    const set = (path: string, value: unknown) => setPath(bad, path, value);
    set('formatVersion', 2);
    set('id', 'not-a-uuid');
    set('entity.kind', 'desa');
    set('answers.IN-K1', [4, 'x', null]);
    set('evidence.0.sha256', 'ABC');
    set('period.end', '2023-08-01'); // before start
    set('signOff', null); // final without sign-off
    set('respondents.PR.labels', ['a', 'b', 'c']); // 3 labels, 2 products
    const r = parseAuditFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path} ${i.message}`).sort()).toEqual(
      [
        'formatVersion validation.formatVersion',
        'id validation.invalidId',
        'entity.kind validation.invalidOption',
        'answers.IN-K1.0 validation.outOfScale',
        'answers.IN-K1.1 validation.invalidAnswer',
        'evidence.0.sha256 validation.sha256',
        'period.end validation.dateOrder',
        'signOff validation.finalNeedsSignOff',
        'respondents.PR.labels validation.tooManyLabels',
      ].sort(),
    );
  });

  it('rejects a draft that carries a hash and a final one without', () => {
    const draft = structuredClone(good);
    setPath(draft, 'status', 'draft');
    const final = structuredClone(good);
    setPath(final, 'contentHash', null);
    expect(parseAuditFile(draft).ok).toBe(false);
    expect(parseAuditFile(final).ok).toBe(false);
  });
});

describe('auditFileIssues against the template', () => {
  const file = valid(read('audit-2023-ori-2022-2024.json'));

  it('catches an edited sealed audit through its content hash', () => {
    const edited = structuredClone(file);
    edited.answers['IN-K5'] = [3, 3, 3, 3];
    expect(auditFileIssues(edited, revised).map((i) => i.path)).toEqual(['contentHash']);
  });

  it('ignores export metadata in the content hash', () => {
    const again = { ...structuredClone(file), exportedAt: '2024-01-02T03:04:05Z', generator: 'Patuh 9.9.9' };
    expect(auditContentHash(again)).toBe(file.contentHash);
  });

  it('reports the wrong template, an edited template, bad answers and unknown items', () => {
    const edited = structuredClone(revised);
    edited.groups[0]!.items[0]!.weight = 2;
    expect(auditFileIssues(file, edited).map((i) => i.path)).toEqual(['template.checksum']);
    expect(auditFileIssues(file, classic).map((i) => i.path)).toContain('template.id');

    const bad = structuredClone(file);
    bad.status = 'draft';
    bad.contentHash = null;
    bad.answers['PR-01'] = [3, 3, 3]; // third product, only two observed
    bad.answers['XX-1'] = [1];
    bad.notes['XX-2'] = 'catatan';
    bad.evidence[0]!.itemId = 'XX-3';
    delete bad.respondents.OU;
    expect(auditFileIssues(bad, revised).map((i) => `${i.path} ${i.message}`)).toEqual([
      'respondents.OU validation.required',
      'answers.PR-01.2 validation.slotOutOfRange',
      'answers.XX-1 validation.unknownItem',
      'notes.XX-2 validation.unknownItem',
      'evidence.0.itemId validation.unknownItem',
    ]);
  });

  it('flags values off a yes/no scale', () => {
    const file2019 = valid(read('audit-2019-ori-2016-2021.json'));
    file2019.answers['SP-01'] = [2, 1, 1];
    expect(auditFileIssues(file2019, classic).map((i) => i.message)).toEqual(['validation.outOfScale']);
  });
});
