import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runCli } from '../../electron/cli/run';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { answersFor } from '../support/opini-answers';
import { solidPng } from '../support/photo';
import { PUBLISHED_2025 } from '../support/published-2025';
import { testServices, type TestServices } from './helpers';

/**
 * The 2025 method through the services and `patuh score`: every published 2025 pair
 * (opini-2025.md) from an audit whose answers give that score; survey bounds; proof of service
 * per respondent, kept in the trail and frozen by the seal.
 */
const opini = findBuiltinTemplate('ori-opini-2025')!;
const REF = { id: opini.id, version: opini.version };
let t: TestServices;
let unitId: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-opini-'));

async function patuh(...argv: string[]) {
  const lines: string[] = [];
  const io: CliIo = { out: (s) => lines.push(s), err: (s) => lines.push(s), readFile: (p) => readFileSync(p, 'utf8'), writeFile: () => {} };
  return { code: await runCli(argv, io), out: lines.join('\n') };
}

async function newUnit(name: string): Promise<string> {
  const entity = await t.call('entities.create', { kind: 'pemprov', name: `Pemerintah ${name}` });
  return (await t.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } })).id;
}
const create = (unit: string, year = 2025, respondents = {}) =>
  t.call('audits.create', { unitId: unit, template: REF, period: { year }, auditors: [{ name: 'Yohana Bria' }], respondents });

beforeAll(async () => {
  t = testServices();
  unitId = await newUnit('Provinsi Nusa Tenggara Timur');
});
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('published 2025 pairs through the services and patuh score', () => {
  it.each(PUBLISHED_2025)('%s: %d reads %s', async (who, published, label, quality) => {
    const { audit } = await create(await newUnit(who));
    for (const [itemId, values] of Object.entries(answersFor(opini, published).answers)) {
      await t.call('audits.answerItem', { auditId: audit.id, itemId, values: [...(values ?? [])] });
    }
    const { score } = await t.call('audits.get', { auditId: audit.id });
    expect(score.unit.score).toBe(published);
    expect(score.unit.opinion?.label.id).toBe(label);
    if (quality) expect(score.unit.opinion?.quality.id).toBe(quality);

    const file = join(out, `${audit.id}.json`);
    t.desktop.queueSavePath(file);
    await t.call('audits.export', { auditId: audit.id });
    const r = await patuh('score', file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      score: published, opinion: { label, bandsInferred: true }, placeholderWeights: true,
      blocks: [{ id: 'DIM', weight: 70, splitPlaceholder: true }, { id: 'PUB', weight: 30, splitPlaceholder: false }],
    });
  }, 60_000);
});

describe('the public-trust survey', () => {
  it('starts with 30 users and takes 30 to 100, nothing else', async () => {
    const { audit } = await create(unitId);
    expect(audit.respondents.KP?.count).toBe(30);
    expect(await t.fail('audits.setRespondents', { auditId: audit.id, groupId: 'KP', count: 29, labels: [] })).toMatchObject({
      code: 'VALIDATION', details: { issues: [{ path: 'count', message: 'validation.surveyCount', params: { min: 30, max: 100 } }] },
    });
    expect((await t.call('audits.setRespondents', { auditId: audit.id, groupId: 'KP', count: 100, labels: [] })).audit.respondents.KP?.count).toBe(100);
    const refused = await t.fail('audits.create', { unitId, template: REF, period: { year: 2025, label: 'S2' }, auditors: [{ name: 'Yohana Bria' }], respondents: { KP: { count: 10, labels: [] } } });
    expect(refused).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'respondents.KP.count', message: 'validation.surveyCount' }] } });
  });

  it('keeps each respondent’s proof (number and photo) in the trail, and refuses changes once sealed', async () => {
    const { audit } = await create(unitId, 2026);
    const auditId = audit.id;
    const photo = { name: 'ktp-el-resp-3.png', mime: 'image/png' as const, base64: solidPng(8, 8, [40, 90, 160]).toString('base64') };
    expect(await t.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-0123-4567' })).toMatchObject({ documentNo: '5371-0123-4567', photo: null });
    expect(await t.call('audits.attachProof', { auditId, groupId: 'KP', slot: 2, file: photo })).toMatchObject({ documentNo: '', photo: { name: 'ktp-el-resp-3.png', mime: 'image/png' } });
    expect((await t.call('audits.proofs', { auditId })).map((p) => [p.slot, p.documentNo, p.photo?.name ?? null])).toEqual([[0, '5371-0123-4567', null], [2, '', 'ktp-el-resp-3.png']]);
    expect(await t.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '' })).toBeNull();
    const trail = (await t.call('audits.trail', { auditId })).filter((e) => e.action === 'proof');
    expect(trail.map((e) => [e.slot, e.oldValue, e.newValue])).toEqual([[0, null, '5371-0123-4567'], [2, null, 'ktp-el-resp-3.png'], [0, '5371-0123-4567', null]]);

    expect(await t.fail('audits.setProof', { auditId, groupId: 'IN', slot: 0, documentNo: 'x' })).toMatchObject({ details: { issues: [{ message: 'validation.noProofAsked' }] } });
    expect(await t.fail('audits.setProof', { auditId, groupId: 'KP', slot: 30, documentNo: 'x' })).toMatchObject({ details: { issues: [{ message: 'validation.slotOutOfRange' }] } });

    for (const [itemId, values] of Object.entries(answersFor(opini, 80.21).answers)) await t.call('audits.answerItem', { auditId, itemId, values: [...(values ?? [])] });
    await t.call('audits.seal', { auditId, signOff: { auditorName: 'Yohana Bria', agencyRepresentative: 'Kepala Dinas', date: '2026-03-02' } });
    expect(await t.fail('audits.setProof', { auditId, groupId: 'KP', slot: 1, documentNo: '123' })).toMatchObject({ code: 'READ_ONLY', message: 'errors.auditSealed' });
    // The database refuses too, not only the service.
    expect(() => t.ctx.db.prepare("UPDATE audit_respondent_proofs SET document_no = 'y' WHERE audit_id = ?").run(auditId)).toThrow(/audit is sealed/);
  });
});

describe('patuh templates validate', () => {
  it('accepts the 2025 template and names every block problem of an edited copy', async () => {
    expect((await patuh('templates', 'validate', 'resources/templates/ori-opini-2025.json')).code).toBe(0);
    const bad = JSON.parse(readFileSync('resources/templates/ori-opini-2025.json', 'utf8')) as { blocks: { weight: number; groups: string[] }[] };
    bad.blocks[0]!.groups = ['IN', 'PR', 'OU'];
    const file = join(out, 'bad-blocks.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await patuh('templates', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('$.blocks[0].weight: The groups of block DIM weigh 54.92 together, not 70 (±0.01).');
    expect(r.out).toContain('$.blocks: Group PD is in no block: with blocks, every group belongs to one.');
  });
});
