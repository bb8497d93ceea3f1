import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AuditDetail, EvidencePreview } from '../../shared/domain/audit';
import { PNG, REVISED, createAudit, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';

const currentItem = (page: Page) => page.locator('article[aria-current="true"]');
/** The respondent the cursor is on: the outlined slot of the open item. */
const currentSlot = (page: Page) => currentItem(page).locator('.slot--current .slot__label');

/** Answers these cells straight through the API: `cells` as [itemId, slot]. */
async function answer(app: PatuhApp, auditId: string, cells: [string, number][], value = 3) {
  for (const [itemId, slot] of cells) await app.call('audits.answer', { auditId, itemId, slot, value });
}
/** A real reload (what main stored), ready for keys. */
async function reload(page: Page) {
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(currentItem(page)).toContainText('IN-K1');
}
const cellsOf = (detail: AuditDetail, groupId: string, slots: number[]): [string, number][] =>
  detail.template.groups.find((g) => g.id === groupId)!.items.flatMap((i) => slots.map((s) => [i.id, s] as [string, number]));

test.describe('checklist keyboard', () => {
  test('an answer moves on to the next unanswered cell: item by item for one respondent, then the next respondent, then the next dimension', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const detail = await createAudit(app, unitId, REVISED, 2024);
    const auditId = detail.audit.id;
    // The first official has answered everything but the last Input item.
    await answer(app, auditId, cellsOf(detail, 'IN', [0]).filter(([id]) => id !== 'IN-S9'));
    await app.open(`audits/${auditId}`);
    await expect(currentItem(page)).toContainText('IN-K1');

    await page.keyboard.press('b'); // next unanswered
    await expect(currentItem(page)).toContainText('IN-S9');
    await expect(currentSlot(page)).toHaveText('Pejabat/petugas 1');
    await page.keyboard.press('2');
    await expect(currentItem(page)).toContainText('IN-K1');
    await expect(currentSlot(page)).toHaveText('Pejabat/petugas 2');
    await expect.poll(async () => (await app.call<AuditDetail>('audits.get', { auditId })).answers['IN-S9']).toEqual([2, null, null, null]);

    // Input answered but for its very last cell: after it, the first product of Proses (from the registry).
    await answer(app, auditId, cellsOf(detail, 'IN', [1, 2, 3]).filter(([id, slot]) => !(id === 'IN-S9' && slot === 3)));
    await reload(page);
    await page.keyboard.press('b');
    await expect(currentItem(page)).toContainText('IN-S9');
    await expect(currentSlot(page)).toHaveText('Pejabat/petugas 4');
    await page.keyboard.press('1');
    await expect(currentItem(page)).toContainText('PR-01');
    await expect(currentSlot(page)).toHaveText('Akta Kelahiran');
    await expect.poll(async () => (await app.call<AuditDetail>('audits.get', { auditId })).answers['IN-S9']).toEqual([2, 3, 3, 1]);

    // [ and ] go to another respondent where their interview stands.
    await answer(app, auditId, [['PR-01', 1], ['PR-02', 1]]);
    await reload(page);
    await page.keyboard.press('b');
    await expect(currentItem(page)).toContainText('PR-01');
    await expect(currentSlot(page)).toHaveText('Akta Kelahiran');
    await page.keyboard.press(']');
    await expect(currentItem(page)).toContainText('PR-03');
    await expect(currentSlot(page)).toHaveText('KTP-el');
    await page.keyboard.press('[');
    await expect(currentItem(page)).toContainText('PR-01');
    await expect(currentSlot(page)).toHaveText('Akta Kelahiran');
    await expect(page.getByLabel('Tombol keyboard')).toContainText('[ ] responden lain');
  });

  test('↑ and ↓ keep the respondent over a dimension with fewer of them; Enter and F reach note and evidence', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const detail = await createAudit(app, unitId, REVISED, 2024);
    const auditId = detail.audit.id;
    await app.open(`audits/${auditId}`);

    // Output's eighth service user, down into Pengaduan (two officers) and back up.
    await page.locator('#item-OU-5').getByRole('button', { name: 'Pengguna layanan 8: —' }).click();
    await expect(currentSlot(page)).toHaveText('Pengguna layanan 8');
    await page.keyboard.press('ArrowDown');
    await expect(currentItem(page)).toContainText('PD-1');
    await expect(currentSlot(page)).toHaveText('Pengelola pengaduan 2');
    await page.keyboard.press('ArrowUp');
    await expect(currentItem(page)).toContainText('OU-5');
    await expect(currentSlot(page)).toHaveText('Pengguna layanan 8');

    await page.keyboard.press('Enter');
    await expect(currentItem(page).getByRole('textbox', { name: 'Catatan' })).toBeFocused();
    await page.keyboard.press('Escape');

    const photo = join(app.dataDir, 'kuesioner.png');
    writeFileSync(photo, PNG);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('f');
    await (await chooser).setFiles(photo);
    await expect(currentItem(page).getByRole('button', { name: 'Lihat bukti kuesioner.png' })).toBeVisible();
    expect(await app.call<EvidencePreview[]>('audits.evidence', { auditId, itemId: 'OU-5' })).toMatchObject([{ name: 'kuesioner.png' }]);
  });
});
