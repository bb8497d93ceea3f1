import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { AuditDetail } from '../../shared/domain/audit';
import type { EntityOverview } from '../../shared/domain/reports';
import { createAudit, fillItems, REVISED, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';
import { day, raiseFinding, seedUnits } from './findings-seed';

/**
 * Excel from the screens: the entity overview and the findings register export .xlsx next to
 * their Word exports, and Settings imports a checklist template workbook, listing a bad one's
 * problems by sheet, row and column. Screenshots in both languages go to PATUH_SHOTS_DIR.
 */
const shots = process.env.PATUH_SHOTS_DIR ?? resolve(import.meta.dirname, '../.tmp/screenshots');
const SAMPLE = resolve(import.meta.dirname, '../../docs/examples/template-sample.xlsx');

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The page reads the language when it loads: switch, then load the screen afresh. */
async function inEnglish(app: PatuhApp, path: string) {
  await app.call('settings.update', { language: 'en' });
  await app.page.goto('about:blank');
  await app.open(path);
}

async function seedCity(app: PatuhApp) {
  const { entityId, unitId } = await seedRegistry(app);
  const sealed = await createAudit(app, unitId, REVISED, 2023);
  await fillItems(app, sealed, 3, (id) => !id.startsWith('PD'));
  await fillItems(app, sealed, 1, (id) => id.startsWith('PD'));
  await app.call<AuditDetail>('audits.seal', { auditId: sealed.audit.id, signOff: { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria', date: '2023-08-24' } });
  const other = await app.call<{ id: string }>('units.create', { entityId, fields: { name: 'Puskesmas Oesapa' } });
  await fillItems(app, await createAudit(app, other.id, REVISED, 2023), 1, () => true);
  return entityId;
}

test.describe('Excel', () => {
  test('the entity overview exports its results to Excel, with the figures the screen shows', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const entityId = await seedCity(app);
    const overview = await app.call<EntityOverview>('reports.entityOverview', { entityId, year: 2023 });
    await app.open(`reports/${entityId}`);
    await expect(page.getByRole('button', { name: 'Ekspor Excel' })).toBeVisible();
    await page.screenshot({ path: join(shots, 'excel-overview-id.png') });

    const target = join(app.dataDir, 'hasil.xlsx');
    await app.nextSavePath(target);
    await page.getByRole('button', { name: 'Ekspor Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor hasil 2023 ke Excel' });
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    await expect(dialog.getByText(`Laporan disimpan: ${target}`)).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, 'excel-overview-saved-id.png') });

    const wb = await workbook(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instansi', 'Unit', 'Dimensi', 'Butir per responden']);
    const units = wb.getWorksheet('Unit')!;
    const scores = overview.units.map((_, i) => units.getRow(i + 2).getCell(3).value);
    expect(scores).toEqual(overview.units.map((u) => u.score));

    await inEnglish(app, `reports/${entityId}`);
    await expect(page.getByRole('button', { name: 'Export to Excel' })).toBeVisible();
    await page.screenshot({ path: join(shots, 'excel-overview-en.png') });
  });

  test('the findings register exports to Excel as filtered', async ({ app }) => {
    const { page } = app;
    const { entityId, dukcapil } = await seedUnits(app);
    const late = await raiseFinding(app, entityId, { unitId: dukcapil, statement: 'Antrean KTP-el tidak tercatat' });
    await app.call('findings.addAction', { findingId: late.id, fields: { description: 'Pasang sistem antrean elektronik', owner: 'Budi Santoso', dueDate: day(-3) } });
    await raiseFinding(app, entityId, { clause: '9.2', grade: 'observation', statement: 'Program audit internal belum memuat jadwal tahunan' });
    await app.open('findings');
    const target = join(app.dataDir, 'temuan.xlsx');
    await app.nextSavePath(target);
    await page.getByRole('button', { name: 'Ekspor Excel' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Berkas disimpan: ${target}` })).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, 'excel-findings-id.png') });

    const wb = await workbook(target);
    const findings = wb.getWorksheet('Temuan')!;
    expect(findings.actualRowCount).toBe(3);
    expect(findings.getRow(2).getCell(4).value).toBe('8.5.1');
    const actions = wb.getWorksheet('Tindakan korektif')!;
    expect(actions.getRow(2).getCell(6).value).toBe('Budi Santoso');
    expect(actions.getRow(2).getCell(7).value).toBeInstanceOf(Date);

    await inEnglish(app, 'findings');
    await expect(page.getByRole('button', { name: 'Export to Excel' })).toBeVisible();
    await page.screenshot({ path: join(shots, 'excel-findings-en.png') });
  });

  test('Settings imports a template workbook, and names a bad one’s problems by sheet, row and column', async ({ app }) => {
    const { page } = app;
    const before = (await app.call<unknown[]>('templates.list', {})).length;
    await app.open('settings');
    const input = page.locator('input[type=file][accept*=xlsx]');

    const wb = await workbook(SAMPLE);
    wb.getWorksheet('Butir')!.getCell('F3').value = 'dua';
    wb.getWorksheet('Kelompok')!.getCell('J3').value = 'siswa';
    const bad = join(app.dataDir, 'templat-salah.xlsx');
    writeFileSync(bad, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
    await input.setInputFiles(bad);
    const problems = page.getByRole('alert').filter({ hasText: 'Berkas tidak diimpor' });
    await expect(problems.getByRole('listitem')).toHaveText([
      'Sheet Kelompok, baris 3, kolom Jenis responden: "siswa" bukan pilihan yang dikenal; pilih salah satu: pejabat, produk, pengguna layanan, petugas pengaduan, tidak ada.',
      'Sheet Butir, baris 3, kolom Bobot: Harus angka, bukan "dua".',
    ]);
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'excel-template-problems-id.png') });
    expect(await app.call<unknown[]>('templates.list', {})).toHaveLength(before);

    await input.setInputFiles(SAMPLE);
    await expect(page.getByRole('status').filter({ hasText: 'v1 diimpor' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Metodologi penilaian' });
    await expect(list.getByRole('listitem').filter({ hasText: 'Contoh: Kepatuhan Standar Pelayanan' })).toContainText('7 butir');
    expect(await app.call<unknown[]>('templates.list', {})).toHaveLength(before + 1);

    await inEnglish(app, 'settings');
    await page.locator('input[type=file][accept*=xlsx]').setInputFiles(bad);
    await expect(page.getByRole('alert').getByRole('listitem').first()).toHaveText(/^Sheet Kelompok, row 3, column Jenis responden: "siswa" is not a known choice/);
    await page.getByRole('alert').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'excel-template-problems-en.png') });
  });
});
