import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnDisk } from './support/cli-on-disk';
import type { EntityOverview } from '../../shared/domain/reports';
import { testServices, type TestServices } from './helpers';
import { seedEntity } from './support/report-fixture';

/** `patuh report entity --xlsx` and `patuh templates validate|import` with workbooks, in-process on real files. */

const SAMPLE = 'docs/examples/template-sample.xlsx';
let t: TestServices;
let overview: EntityOverview;
const out = mkdtempSync(join(tmpdir(), 'patuh-excel-cli-'));

async function patuh(...argv: string[]) {
  const { code, out, err } = await cliOnDisk(argv);
  return { code, out, err };
}

beforeAll(async () => {
  t = testServices();
  const { entity } = await seedEntity(t, { units: 3 });
  overview = await t.call('reports.entityOverview', { entityId: entity.id, year: 2023 });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('patuh report entity --xlsx', () => {
  it('writes the results workbook the app exports, in the language asked for', async () => {
    const xlsx = join(out, 'kupang.xlsx');
    const r = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2023', '--out', xlsx, '--xlsx', '--lang', 'en');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Wrote ${xlsx}: results of Pemerintah Kota Kupang 2023, 3 units, score ${overview.score} (${overview.zone})`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Institution', 'Units', 'Dimensions', 'Items by respondent']);
    expect(wb.getWorksheet('Units')!.getRow(2).getCell(3).value).toBe(overview.units[0]!.score);
  });

  it('refuses an output name that promises the other format', async () => {
    const r = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2023', '--out', join(out, 'x.docx'), '--xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out must end in .xlsx with --xlsx');
  });
});

describe('patuh templates with a workbook', () => {
  it('validates the sample, and lists a bad workbook’s problems by sheet, row and column', async () => {
    const ok = await patuh('templates', 'validate', SAMPLE);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/^docs\/examples\/template-sample\.xlsx: valid template contoh-standar-pelayanan v1, 3 groups, 7 items, sha256 [0-9a-f]{64}$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('Butir')!.getCell('F3').value = 'dua';
    wb.getWorksheet('Kelompok')!.getCell('D2').value = 45;
    const bad = join(out, 'bad.xlsx');
    writeFileSync(bad, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
    const r = await patuh('templates', 'validate', bad);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      `patuh templates: ${bad}: not a valid template workbook (2 problems)`,
      '  Sheet Kelompok, column Bobot: Group weights sum to 105, not 100 (±0.01).',
      '  Sheet Butir, row 3, column Bobot: Must be a number, not "dua".',
    ]);
  });

  it('imports a workbook into a data folder once, and a bad one not at all', async () => {
    const before = (await t.call('templates.list', {})).length;
    const bad = join(out, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'just text');
    const refused = await patuh('templates', 'import', bad, '--data', t.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${bad}: This file is not an Excel workbook (.xlsx) that can be read.`);
    expect(await t.call('templates.list', {})).toHaveLength(before);

    const first = await patuh('templates', 'import', SAMPLE, '--data', t.dataDir);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toMatch(/: added template contoh-standar-pelayanan v1, 3 groups, 7 items, sha256 /);
    expect((await patuh('templates', 'import', SAMPLE, '--data', t.dataDir)).out).toContain('already there, unchanged');
    expect(await t.call('templates.list', {})).toHaveLength(before + 1);
  });
});
