import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditDetail } from '../../shared/domain/audit';
import { REVISED, createAudit, seedRegistry } from './audits-seed';
import { day } from './findings-seed';
import { expect, test } from './fixtures';

/** What a user is told when an input is refused: the reason and the limit, where they are looking. */
test.describe('refusals a user can act on', () => {
  test('a note over 5,000 characters says so and is not retried forever', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const detail = await createAudit(app, unitId, REVISED, 2024);
    await app.open(`audits/${detail.audit.id}`);
    await page.locator('#item-IN-K1').click();
    await page.keyboard.press('Enter');
    const note = page.getByRole('textbox', { name: 'Catatan' });
    await note.fill('x'.repeat(5_001));
    await note.blur();
    const item = page.locator('article[aria-current="true"]');
    await expect(item.getByText('Catatan 5.001 karakter, maksimal 5.000: persingkat agar dapat disimpan.')).toBeVisible();
    await expect(item.getByText('Belum tersimpan — akan dicoba lagi')).toHaveCount(0);
    await note.fill('Papan standar pelayanan terpasang.');
    await expect(item.getByText('Tersimpan')).toBeVisible();
    expect((await app.call<AuditDetail>('audits.get', { auditId: detail.audit.id })).notes['IN-K1']).toBe('Papan standar pelayanan terpasang.');
  });

  test('a reopen reason too short names the minimum', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const detail = await createAudit(app, unitId, REVISED, 2024);
    await app.call('audits.seal', { auditId: detail.audit.id, signOff: { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria', date: day(0) } });
    await app.open(`audits/${detail.audit.id}`);
    await page.getByRole('button', { name: 'Buka kembali' }).click();
    const reopen = page.getByRole('dialog', { name: 'Buka kembali audit' });
    await reopen.getByLabel('Alasan membuka kembali').fill('abc');
    await reopen.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(reopen.getByText('Tuliskan alasan yang jelas (minimal 5 karakter).')).toBeVisible();
    expect((await app.call<AuditDetail>('audits.get', { auditId: detail.audit.id })).audit.status).toBe('final');
  });

  test('a new finding without an institution asks for one, instead of calling an id invalid', async ({ app }) => {
    const { page } = app;
    await app.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
    await app.call('entities.create', { kind: 'pemkab', name: 'Pemerintah Kabupaten Kupang' });
    await app.open('findings/new');
    await page.getByLabel('Pernyataan temuan').fill('SOP tidak dipajang di loket');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const field = page.locator('.field').filter({ has: page.getByLabel('Instansi') });
    await expect(field.getByRole('alert')).toHaveText('Wajib diisi.');
    await expect(page.getByText('Pengenal tidak valid.')).toHaveCount(0);
  });

  test('an error notice stays on its screen and never covers the Save button', async ({ app }) => {
    const { page } = app;
    // A laptop screen at the app's smallest comfortable width: the Save button is near the right edge.
    await page.setViewportSize({ width: 1024, height: 700 });
    await app.open('settings');
    const bad = join(app.dataDir, 'bobot.json');
    writeFileSync(bad, JSON.stringify({ id: 'uji', version: 1 }));
    const save = page.getByRole('button', { name: 'Simpan', exact: true }).first();
    await save.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.getByLabel('Impor templat (JSON/Excel)…').setInputFiles(bad);
    const notice = page.locator('.notice--error');
    await expect(notice).toBeVisible();
    // What the notice says is the file's first problem, not "check the marked fields" (nothing is marked).
    await expect(notice).not.toContainText('Periksa kembali isian yang ditandai');
    const [a, b] = [await notice.boundingBox(), await save.boundingBox()];
    const overlap = a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `notice ${JSON.stringify(a)} over Save ${JSON.stringify(b)}`).toBeFalsy();
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // At once, not when the notice times out five seconds after it appeared.
    await expect(notice).toHaveCount(0, { timeout: 1_000 });
  });
});
