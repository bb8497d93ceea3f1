import type { AuditDetail } from '../../shared/domain/audit';
import { createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';

/**
 * Sealing a 2025 audit whose survey respondents answered without proof of service: the dialog
 * warns how many lack a proof, and sealing still goes ahead (a proof may still be on paper).
 */
const shots = process.env.PATUH_SHOTS;

async function openIn(app: PatuhApp, path: string) {
  await app.open(path);
  await app.page.reload();
  await expect(app.page.locator('body[data-ready="true"]')).toBeAttached();
}

test('the seal dialog warns about survey respondents without proof, and seals anyway', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const { unitId } = await seedRegistry(app);
  const audit = await createAudit(app, unitId, { id: 'ori-opini-2025', version: 1 }, 2025);
  const auditId = audit.audit.id;
  await fillItems(app, audit, 3, (_id, groupId) => groupId !== 'KP');
  await fillItems(app, audit, 1, (id) => id.startsWith('KP-M'));
  await app.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });

  await app.call('settings.update', { language: 'en' });
  await openIn(app, `audits/${auditId}`);
  await page.getByRole('button', { name: 'Finalise audit' }).click();
  const en = page.getByRole('dialog');
  await expect(en.getByTestId('seal-unproven')).toHaveText(/^29 survey respondents have answers but no proof of service yet/);
  if (shots) await page.screenshot({ path: `${shots}/seal-unproven-en.png` });
  await en.getByRole('button', { name: 'Cancel' }).click();

  await app.call('settings.update', { language: 'id' });
  await app.call('audits.setProof', { auditId, groupId: 'KP', slot: 1, documentNo: '5371-2025-002' });
  await openIn(app, `audits/${auditId}`);
  await page.getByRole('button', { name: 'Segel audit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalkan dan segel audit' });
  await expect(dialog.getByTestId('seal-unproven')).toHaveText(/^28 responden survei sudah menjawab tetapi belum punya bukti layanan/);
  if (shots) await page.screenshot({ path: `${shots}/seal-unproven-id.png` });
  await dialog.getByLabel('Nama perwakilan instansi').fill('Yohanes Bria, S.H.');
  await dialog.getByRole('button', { name: 'Segel audit' }).click();
  await expect(dialog).toBeHidden();
  expect((await app.call<AuditDetail>('audits.get', { auditId })).audit.seal).toMatchObject({ intact: true });
});

test('no warning when every answering respondent has a proof', async ({ app }) => {
  const { page } = app;
  const { unitId } = await seedRegistry(app);
  const audit = await createAudit(app, unitId, { id: 'ori-opini-2025', version: 1 }, 2025);
  const auditId = audit.audit.id;
  await fillItems(app, audit, 3, (_id, groupId) => groupId !== 'KP');
  // Only the first two respondents answered; both show a proof.
  for (const item of audit.template.groups.find((g) => g.id === 'KP')!.items) await app.call('audits.answerItem', { auditId, itemId: item.id, values: [1, 0, ...Array<null>(28).fill(null)] });
  await app.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
  await app.call('audits.setProof', { auditId, groupId: 'KP', slot: 1, documentNo: '5371-2025-002' });
  await openIn(app, `audits/${auditId}`);
  // The proofs are loaded (the dialog reads the same cached list), so an absent warning means none.
  await expect(page.getByTestId('survey-progress')).toContainText('bukti layanan 2/30');
  await page.getByRole('button', { name: 'Segel audit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalkan dan segel audit' });
  await expect(dialog.getByLabel('Nama perwakilan instansi')).toBeVisible();
  await expect(dialog.getByTestId('seal-unproven')).toHaveCount(0);
});
