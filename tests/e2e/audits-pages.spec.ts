import { mkdirSync } from 'node:fs';
import { REVISED, createAudit, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

// A coordinator's laptop holds thousands of audits: the audits screen asks for one page at a time
// and searches once typing pauses (issue 10).
test.describe('audits list pages', () => {
  test('shows 50 audits a page, pages forward and back, and searches across every page', async ({ app }) => {
    const { page } = app;
    const s = await seedRegistry(app);
    const units = [s.unitId];
    for (const name of ['RSUD Prof. W. Z. Johannes', 'DPMPTSP', 'Dinas Kesehatan', 'Dinas Sosial', 'Puskesmas Oepoi']) {
      units.push((await app.call<{ id: string }>('units.create', { entityId: s.entityId, fields: { name } })).id);
    }
    for (const unitId of units) for (let year = 2016; year <= 2024; year++) await createAudit(app, unitId, REVISED, year);

    await app.open('audits');
    const rows = page.getByRole('table', { name: 'Audit' }).locator('tbody tr');
    await expect(rows).toHaveCount(50);
    await expect(page.getByText('Halaman 1')).toBeVisible();
    await expect(page.getByRole('button', { name: '‹ Sebelumnya' })).toBeDisabled();
    await expect(rows.first()).toContainText('2024');
    const shots = `/tmp/shots-${process.env.SHOTS_NAME ?? 'e2e'}`;
    if (process.env.SHOTS_NAME) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}/audits-page-1-id.png` });
      await page.getByRole('navigation', { name: 'Halaman audit' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/audits-pager-id.png` });
    }

    await page.getByRole('button', { name: 'Berikutnya ›' }).click();
    await expect(page.getByText('Halaman 2')).toBeVisible();
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Berikutnya ›' })).toBeDisabled();
    await expect(rows.first()).toContainText('2016');
    await page.getByRole('button', { name: '‹ Sebelumnya' }).click();
    await expect(rows).toHaveCount(50);

    // A search (debounced) goes back to the first page and finds audits from every page.
    await page.getByRole('searchbox').fill('Oepoi');
    await expect(rows).toHaveCount(9);
    await expect(page.getByText('Halaman 1')).toHaveCount(0);
    await page.getByLabel('Tahun', { exact: true }).selectOption('2016');
    await expect(rows).toHaveCount(1);

    if (process.env.SHOTS_NAME) {
      await app.call('settings.update', { language: 'en' });
      await page.getByRole('searchbox').fill('');
      await page.getByLabel('Tahun', { exact: true }).selectOption('');
      await page.reload();
      await expect(page.getByText('Page 1')).toBeVisible();
      await page.getByRole('navigation', { name: 'Audit pages' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/audits-pager-en.png` });
    }
  });
});
