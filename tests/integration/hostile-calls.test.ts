import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { auditFixture, pngBytes } from './support/audit-fixture';
import { dataFingerprint } from './support/laptops';

/** What a buggy or compromised page can send: every refusal named, bounded and without effect. */
let s: TestServices;
beforeEach(() => {
  s = testServices();
});
afterEach(() => s.dispose());

const template = (weight: number) => {
  const t = JSON.parse(readFileSync('tests/fixtures/hostile/template-weight-1e308.json', 'utf8'));
  for (const item of t.groups[0].items) item.weight = weight;
  return JSON.stringify(t);
};

describe('text a page sends', () => {
  it.each([
    ['a lone high surrogate', 'Dinas \ud83d Kupang'],
    ['a lone low surrogate', '\udc00Dinas Kupang'],
  ])('with %s is refused by name, never stored as replacement characters', async (_what, name) => {
    const before = dataFingerprint(s);
    const error = await s.fail('entities.create', { kind: 'pemkot', name });
    expect(error.details?.issues).toEqual([{ path: 'name', message: 'validation.brokenText' }]);
    expect(dataFingerprint(s)).toBe(before);
  });

  it('with a whole emoji (a surrogate pair) is kept exactly', async () => {
    const entity = await s.call('entities.create', { kind: 'pemkot', name: 'Kota Kupang 🌴' });
    expect((await s.call('entities.get', { id: entity.id })).name).toBe('Kota Kupang 🌴');
  });

  it('in a note, a reopen reason and the settings is refused the same way', async () => {
    const { auditId } = await auditFixture(s);
    expect((await s.fail('audits.note', { auditId, itemId: 'IN-K1', text: 'Foto \ud83d' })).details?.issues).toEqual([{ path: 'text', message: 'validation.brokenText' }]);
    expect((await s.fail('audits.void', { auditId, reason: 'Salah \udc00 unit' })).details?.issues).toEqual([{ path: 'reason', message: 'validation.brokenText' }]);
    expect((await s.fail('settings.update', { auditorName: 'Maria \ud800' })).details?.issues).toEqual([{ path: 'auditorName', message: 'validation.brokenText' }]);
  });
});

describe('keys and counts a page sends', () => {
  it('a respondents key named __proto__ is refused, not dropped', async () => {
    const { unit } = await auditFixture(s);
    const raw = JSON.parse(`{"unitId":"${unit.id}","template":{"id":"ori-2022-2024","version":1},"period":{"year":2024},"auditors":[{"name":"Maria"}],"respondents":{"__proto__":{"count":3}}}`);
    const error = await s.fail('audits.create', raw);
    expect(error.details?.issues).toEqual([{ path: 'respondents.__proto__', message: 'validation.reservedKey', params: { key: '__proto__' } }]);
  });

  it('a list of thousands of problems comes back as a hundred, the last saying how many more', async () => {
    const { auditId } = await auditFixture(s);
    const error = await s.fail('audits.answerItem', { auditId, itemId: 'IN-K1', values: Array.from({ length: 100 }, () => 7), extra: Array.from({ length: 5000 }, () => 1) });
    expect(error.details?.issues).toHaveLength(100);
    expect(error.details?.issues?.at(-1)).toEqual({ path: '', message: 'validation.moreProblems', params: { count: 2 } });
  });

  it('an unknown channel name is not echoed in full', async () => {
    const error = await s.fail('x'.repeat(100_000), {});
    expect(String(error.details?.channel).length).toBeLessThanOrEqual(64);
  });

  it('evidence beyond what an audit file can carry is refused, naming the limit', async () => {
    const { auditId } = await auditFixture(s);
    const insertFile = s.ctx.db.prepare("INSERT INTO attachments (sha256, size, mime, created_at) VALUES (?, 1, 'image/png', '2026-01-01')");
    const link = s.ctx.db.prepare("INSERT INTO audit_evidence (id, audit_id, item_id, sha256, name, added_at, added_by, device_id) VALUES (?, ?, 'IN-K1', ?, 'f.png', '2026-01-01', '', '')");
    s.ctx.db.transaction(() => {
      for (let i = 0; i < 1000; i++) {
        const sha = i.toString(16).padStart(64, '0');
        insertFile.run(sha);
        link.run(`e${i}`, auditId, sha);
      }
    })();
    const before = dataFingerprint(s);
    const error = await s.fail('audits.attachEvidence', { auditId, itemId: 'IN-K2', file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('satu lagi').toString('base64') } });
    expect(error.details?.issues).toEqual([{ path: 'file', message: 'validation.tooManyEvidence', params: { max: 1000 } }]);
    expect(dataFingerprint(s)).toBe(before);
  });
});

describe('templates.import', () => {
  it.each([
    [1e308, { path: 'groups.0.items.0.weight', message: 'validation.tooBig', params: { max: 1000 } }],
    [5e-324, { path: 'groups.0.items.0.weight', message: 'validation.tooSmall', params: { min: 0.001 } }],
  ])('refuses item weight %d, naming the bound', async (weight, issue) => {
    const error = await s.fail('templates.import', { json: template(weight) });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual(issue);
  });

  it('says where a file stops being JSON without quoting its bytes', async () => {
    const error = await s.fail('templates.import', { json: '{"id": \u001b[2J }' });
    expect(error.details?.issues).toEqual([{ path: '', message: 'validation.notJson', params: { detail: "Unexpected token '\\u001b'" } }]);
  });
});
