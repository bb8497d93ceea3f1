import { CLASSIC, REVISED, createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

/**
 * What the screens say about a score they cannot vouch for: an audit whose every item is N/A has
 * none, placeholder weights are named beside the score, and a period outside the method's years
 * is flagged on the start form.
 */

const shots = process.env.PATUH_SHOTS;

test.describe('scoring rules on screen', () => {
  test('an audit with every item N/A is not scorable: no score, zone or grade in the panel and the list', async ({ app }) => {
    const { page } = app;
    const s = await seedRegistry(app);
    const audit = await createAudit(app, s.unitId, REVISED, 2023);
    await fillItems(app, audit, 'na', () => true);
    await app.open(`audits/${audit.audit.id}`);
    const panel = page.getByRole('region', { name: 'Nilai kepatuhan' });
    await expect(panel.getByTestId('score-empty')).toHaveText('Tidak dapat dinilai');
    await expect(panel.getByTestId('score-value')).toHaveText('—');
    await expect(panel).toContainText('Semua butir ditandai TB');
    await expect(panel).not.toContainText('Zona Merah');
    await expect(panel.getByTestId('score-grade')).toHaveCount(0);
    await expect(panel.getByTestId('score-placeholder')).toHaveCount(0);
    if (shots) await panel.screenshot({ path: `${shots}/score-panel-not-scorable.png` });

    await app.open('audits');
    const row = page.getByRole('table', { name: 'Audit' }).getByRole('row').filter({ hasText: 'Dinas Kependudukan' });
    await expect(row).toContainText('Tidak dapat dinilai');
    await expect(row).not.toContainText('Zona Merah');
  });

  test('a score from placeholder weights says so, once, in the panel and under the list', async ({ app }) => {
    const { page } = app;
    const s = await seedRegistry(app);
    const audit = await createAudit(app, s.unitId, REVISED, 2023);
    await fillItems(app, audit, 2, () => true);
    await app.open(`audits/${audit.audit.id}`);
    const panel = page.getByRole('region', { name: 'Nilai kepatuhan' });
    await expect(panel.getByTestId('score-placeholder')).toHaveCount(1);
    await expect(panel.getByTestId('score-placeholder')).toContainText('Bobot sementara (placeholder)');
    if (shots) await panel.screenshot({ path: `${shots}/score-panel-placeholder.png` });
    await app.open('audits');
    await expect(page.getByTestId('list-placeholder')).toHaveCount(1);
  });

  test('the start form warns when the year lies outside the chosen method’s years', async ({ app }) => {
    const { page } = app;
    await seedRegistry(app);
    await app.open('audits/new');
    await page.getByLabel('Tahun').fill('2019');
    // The method in force for 2019 is chosen by itself: no warning.
    await expect(page.getByTestId('outside-years')).toHaveCount(0);
    await page.getByLabel('Metodologi penilaian').selectOption(`${REVISED.id}@${REVISED.version}`);
    await expect(page.getByTestId('outside-years')).toHaveText(/Tahun 2019 di luar masa berlaku metode ini \(2022–2024\)/);
    if (shots) await page.locator('form').screenshot({ path: `${shots}/start-form-outside-years.png` });
    await page.getByLabel('Metodologi penilaian').selectOption(`${CLASSIC.id}@${CLASSIC.version}`);
    await expect(page.getByTestId('outside-years')).toHaveCount(0);
  });
});
