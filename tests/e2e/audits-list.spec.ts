import type { AuditDetail } from '../../shared/domain/audit';
import { CLASSIC, REVISED, createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

test.describe('audits list', () => {
  test('rows show score, zone, grade and progress; filters by entity, unit, year, status, zone and search', async ({ app }) => {
    const { page } = app;
    const s = await seedRegistry(app);
    const other = await app.call<{ id: string }>('units.create', { entityId: s.entityId, fields: { name: 'Dinas Penanaman Modal dan PTSP' } });
    const full = await createAudit(app, s.unitId, REVISED, 2023);
    await fillItems(app, full, 3, () => true);
    await app.call('audits.seal', { auditId: full.audit.id, signOff: { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria', date: '2023-09-01' } });
    await createAudit(app, other.id, CLASSIC, 2021);

    // Home offers the latest work first.
    await app.open('home');
    const recent = page.getByRole('region', { name: 'Audit terakhir' }).getByRole('listitem');
    await expect(recent).toHaveCount(2);
    await expect(recent.first()).toContainText('Dinas Penanaman Modal dan PTSP');
    // The new draft has no answers: no score and no zone yet, as on its checklist.
    await expect(recent.first()).toContainText('—Belum ada jawaban');
    await expect(recent.first()).not.toContainText('Zona Merah');
    await expect(recent.nth(1)).toContainText('100,00');

    await app.open('audits');
    const rows = page.getByRole('table', { name: 'Audit' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    const sealed = rows.filter({ hasText: 'Dinas Kependudukan' });
    await expect(sealed).toContainText('100,00');
    await expect(sealed).toContainText('Zona Hijau');
    await expect(sealed).toContainText('Final (disegel)');
    await expect(sealed).toContainText('Pemerintah Kota Kupang');
    await expect(sealed.getByRole('cell', { name: 'A', exact: true })).toBeVisible();
    await expect(rows.filter({ hasText: 'PTSP' })).toContainText('Zona Merah');

    await page.getByLabel('Zona', { exact: true }).selectOption({ label: 'Zona Hijau' });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Dinas Kependudukan');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draf' });
    await expect(page.getByText('Tidak ada audit yang cocok dengan filter ini.')).toBeVisible();
    await page.getByLabel('Zona', { exact: true }).selectOption({ label: 'Semua zona' });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('PTSP');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua status' });

    await page.getByLabel('Tahun').selectOption('2023');
    await expect(rows).toHaveCount(2);
    await page.getByLabel('Tahun').selectOption({ label: 'Semua tahun' });
    await page.getByLabel('Instansi').selectOption({ label: 'Pemerintah Kota Kupang' });
    await page.getByLabel('Unit layanan').selectOption({ label: 'Dinas Penanaman Modal dan PTSP' });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('PTSP');
    await page.getByLabel('Unit layanan').selectOption({ label: 'Semua unit' });

    await page.getByRole('searchbox').fill('kependudukan');
    await expect(rows).toHaveCount(2);
    await rows.nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
    expect((await app.call<AuditDetail>('audits.get', { auditId: full.audit.id })).audit.status).toBe('final');
  });
});
