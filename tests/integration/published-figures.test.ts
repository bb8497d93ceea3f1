import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo, type CliIo } from '../../electron/cli/cli-io';
import { runCli } from '../../electron/cli/run';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { answersJustBelow, PUBLISHED_COUNTS } from '../support/published-answers';
import { testServices, type TestServices } from './helpers';

/**
 * Published entity figures through the services and the CLI, from sealed audits whose unrounded
 * unit scores give the published (rounded) unit scores: Kota Kupang 2022 (79.12, B; the mean of
 * its rounded unit scores is 79.1257) and Maluku Tenggara 2023 (60.80, C). opini-2025.md and
 * ombudsman-methodology.md §2.3.
 */

const revised = findBuiltinTemplate('ori-2022-2024')!;
const SIGN_OFF = { auditorName: 'Maria Goreti Seran', agencyRepresentative: 'Sekretaris Daerah', date: '2024-02-20' };
let t: TestServices;
const out = mkdtempSync(join(tmpdir(), 'patuh-published-'));

async function seedEntity(name: string, year: number, units: [string, number][]): Promise<string> {
  const entity = await t.call('entities.create', { kind: name.startsWith('Pemerintah Kota') ? 'pemkot' : 'pemkab', name });
  for (const [unitName, published] of units) {
    const unit = await t.call('units.create', { entityId: entity.id, fields: { name: unitName } });
    const respondents = Object.fromEntries(Object.entries(PUBLISHED_COUNTS).map(([g, count]) => [g, { count, labels: [] }]));
    const { audit } = await t.call('audits.create', { unitId: unit.id, template: { id: revised.id, version: revised.version }, period: { year }, auditors: [{ name: 'Maria Goreti Seran' }], respondents });
    const { answers } = answersJustBelow(revised, published);
    for (const [itemId, values] of Object.entries(answers)) await t.call('audits.answerItem', { auditId: audit.id, itemId, values: [...(values ?? [])] });
    await t.call('audits.seal', { auditId: audit.id, signOff: SIGN_OFF });
  }
  return entity.id;
}

async function patuh(...argv: string[]) {
  const lines: string[] = [];
  const io: CliIo = { ...nodeIo(), out: (s) => lines.push(s), err: () => undefined };
  return { code: await runCli(argv, io), out: lines.join('\n') };
}

beforeAll(() => {
  t = testServices();
});
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('published entity figures, from sealed audits', () => {
  it('Kota Kupang 2022: 79.12, grade B, in the overview and in patuh report entity', async () => {
    const units: [string, number][] = [
      ['Puskesmas Oebobo', 88.03], ['Dinas Dukcapil', 86.15], ['Puskesmas Oepoi', 82.4], ['Dinas Sosial', 81.38],
      ['DPMPTSP', 80.43], ['Dinas Kesehatan', 75.05], ['Dinas Pendidikan', 60.44],
    ];
    const entityId = await seedEntity('Pemerintah Kota Kupang', 2022, units);
    const o = await t.call('reports.entityOverview', { entityId, year: 2022 });
    expect(o.units.map((u) => [u.unitName, u.score])).toEqual(units);
    expect(o.units.map((u) => u.grade)).toEqual(['A', 'B', 'B', 'B', 'B', 'C', 'C']);
    expect(o.score).toBe(79.12);
    expect(o.band).toMatchObject({ grade: 'B', zone: 'green' });

    const r = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2022', '--out', join(out, 'kupang.docx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('score 79.12');
  }, 120_000);

  it('Maluku Tenggara 2023: still 60.80, grade C', async () => {
    const scores = [49.85, 52.86, 55.09, 59.85, 62.06, 71.08, 74.82];
    const entityId = await seedEntity('Pemerintah Kabupaten Maluku Tenggara', 2023, scores.map((s, i) => [`Unit ${i + 1}`, s]));
    const o = await t.call('reports.entityOverview', { entityId, year: 2023 });
    expect(o.units.map((u) => u.score).sort((a, b) => a - b)).toEqual(scores);
    expect(o.score).toBe(60.8);
    expect(o.band).toMatchObject({ grade: 'C', zone: 'yellow' });
  }, 120_000);
});
