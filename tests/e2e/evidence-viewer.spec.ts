import type { Page } from '@playwright/test';
import type { EvidencePreview } from '../../shared/domain/audit';
import { PNG, REVISED, createAudit, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';

const currentItem = (page: Page) => page.locator('article[aria-current="true"]');
const evidenceOf = (app: PatuhApp, auditId: string) => app.call<EvidencePreview[]>('audits.evidence', { auditId, itemId: 'IN-K1' });

/** Evidence is stored by content: the name after the image's end makes each file its own. */
async function attach(app: PatuhApp, auditId: string, name: string) {
  const bytes = Buffer.concat([PNG, Buffer.from(name)]);
  await app.call('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name, mime: 'image/png', base64: bytes.toString('base64') } });
}

test.describe('evidence viewer', () => {
  test('a photo opens large, zooms, turns to the next by keyboard, and is removed only after a question', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const auditId = (await createAudit(app, unitId, REVISED, 2024)).audit.id;
    await attach(app, auditId, 'papan-standar.png');
    await attach(app, auditId, 'ruang-tunggu.png');
    await app.open(`audits/${auditId}`);

    await currentItem(page).getByRole('button', { name: 'Lihat bukti papan-standar.png' }).click();
    const viewer = page.getByRole('dialog', { name: 'Bukti butir IN-K1' });
    await expect(viewer.getByRole('img', { name: 'papan-standar.png' })).toBeVisible();
    await expect(viewer).toContainText('1 dari 2');
    await page.keyboard.press('ArrowRight');
    await expect(viewer.getByRole('img', { name: 'ruang-tunggu.png' })).toBeVisible();
    await expect(viewer).toContainText('2 dari 2');
    await page.keyboard.press('ArrowLeft');
    await expect(viewer).toContainText('1 dari 2');

    // A 1-pixel photo fits at 100 %; zoom steps multiply that.
    const percent = viewer.getByRole('group', { name: 'Perbesaran' }).locator('output');
    await expect(percent).toHaveText('100%');
    await page.keyboard.press('+');
    await expect(percent).toHaveText('150%');
    await viewer.getByRole('button', { name: 'Perbesar' }).click();
    await expect(percent).toHaveText('200%');
    await page.keyboard.press('0');
    await expect(percent).toHaveText('100%');

    // Delete asks first, with the keyboard on "keep it".
    await page.keyboard.press('Delete');
    await expect(viewer).toContainText('Hapus bukti "papan-standar.png" dari butir IN-K1?');
    await expect(viewer.getByRole('button', { name: 'Jangan hapus' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(viewer.getByRole('button', { name: 'Jangan hapus' })).toHaveCount(0);
    expect(await evidenceOf(app, auditId)).toHaveLength(2);
    await viewer.getByRole('button', { name: 'Hapus bukti' }).click();
    await viewer.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(viewer.getByRole('img', { name: 'ruang-tunggu.png' })).toBeVisible();
    await expect(viewer).toContainText('1 dari 1');
    expect(await evidenceOf(app, auditId)).toMatchObject([{ name: 'ruang-tunggu.png' }]);
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();

    // "×" on a tile asks too, beside the photo; Escape keeps it.
    await currentItem(page).getByRole('button', { name: 'Hapus bukti ruang-tunggu.png' }).click();
    await expect(viewer.getByRole('img', { name: 'ruang-tunggu.png' })).toBeVisible();
    await expect(viewer.getByRole('button', { name: 'Jangan hapus' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    expect(await evidenceOf(app, auditId)).toHaveLength(1);
  });

  test('empty, oversized and fake images are refused with what is wrong with each', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const auditId = (await createAudit(app, unitId, REVISED, 2024)).audit.id;
    await app.open(`audits/${auditId}`);
    const input = currentItem(page).locator('input[type=file]');
    await input.setInputFiles([
      { name: 'kosong.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
      { name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(21 * 1024 * 1024, 0xff) },
      { name: 'palsu.png', mimeType: 'image/png', buffer: Buffer.from('ini teks, bukan gambar') },
    ]);
    const errors = currentItem(page).locator('.evidence__errors');
    await expect(errors).toContainText('kosong.png: berkas kosong (0 byte).');
    await expect(errors).toContainText('besar.jpg: 21 MB, terlalu besar (maksimal 20 MB).');
    await expect(errors).toContainText('palsu.png: isinya bukan gambar PNG — berkas rusak atau hanya diganti namanya.');
    await expect(page.getByText('Periksa kembali isian yang ditandai')).toHaveCount(0);
    expect(await evidenceOf(app, auditId)).toEqual([]);
  });
});
