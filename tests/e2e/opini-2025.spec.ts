import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

/**
 * The 2025 method (Opini Ombudsman RI) on screen: an auditor starts a 2025 audit, answers the
 * four dimensions with the checklist keys and 30 public-trust respondents along the rows of the
 * survey grid, each with proof of service, and watches the live opinion label. Expected figures:
 * every internal answer at the top gives the full 70; 150 of the 300 survey answers "yes" give
 * 15 of the 30 public-trust points, so 85,00, "Kualitas Tinggi · Baik".
 */

const shots = process.env.PATUH_SHOTS;
const ROW = '1111100000';

async function startOpiniAudit(page: Page): Promise<void> {
  await page.getByLabel('Instansi').selectOption({ label: 'Pemerintah Kota Kupang' });
  await page.getByLabel('Unit layanan').selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
  await page.getByLabel('Tahun').fill('2025');
  // The method in force for 2025 is chosen by itself, with its survey of 30 users.
  await expect(page.getByLabel('Metodologi penilaian')).toHaveValue('ori-opini-2025@1');
  await expect(page.getByLabel('Kepercayaan Masyarakat · Pengguna layanan')).toHaveValue('30');
  if (shots) await page.screenshot({ path: `${shots}/opini-start-form-id.png`, fullPage: true });
  await page.getByRole('button', { name: 'Mulai audit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
}

test.describe('Opini Ombudsman 2025', () => {
  test('30 public-trust respondents by keyboard in the grid, with proof, and the live opinion label', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedRegistry(app);
    await app.open('audits/new');
    await startOpiniAudit(page);

    const panel = page.getByRole('region', { name: 'Nilai kepatuhan' });
    await expect(panel.getByTestId('opinion-label')).toHaveText('—');
    await expect(panel.getByTestId('split-placeholder')).toContainText('Pembagian 70,00 poin antar-dimensi adalah placeholder');

    // The four dimensions: 36 cells, each answered 3 with the checklist's keys (auto-advance).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 36; i++) await page.keyboard.press('3');
    await expect(panel.getByTestId('block-DIM')).toContainText('70,00 / 70,00 poin (100,00%)');
    await expect(panel.getByTestId('score-value')).toHaveText('70,00');
    await expect(panel.getByTestId('opinion-label')).toHaveText('Kualitas Sedang · Cukup');

    // The grid: answers along the row, then the proof's document number, Enter to the next user.
    const grid = page.getByTestId('survey-KP');
    await expect(grid.getByRole('row')).toHaveCount(32); // two header rows + 30 respondents
    await grid.getByRole('button', { name: 'Pengguna layanan 1, Layanan selesai tanpa penundaan berlarut: belum dijawab' }).click();
    for (let r = 1; r <= 30; r++) {
      await page.keyboard.type(ROW);
      await expect(grid.getByLabel(`Bukti layanan Pengguna layanan ${r}: nomor dokumen`)).toBeFocused();
      await page.keyboard.type(`5371-2025-${String(r).padStart(3, '0')}`);
      await page.keyboard.press('Enter');
    }
    await expect(grid.getByTestId('survey-progress')).toContainText('30 dari 30 responden lengkap');
    await expect(grid.getByTestId('survey-progress')).toContainText('bukti layanan 30/30');
    await expect(panel.getByTestId('score-value')).toHaveText('85,00');
    await expect(panel.getByTestId('opinion-label')).toHaveText('Kualitas Tinggi · Baik');
    await expect(panel.getByTestId('block-PUB')).toContainText('15,00 / 30,00 poin (50,00%)');
    await expect(panel.getByTestId('opinion-inferred')).toContainText('88 / 78 / 54 / 32 disimpulkan');
    await expect(panel).toContainText('"Tanpa Maladministrasi" ditambahkan per instansi');
    if (shots) {
      await page.screenshot({ path: `${shots}/opini-checklist-id.png` });
      await grid.locator('.survey__scroll').evaluate((el) => el.scrollTo({ top: 0 }));
      await grid.screenshot({ path: `${shots}/opini-survey-grid-id.png` });
      await panel.screenshot({ path: `${shots}/opini-score-panel-id.png` });
    }

    // What main stored: the same score, each answer and each proof, after a reload.
    await page.reload();
    await expect(panel.getByTestId('score-value')).toHaveText('85,00');
    await expect(grid.getByLabel('Bukti layanan Pengguna layanan 30: nomor dokumen')).toHaveValue('5371-2025-030');
    await expect(grid.getByRole('button', { name: 'Pengguna layanan 12, Tidak diminta imbalan uang, barang atau jasa: Ya' })).toBeVisible();
    await expect(grid.getByRole('button', { name: 'Pengguna layanan 12, Waktu pelayanan cepat: Tidak' })).toBeVisible();
    // The list names the opinion where the older methods show a grade.
    await app.open('audits');
    const row = page.getByRole('table', { name: 'Audit' }).getByRole('row').filter({ hasText: 'Dinas Kependudukan' });
    await expect(row).toContainText('85,00');
    await expect(row).toContainText('Kualitas Tinggi');
    if (shots) await page.screenshot({ path: `${shots}/opini-list-id.png` });
    await page.goBack();

    await app.call('settings.update', { language: 'en' });
    await page.reload();
    const panelEn = page.getByRole('region', { name: 'Compliance score' });
    await expect(panelEn.getByTestId('opinion-label')).toHaveText('High quality · Good');
    await expect(page.getByTestId('survey-KP').getByTestId('survey-progress')).toContainText('30 of 30 respondents complete');
    if (shots) {
      await page.screenshot({ path: `${shots}/opini-checklist-en.png` });
      await page.getByTestId('survey-KP').scrollIntoViewIfNeeded();
      await page.getByTestId('survey-KP').screenshot({ path: `${shots}/opini-survey-grid-en.png` });
      await app.open('audits/new');
      await page.getByLabel('Year').fill('2025');
      await page.screenshot({ path: `${shots}/opini-start-form-en.png`, fullPage: true });
    }
  });

  test('the survey grid and opinion panel have no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const { unitId } = await seedRegistry(app);
    const audit = await createAudit(app, unitId, { id: 'ori-opini-2025', version: 1 }, 2025);
    await fillItems(app, audit, 3, (_id, groupId) => groupId !== 'KP');
    await fillItems(app, audit, 1, (id) => id.startsWith('KP-M'));
    await app.call('audits.setProof', { auditId: audit.audit.id, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
    await app.open(`audits/${audit.audit.id}`);
    await expect(page.getByTestId('survey-progress')).toContainText('bukti layanan 1/30');
    const result = await new AxeBuilder({ page }).include('[data-testid="survey-KP"]').include('[data-testid="opinion-panel"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
