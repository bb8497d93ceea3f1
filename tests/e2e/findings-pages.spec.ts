import { join } from 'node:path';
import { expect, test } from './fixtures';
import { day, raiseFinding, seedUnits } from './findings-seed';

// A quality manager's register holds thousands of findings: the screen asks for 50 at a time,
// says which of how many it shows, and searches once typing pauses (issue 10).
test.describe('findings register pages', () => {
  test('shows 50 findings a page with "x–y of N", keeps the page across a finding, and searches every page', async ({ app }, info) => {
    const { page } = app;
    const dir = process.env.PATUH_SHOTS_DIR ?? info.outputPath();
    // The top of the register and its page control, for a person to look at.
    const shots = async (language: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(dir, `findings-pages-top-${language}.png`) });
      await page.getByRole('navigation', { name: language === 'id' ? 'Halaman temuan' : 'Findings pages' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(dir, `findings-pages-pager-${language}.png`) });
    };
    const { entityId, dukcapil, rsud } = await seedUnits(app);
    // Finding n was found n days ago, so the newest (finding 1) leads the first page; every tenth is at a puskesmas.
    for (let n = 1; n <= 120; n++) {
      const statement = n % 10 === 0 ? `Stok obat Puskesmas Oepoi tidak dicatat (${n})` : `Berkas permohonan ${n} tidak diverifikasi`;
      await raiseFinding(app, entityId, { unitId: n % 2 ? dukcapil : rsud, statement, foundOn: day(-n), grade: n % 3 ? 'minor' : 'major' });
    }

    await app.open('findings');
    const rows = page.getByRole('table', { name: 'Daftar temuan' }).locator('tbody tr');
    const pager = page.getByRole('navigation', { name: 'Halaman temuan' });
    await expect(rows).toHaveCount(50);
    await expect(page.getByRole('status').filter({ hasText: '120 temuan' })).toBeVisible();
    await expect(pager).toContainText('1–50 dari 120');
    await expect(pager.getByRole('button', { name: '‹ Sebelumnya' })).toBeDisabled();
    await expect(rows.first()).toContainText('Berkas permohonan 1 tidak diverifikasi');
    await expect(rows.last()).toContainText('Stok obat Puskesmas Oepoi tidak dicatat (50)');
    await shots('id');

    await pager.getByRole('button', { name: 'Berikutnya ›' }).click();
    await expect(pager).toContainText('51–100 dari 120');
    await expect(rows.first()).toContainText('Berkas permohonan 51 tidak diverifikasi');
    await pager.getByRole('button', { name: 'Berikutnya ›' }).click();
    await expect(pager).toContainText('101–120 dari 120');
    await expect(rows).toHaveCount(20);
    await expect(pager.getByRole('button', { name: 'Berikutnya ›' })).toBeDisabled();

    // A finding opened from page 3 comes back to page 3.
    await page.getByRole('link', { name: 'Berkas permohonan 101 tidak diverifikasi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Temuan #101');
    await page.getByRole('link', { name: '← Daftar temuan' }).first().click();
    await expect(pager).toContainText('101–120 dari 120');
    // The control is under the list: a page turned there is shown from its top, even one already fetched.
    await pager.scrollIntoViewIfNeeded();
    await pager.getByRole('button', { name: '‹ Sebelumnya' }).click();
    await expect(pager).toContainText('51–100 dari 120');
    await expect(page.getByRole('status').filter({ hasText: '120 temuan' })).toBeInViewport();

    // A filter or a search (once typing pauses) starts again at the first page and looks through every page.
    await page.getByRole('search').getByLabel('Kategori').selectOption({ label: 'Ketidaksesuaian minor' });
    await expect(pager).toContainText('1–50 dari 80');
    await page.getByRole('searchbox').fill('Oepoi');
    await expect(rows).toHaveCount(8);
    await expect(pager).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '8 temuan' })).toBeVisible();
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(pager).toContainText('1–50 dari 120');

    await app.call('settings.update', { language: 'en' });
    await page.reload();
    const pagerEn = page.getByRole('navigation', { name: 'Findings pages' });
    await pagerEn.getByRole('button', { name: 'Next ›' }).click();
    await expect(pagerEn).toContainText('51–100 of 120');
    await expect(page.getByRole('status').filter({ hasText: '120 findings' })).toBeVisible();
    await shots('en');
  });
});
