import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { photoPng } from '../support/photo';
import { createAudit, fillItems, REVISED, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

/**
 * A Word report is built in a worker; a long one (many photos) can be stopped from its dialog.
 * Fifteen camera-sized photos make the build last seconds, so the click lands while it runs.
 */
test('a Word report being built is cancelled from its dialog: nothing is saved, and the next export works', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { unitId } = await seedRegistry(app);
  const audit = await createAudit(app, unitId, REVISED, 2024);
  await fillItems(app, audit, 2, () => true);
  const items = audit.template.groups.flatMap((g) => g.items.map((i) => i.id)).slice(0, 15);
  for (const [n, itemId] of items.entries()) {
    const bytes = photoPng(1024, 768, n + 1, true);
    await app.call('audits.attachEvidence', { auditId: audit.audit.id, itemId, file: { name: `foto-${n + 1}.png`, mime: 'image/png', base64: bytes.toString('base64') } });
  }
  const stopped = join(app.dataDir, 'dibatalkan.docx');
  await app.nextSavePath(stopped);
  await app.open(`audits/${audit.audit.id}`);
  await page.getByRole('button', { name: 'Laporan Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor laporan audit' });
  await dialog.getByRole('button', { name: 'Ekspor' }).click();
  await dialog.screenshot({ path: join(import.meta.dirname, '../.tmp/screenshots/report-cancel-working.png') });
  await dialog.getByRole('button', { name: 'Batalkan' }).click();
  await expect(dialog.getByText('Pembuatan laporan dibatalkan; tidak ada file yang disimpan.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  expect(existsSync(stopped)).toBe(false);
  await page.screenshot({ path: join(import.meta.dirname, '../.tmp/screenshots/report-cancel-cancelled.png') });

  // The next export starts a new worker and saves.
  const saved = join(app.dataDir, 'laporan.docx');
  await app.nextSavePath(saved);
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Ekspor' }).click();
  await expect(dialog.getByText(`Laporan disimpan: ${saved}`)).toBeVisible({ timeout: 60_000 });
  test.info().annotations.push({ type: 'build time', description: `${Date.now() - started} ms (the cancel click came within a few ms of the start)` });
  await expect(dialog.getByText('Pembuatan laporan dibatalkan; tidak ada file yang disimpan.')).toHaveCount(0);
  expect(existsSync(saved)).toBe(true);
  await page.screenshot({ path: join(import.meta.dirname, '../.tmp/screenshots/report-cancel-saved.png') });
});
