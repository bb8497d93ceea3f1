import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type PatuhApp } from './fixtures';

/**
 * Backups as a user makes them: the home warning, "Back up now…" to a folder (the USB stick),
 * then restoring that file from Settings after its check and a confirmation. Screenshots of the
 * Settings backup panel in both languages go to tests/.tmp/screenshots for a person to look at.
 */
const shots = process.env.PATUH_SHOTS_DIR ?? resolve(import.meta.dirname, '../.tmp/screenshots');

async function seed(app: PatuhApp) {
  const entity = await app.call<{ id: string }>('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
  const unit = await app.call<{ id: string }>('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
  await app.call('audits.create', { unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2025 }, auditors: [{ name: 'Maria Goreti Seran' }] });
}

test.describe('backups', () => {
  let usb: string;
  test.beforeEach(() => { usb = mkdtempSync(join(tmpdir(), 'patuh-usb-')); });
  test.afterEach(() => rmSync(usb, { recursive: true, force: true }));

  test('back up now from home, then restore that backup from Settings', async ({ app }) => {
    const { page } = app;
    await seed(app);
    await app.open('home');
    const warning = page.getByRole('alert').filter({ hasText: 'belum pernah disalin ke drive lain' });
    await expect(warning).toBeVisible();
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'home-backup-warning-id.png') });
    const file = join(usb, 'cadangan-kupang.patuh-backup');
    await app.nextSavePath(file);
    await warning.getByRole('button', { name: 'Cadangkan sekarang…' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Cadangan disimpan dan sudah diperiksa: ${file}` })).toBeVisible();
    await expect(warning).toBeHidden();

    // Work after the backup, which the restore takes back.
    await app.call('entities.create', { kind: 'pemkab', name: 'Pemerintah Kabupaten Kupang' });
    await app.open('settings');
    const panel = page.getByRole('region', { name: 'Cadangan data' });
    await expect(panel).toContainText('Salinan terakhir di drive lain');
    await expect(panel).toContainText(file);

    await app.nextOpenPaths([file]);
    await panel.getByRole('button', { name: 'Pulihkan dari cadangan…' }).click();
    const report = panel.getByRole('region', { name: 'Cadangan utuh dan dapat dipulihkan' });
    await expect(report).toContainText('1 instansi, 1 audit, 0 temuan, 0 lampiran');
    await expect(report).toContainText('laptop ini');
    await panel.screenshot({ path: join(shots, 'backups-panel-id.png') });

    await report.getByRole('button', { name: 'Pulihkan data ini…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
    await expect(dialog).toContainText('Tidak ada yang dihapus');
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Data dipulihkan dari cadangan' })).toBeVisible();
    await expect(dialog).toBeHidden();
    expect((await app.call<{ name: string }[]>('entities.list', { search: '', includeArchived: false })).map((e) => e.name)).toEqual(['Pemerintah Kota Kupang']);
    // The safety backup of the data as it was is listed as the newest automatic one.
    await expect(panel).toContainText('sebelum pemulihan');

    await app.open('registry');
    await expect(page.getByText('Pemerintah Kota Kupang')).toBeVisible();
    await expect(page.getByText('Pemerintah Kabupaten Kupang')).toBeHidden();

    await app.open('settings');
    await page.getByLabel('Bahasa').selectOption('en');
    const panelEn = page.getByRole('region', { name: 'Backups' });
    await app.nextOpenPaths([file]);
    await panelEn.getByRole('button', { name: 'Restore from a backup…' }).click();
    await expect(panelEn.getByRole('region', { name: 'The backup is complete and can be restored' })).toBeVisible();
    await panelEn.screenshot({ path: join(shots, 'backups-panel-en.png') });
  });

  test('keeps the backup settings, and a cancelled dialog does nothing', async ({ app }) => {
    const { page } = app;
    await app.open('settings');
    const panel = page.getByRole('region', { name: 'Cadangan data' });
    await expect(panel).toContainText('Belum pernah');
    await app.nextOpenPaths([]);
    await panel.getByRole('button', { name: 'Pulihkan dari cadangan…' }).click();
    await app.nextSavePath(null);
    await panel.getByRole('button', { name: 'Cadangkan sekarang…' }).click();
    await expect(panel.getByRole('region')).toHaveCount(0);

    await panel.getByLabel('Cadangan otomatis disimpan').fill('0');
    await panel.getByRole('button', { name: 'Terapkan' }).click();
    await expect(panel.getByRole('alert')).toBeVisible();
    await panel.getByLabel('Cadangan otomatis disimpan').fill('5');
    await panel.getByLabel('Ingatkan setelah (hari)').fill('14');
    await panel.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan cadangan disimpan.' })).toBeVisible();
    expect(await app.call('settings.get', {})).toMatchObject({ backupKeep: 5, backupWarnDays: 14 });
    // Saving the main form afterwards keeps them.
    await page.getByLabel('Nama auditor').fill('Maria Goreti Seran');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan disimpan.' })).toBeVisible();
    expect(await app.call('settings.get', {})).toMatchObject({ auditorName: 'Maria Goreti Seran', backupKeep: 5, backupWarnDays: 14 });
  });
});
