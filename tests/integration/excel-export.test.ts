import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityOverview } from '../../shared/domain/reports';
import { sheetsAsShown } from '../support/calc';
import { officeMissing } from '../support/office';
import { findingAt, raise, seedRegistry } from './findings-fixtures';
import { testServices, type TestServices } from './helpers';
import { seedEntity } from './support/report-fixture';

/**
 * Results and the findings register as .xlsx, read back twice: by exceljs (values, types, number
 * formats, frozen headers) and by LibreOffice Calc (every sheet to CSV as shown), so the numbers a
 * coordinator sees are the numbers the entity overview and the Word report give.
 */

let t: TestServices;
let entityId: string;
let overview: EntityOverview;
const out = mkdtempSync(join(tmpdir(), 'patuh-excel-export-'));

beforeAll(async () => {
  t = testServices();
  entityId = (await seedEntity(t, { units: 4, previousYear: 2022, drafts: 1 })).entity.id;
  overview = await t.call('reports.entityOverview', { entityId, year: 2023 });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
/** A sheet's rows as objects keyed by their header, values as exceljs reads them. */
function table(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, r) => {
    if (r > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}
const columnOf = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf(header);

async function exportResults(language: 'id' | 'en'): Promise<string> {
  const path = join(out, `hasil-${language}.xlsx`);
  t.desktop.queueSavePath(path);
  const saved = await t.call('reports.exportEntityXlsx', { entityId, year: 2023, language });
  expect(saved).toMatchObject({ path });
  return path;
}

describe('results workbook', () => {
  it('has a sheet per level with numbers as numbers, 2-decimal scores, frozen headers and fitted widths', async () => {
    const wb = await load(await exportResults('id'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instansi', 'Unit', 'Dimensi', 'Butir per responden']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      // Every header fits its column, so nothing opens cut off or as "####".
      ws.getRow(1).eachCell((cell, c) => expect(ws.getColumn(c).width!, String(cell.value)).toBeGreaterThanOrEqual(Math.min(String(cell.value).length, 40)));
    }

    const [entity] = table(wb.getWorksheet('Instansi')!);
    expect(entity).toMatchObject({ Instansi: 'Pemerintah Kota Kupang', Tahun: 2023, Indeks: overview.score, 'Unit dinilai': 4, 'Masih draf': 1 });

    const unitsSheet = wb.getWorksheet('Unit')!;
    const units = table(unitsSheet);
    expect(units.map((u) => [u.Peringkat, u['Unit layanan'], u.Indeks])).toEqual(overview.units.map((u) => [u.rank, u.unitName, u.score]));
    for (const u of units) expect(typeof u.Indeks).toBe('number');
    expect(unitsSheet.getCell(2, columnOf(unitsSheet, 'Indeks')).numFmt).toBe('0.00');
    expect(units[0]!['Tahun sebelumnya']).toBe(2022);

    const dims = table(wb.getWorksheet('Dimensi')!);
    expect(dims).toHaveLength(overview.units.length * 4);
    const first = overview.units[0]!;
    expect(dims.filter((d) => d['Unit layanan'] === first.unitName).map((d) => [d['Kode dimensi'], d.Bobot, d.Poin]))
      .toEqual(first.groups.map((g) => [g.groupId, g.weight, g.points]));

    // Every slot of every item of every unit: the answers as the audits hold them.
    const items = table(wb.getWorksheet('Butir per responden')!);
    let slots = 0;
    for (const u of overview.units) {
      const detail = await t.call('audits.get', { auditId: u.auditId });
      for (const g of detail.template.groups) slots += g.items.length * detail.audit.respondents[g.id]!.count;
      const mine = items.filter((r) => r['Unit layanan'] === u.unitName);
      for (const r of mine.slice(0, 30)) {
        const answer = detail.answers[String(r['Kode butir'])]![Number(r['No. responden']) - 1];
        expect(r.Jawaban ?? (r.Keterangan === 'TB' ? 'na' : null), `${u.unitName} ${String(r['Kode butir'])}`).toBe(answer);
      }
    }
    expect(items).toHaveLength(slots);
  });

  it('opens in LibreOffice Calc with the same figures, shown with 2 decimals', async (ctx) => {
    if (officeMissing) return ctx.skip(`LibreOffice not installed: ${officeMissing}`);
    const shown = sheetsAsShown(await exportResults('id'), mkdtempSync(join(out, 'calc-')));
    expect(Object.keys(shown).sort()).toEqual(['Butir per responden', 'Dimensi', 'Instansi', 'Unit']);
    const [header, ...rows] = shown.Unit!;
    const score = header!.indexOf('Indeks');
    expect(rows.map((r) => [r[1], r[score]])).toEqual(overview.units.map((u) => [u.unitName, u.score.toFixed(2)]));
    const entity = shown.Instansi!;
    expect(entity[1]![entity[0]!.indexOf('Indeks')]).toBe(overview.score!.toFixed(2));
    const dims = shown.Dimensi!;
    const achieved = dims[0]!.indexOf('Capaian');
    const g = overview.units[0]!.groups[0]!;
    expect(dims[1]![achieved]).toBe(`${((g.points / g.weight) * 100).toFixed(2)}%`);
  });

  it('speaks English when asked: sheet names, headers and zone words', async () => {
    const wb = await load(await exportResults('en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Institution', 'Units', 'Dimensions', 'Items by respondent']);
    const units = table(wb.getWorksheet('Units')!);
    expect(Object.keys(units[0]!)).toEqual(expect.arrayContaining(['Rank', 'Service unit', 'Index', 'Zone', 'Previous index']));
    expect(units.map((u) => u.Zone)).toEqual(overview.units.map((u) => ({ green: 'Green zone', yellow: 'Yellow zone', red: 'Red zone' })[u.zone]));
  });

  it('asks for the file name before building and builds nothing when the dialog is cancelled', async () => {
    t.desktop.queueSavePath(null);
    expect(await t.call('reports.exportEntityXlsx', { entityId, year: 2023 })).toBeNull();
    expect(await t.fail('reports.exportEntityXlsx', { entityId: '00000000-0000-4000-8000-000000000000', year: 2023 })).toMatchObject({ code: 'NOT_FOUND' });
    t.desktop.queueSavePath(join(out, 'no-such-folder', 'x.xlsx'));
    expect(await t.fail('reports.exportEntityXlsx', { entityId, year: 2023 })).toMatchObject({ code: 'FILE', message: 'errors.folderMissing' });
  });
});

describe('findings register workbook', () => {
  it('lists findings and their actions with real Excel dates, owners and the overdue flag', async (ctx) => {
    const s = testServices();
    try {
      const { entity, unit } = await seedRegistry(s);
      await findingAt(s, entity.id, 'action_planned');
      const late = await raise(s, entity.id, { clause: '7.5.3', grade: 'minor', unitId: unit.id, foundOn: '2026-01-15' });
      await s.call('findings.addAction', { findingId: late.id, fields: { description: 'Perbarui daftar induk dokumen', owner: 'Kasubag Umum', dueDate: '2026-02-20' } });
      const path = join(out, 'temuan.xlsx');
      s.desktop.queueSavePath(path);
      await s.call('findings.exportXlsx', { filter: { overdueOnly: false, search: '' }, language: 'id' });

      const wb = await load(path);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Temuan', 'Tindakan korektif']);
      const sheet = wb.getWorksheet('Temuan')!;
      const findings = table(sheet);
      expect(findings.map((f) => [f['No. temuan'], f.Klausul, f.Kategori, f.Terlambat])).toEqual([
        [1, '8.5.1', 'Ketidaksesuaian mayor', 'Tidak'],
        [2, '7.5.3', 'Ketidaksesuaian minor', 'Ya'],
      ]);
      expect(findings[1]!['Tanggal temuan']).toEqual(new Date(Date.UTC(2026, 0, 15)));
      expect(findings[1]!['Tenggat terdekat']).toEqual(new Date(Date.UTC(2026, 1, 20)));
      expect(findings[1]!['Penanggung jawab']).toBe('Kasubag Umum');
      expect(sheet.getCell(3, columnOf(sheet, 'Tanggal temuan')).numFmt).toBe('dd/mm/yyyy');
      const actions = table(wb.getWorksheet('Tindakan korektif')!);
      expect(actions.map((a) => [a['No. temuan'], a['Penanggung jawab (PIC)'], a.Tenggat, a.Terlambat])).toEqual([
        [1, 'Kepala Seksi', new Date(Date.UTC(2026, 2, 20)), 'Tidak'],
        [2, 'Kasubag Umum', new Date(Date.UTC(2026, 1, 20)), 'Ya'],
      ]);

      if (officeMissing) return ctx.skip(`LibreOffice not installed: ${officeMissing}`);
      const shown = sheetsAsShown(path, mkdtempSync(join(out, 'calc-')));
      const [header, , second] = shown.Temuan!;
      expect(second![header!.indexOf('Tanggal temuan')]).toBe('15/01/2026');
      expect(second![header!.indexOf('Umur (hari)')]).toBe(String(findings[1]!['Umur (hari)']));
    } finally {
      s.dispose();
    }
  });
});
