import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { AuditDetail } from '../../shared/domain/audit';
import { docxText, officeMissing } from '../support/office';
import { createAudit, fillItems, REVISED, seedRegistry } from './audits-seed';
import { expect, startLaptop, test, type Laptop, type PatuhApp } from './fixtures';

const SIGN_OFF = { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria', date: '2023-08-24' };

/** Two units of one city: the first sealed (high scores), the second a draft (low scores). */
async function seedCity(app: PatuhApp) {
  const { entityId, unitId } = await seedRegistry(app);
  const sealed = await createAudit(app, unitId, REVISED, 2023);
  await fillItems(app, sealed, 3, (id) => !id.startsWith('PD'));
  await fillItems(app, sealed, 1, (id) => id.startsWith('PD'));
  await app.call<AuditDetail>('audits.seal', { auditId: sealed.audit.id, signOff: SIGN_OFF });
  const other = await app.call<{ id: string }>('units.create', { entityId, fields: { name: 'Puskesmas Oesapa' } });
  const draft = await createAudit(app, other.id, REVISED, 2023);
  await fillItems(app, draft, 1, () => true);
  return { entityId, sealedId: sealed.audit.id, draftId: draft.audit.id };
}

/** An audit through a package from one laptop to another, as a user would pick the file. */
async function send(from: Laptop, to: Laptop, auditId: string, name: string) {
  const path = join(from.dataDir, name);
  await from.nextSavePath(path);
  await from.call('packages.export', { selection: { auditIds: [auditId] } });
  await to.nextOpenPaths([path]);
  await to.call('packages.choose', {});
  await to.call('packages.import', { path });
}

test.describe('reports', () => {
  test('a sealed audit’s Word report is exported from the audit screen, opens, and converts', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const { sealedId } = await seedCity(app);
    const target = join(app.dataDir, 'report.docx');
    await app.nextSavePath(target);
    await app.open(`audits/${sealedId}`);
    await page.getByRole('button', { name: 'Laporan Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor laporan audit' });
    await expect(dialog.getByLabel('Bahasa laporan')).toHaveValue('id');
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    await expect(dialog.getByText(`Laporan disimpan: ${target}`)).toBeVisible({ timeout: 30_000 });
    expect(existsSync(target)).toBe(true);

    await dialog.getByRole('button', { name: 'Buka' }).click();
    await expect.poll(() => app.desktopLog()).toEqual([{ action: 'open', path: target }]);

    if (officeMissing) test.info().annotations.push({ type: 'skip', description: `conversion not checked: ${officeMissing}` });
    else {
      const text = docxText(target);
      expect(text).toContain('Dinas Kependudukan dan Pencatatan Sipil');
      expect(text).toContain('Zona Hijau');
      expect(text).not.toContain('DRAF');
    }
  });

  test('the entity overview shows the ranking, charts with their numbers, and exports a draft marked as one', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await seedCity(app);
    await app.open('reports');
    await page.getByRole('link', { name: /Pemerintah Kota Kupang/ }).click();
    await expect(page.getByRole('heading', { name: 'Pemerintah Kota Kupang', level: 1 })).toBeVisible();
    await expect(page.getByText('1 unit masih draf')).toBeVisible();
    const rows = page.locator('table.report-units tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
    await expect(rows.first()).toContainText('Zona Hijau');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.locator('.recharts-reference-line')).toHaveCount(1);

    const scores = page.getByRole('figure').filter({ hasText: 'Nilai unit layanan' });
    // Until asked, the numbers are there for screen readers only.
    await expect(scores.locator('.visually-hidden').getByRole('table')).toHaveCount(1);
    await scores.getByRole('button', { name: 'Tampilkan angka' }).click();
    await expect(scores.getByRole('button', { name: 'Sembunyikan angka' })).toHaveAttribute('aria-expanded', 'true');
    await expect(scores.locator('.visually-hidden').getByRole('table')).toHaveCount(0);
    await expect(scores.getByRole('table')).toBeVisible();
    await expect(scores.getByRole('table')).toContainText('Puskesmas Oesapa');

    const target = join(app.dataDir, 'draft.docx');
    await app.nextSavePath(target);
    await page.getByRole('button', { name: 'Laporan Word: Puskesmas Oesapa' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Audit ini masih draf')).toBeVisible();
    await dialog.getByLabel('Bahasa laporan').selectOption('en');
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    await expect(dialog.getByText(`Laporan disimpan: ${target}`)).toBeVisible({ timeout: 30_000 });
    const zip = await JSZip.loadAsync(readFileSync(target));
    expect(await zip.file('word/header1.xml')!.async('string')).toContain('DRAFT');
  });

  test('a target that cannot be written gives a clear message, and the export can be retried', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const { entityId } = await seedCity(app);
    const notAFolder = join(app.dataDir, 'not-a-folder');
    writeFileSync(notAFolder, 'x');
    await app.nextSavePath(join(notAFolder, 'report.docx'));
    await app.open(`reports/${entityId}`);
    await page.getByRole('button', { name: 'Laporan instansi (Word)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor laporan instansi 2023' });
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Laporan tidak dapat disimpan. Folder tujuan tidak ditemukan.', { timeout: 15_000 });

    const target = join(app.dataDir, 'entity.docx');
    await app.nextSavePath(target);
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    await expect(dialog.getByText(`Laporan disimpan: ${target}`)).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Tampilkan di folder' }).click();
    await expect.poll(() => app.desktopLog()).toEqual([{ action: 'showInFolder', path: target }]);
  });

  test('the overview shows each seal: verified here, an unknown signer until the device is trusted', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const { entityId, draftId } = await seedCity(app);
    // The draft goes to Budi's laptop, which answers it, seals it and sends it back.
    const budi = await startLaptop();
    try {
      await send(app, budi, draftId, 'to-budi.patuh');
      await budi.call('settings.update', { auditorName: 'Budi Santoso' });
      await fillItems(budi, await budi.call<AuditDetail>('audits.get', { auditId: draftId }), 3, () => true);
      await budi.call('audits.seal', { auditId: draftId, signOff: SIGN_OFF });
      await send(budi, app, draftId, 'from-budi.patuh');
      const budiKey = (await budi.call<{ self: { publicKey: string } }>('devices.list', {})).self.publicKey;

      await app.open(`reports/${entityId}`);
      const row = (name: string) => page.locator('table.report-units tbody tr').filter({ hasText: name });
      await expect(row('Dinas Kependudukan dan Pencatatan Sipil')).toContainText('terverifikasi');
      await expect(row('Puskesmas Oesapa')).toContainText('penanda tangan tak dikenal');
      await expect(page.getByText('1 segel ditandatangani perangkat yang belum dikenal')).toBeVisible();
      // No sideways scroll at the window's 1280 px with the extra column.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

      // The coordinator follows the link to Settings, trusts Budi's laptop there, and comes back.
      await page.getByRole('link', { name: 'Buka Pengaturan' }).click();
      await expect(page).toHaveURL(/#\/settings$/);
      await app.call('devices.trust', { publicKey: budiKey, label: 'Laptop Budi' });
      await page.goBack();
      await expect(row('Puskesmas Oesapa')).toContainText('terverifikasi');
      await expect(page.getByText('segel ditandatangani perangkat yang belum dikenal')).toHaveCount(0);
    } finally {
      await budi.close();
    }
  });
});
