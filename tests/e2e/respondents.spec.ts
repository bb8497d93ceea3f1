import type { AuditDetail } from '../../shared/domain/audit';
import { REVISED, createAudit, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';

test('a respondent count shrinks after listing the answers it clears, which the trail then shows', async ({ app }) => {
  const { page } = app;
  const { unitId } = await seedRegistry(app);
  const auditId = (await createAudit(app, unitId, REVISED, 2024)).audit.id;
  await app.call('audits.answer', { auditId, itemId: 'OU-1', slot: 9, value: 3 });
  await app.call('audits.answer', { auditId, itemId: 'OU-2', slot: 6, value: 'na' });
  await app.call('audits.answer', { auditId, itemId: 'OU-2', slot: 1, value: 2 });
  await app.open(`audits/${auditId}`);

  await page.locator('#group-OU').getByRole('button', { name: 'Ubah responden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Responden: Dimensi Output' });
  await dialog.getByLabel('Jumlah Pengguna layanan').fill('5');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  const list = dialog.getByRole('alert');
  await expect(list).toContainText('2 jawaban akan dikosongkan');
  await expect(list.getByRole('listitem')).toHaveText(['Pengguna layanan 7: OU-2 N/A', 'Pengguna layanan 10: OU-1 3']);
  expect((await app.call<AuditDetail>('audits.get', { auditId })).audit.respondents.OU!.count).toBe(10);

  await dialog.getByRole('button', { name: 'Kosongkan 2 jawaban dan simpan' }).click();
  await expect(dialog).toBeHidden();
  const stored = await app.call<AuditDetail>('audits.get', { auditId });
  expect(stored.audit.respondents.OU!.count).toBe(5);
  expect(stored.answers['OU-2']).toEqual([null, 2, null, null, null]);
  await expect(page.locator('#group-OU')).toContainText('5 × Pengguna layanan');

  await page.getByRole('tab', { name: 'Jejak audit' }).click();
  const rows = page.getByRole('table', { name: 'Jejak audit' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Dimensi Output');
  await expect(rows.nth(1)).toContainText('10 → 5');
  await expect(page.getByRole('table', { name: 'Jejak audit' })).toContainText('OU-1 · Pengguna layanan 10');
});
