import type { Locator, Page } from '@playwright/test';
import type { AuditDetail } from '../../shared/domain/audit';
import type { Settings } from '../../shared/domain/settings';
import { createAudit, fillItems, REVISED, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';

/**
 * Issue 11 in the browser: signatures drawn on the seal dialog's pad (with the mouse), the
 * auditor's recommendations in the checklist (one started from a template's suggestion), and
 * the report layout in Settings with its preview. SHOTS_DIR=dir also saves screenshots of the
 * dialog and the settings panel, in both languages, for a person to look at.
 */

const shot = async (page: Page, name: string, target?: Locator) => {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await (target ?? page).screenshot({ path: `${dir}/${name}.png` });
};

/** Opens a screen in the language just set: a fresh load, as a hash change keeps the page's language. */
async function openIn(app: PatuhApp, path: string) {
  await app.open(path);
  await app.page.reload();
  await expect(app.page.locator('body[data-ready="true"]')).toBeAttached();
}

async function drawOn(page: Page, canvas: Locator) {
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * (0.1 + i * 0.06), box.y + box.height * (0.6 - 0.3 * Math.sin(i / 2)), { steps: 2 });
  await page.mouse.up();
}

test('the seal dialog takes a drawn signature, NIP and position for every signer; a typed name stays enough', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const { unitId } = await seedRegistry(app);
  await app.call('settings.update', { auditorPosition: 'Auditor Ahli Muda' });
  const created = await app.call<AuditDetail>('audits.create', {
    unitId, template: REVISED, period: { year: 2024 }, auditors: [{ name: 'Maria Goreti Lake', nip: '198703122010012003' }, { name: 'Yohanes Bria' }],
  });
  await fillItems(app, created, 2, () => true);
  const auditId = created.audit.id;

  for (const lang of ['en', 'id'] as const) {
    await app.call('settings.update', { language: lang });
    await openIn(app, `audits/${auditId}`);
    await page.getByRole('button', { name: lang === 'id' ? 'Segel audit' : 'Finalise audit' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('canvas')).toHaveCount(3);
    await drawOn(page, dialog.locator('canvas').first());
    await expect(dialog.getByRole('img', { name: /Maria Goreti Lake/ })).toHaveAccessibleName(lang === 'id' ? 'Tanda tangan Maria Goreti Lake, sudah digambar' : 'Signature of Maria Goreti Lake, drawn');
    await shot(page, `seal-dialog-${lang}`);
    if (lang === 'en') await dialog.getByRole('button', { name: 'Cancel' }).click();
  }

  const dialog = page.getByRole('dialog', { name: 'Finalkan dan segel audit' });
  // The lead's position comes from Settings; a signature drawn by mistake can be cleared.
  const lead = dialog.getByRole('group', { name: 'Ketua tim penilai' });
  await expect(lead.getByLabel('Jabatan')).toHaveValue('Auditor Ahli Muda');
  const member = dialog.getByRole('group', { name: 'Anggota tim penilai' });
  await drawOn(page, member.locator('canvas'));
  await member.getByRole('button', { name: 'Hapus tanda tangan' }).click();
  await expect(member.getByRole('img')).toHaveAccessibleName('Bidang tanda tangan Yohanes Bria, kosong');

  const representative = dialog.getByRole('group', { name: 'Perwakilan unit layanan' });
  await representative.getByLabel('Nama perwakilan instansi').fill('Yohanes Bria, S.H.');
  await representative.getByLabel('NIP').fill('12345');
  await dialog.getByRole('button', { name: 'Segel audit' }).click();
  await expect(representative.getByText('NIP terdiri dari 18 angka')).toBeVisible();
  await representative.getByLabel('NIP').fill('197501012000031002');
  await representative.getByLabel('Jabatan').fill('Kepala Dinas');
  await dialog.getByRole('button', { name: 'Segel audit' }).click();
  await expect(dialog).toBeHidden();

  const sealed = await app.call<AuditDetail>('audits.get', { auditId });
  const signers = sealed.audit.seal!.signOff.signers!;
  expect(signers.map((s) => [s.role, s.name, s.nip ?? '', s.position ?? ''])).toEqual([
    ['auditor', 'Maria Goreti Lake', '198703122010012003', 'Auditor Ahli Muda'],
    ['auditor', 'Yohanes Bria', '', ''],
    ['representative', 'Yohanes Bria, S.H.', '197501012000031002', 'Kepala Dinas'],
  ]);
  // The lead's drawing is a real PNG with ink on it; the cleared one left nothing.
  const png = Buffer.from(signers[0]!.drawn!.split(',')[1]!, 'base64');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(600);
  expect(signers[1]!.drawn).toBeUndefined();
});

test("the auditor writes recommendations per item and per dimension, starting from a template's suggestion", async ({ app }) => {
  const { page } = app;
  const { unitId } = await seedRegistry(app);
  // A template that suggests wording for its first item: a copy of the built-in one, renamed.
  const builtin = await app.call<{ template: { id: string; groups: { items: Record<string, unknown>[] }[] } }>('templates.get', REVISED);
  const custom = structuredClone(builtin.template) as Record<string, unknown> & { groups: { items: Record<string, unknown>[] }[] };
  Object.assign(custom, { id: 'kupang-saran', version: 1, name: { id: 'Metode Kupang dengan saran', en: 'Kupang method with suggestions' } });
  custom.groups[0]!.items[0]!.recommendation = { id: 'Tetapkan SK standar pelayanan dan umumkan.', en: 'Adopt the service standard by decree and publish it.' };
  await app.call('templates.import', { json: JSON.stringify(custom) });
  const audit = await createAudit(app, unitId, { id: 'kupang-saran', version: 1 }, 2024);
  await app.open(`audits/${audit.audit.id}`);

  const item = page.locator('.item--open');
  await item.getByRole('button', { name: 'Pakai usulan templat' }).click();
  const field = item.getByLabel('Rekomendasi auditor');
  await expect(field).toHaveValue('Tetapkan SK standar pelayanan dan umumkan.');
  await field.fill('Tetapkan SK standar pelayanan dan umumkan di loket.');
  await field.blur();
  await expect(item.locator('.recommendation-field').getByText('Tersimpan')).toBeVisible();
  const group = page.getByLabel('Rekomendasi untuk dimensi ini').first();
  await group.fill('Susun jadwal pemutakhiran media informasi.');
  await group.blur();
  await shot(page, 'checklist-recommendation-id', item);

  await expect.poll(async () => (await app.call<AuditDetail>('audits.get', { auditId: audit.audit.id })).recommendations).toEqual({
    items: { [audit.template.groups[0]!.items[0]!.id]: 'Tetapkan SK standar pelayanan dan umumkan di loket.' },
    groups: { [audit.template.groups[0]!.id]: 'Susun jadwal pemutakhiran media informasi.' },
  });
  // The suggestion is only offered while the field is empty; the evidence hint is never offered as one.
  await expect(item.getByRole('button', { name: 'Pakai usulan templat' })).toHaveCount(0);
});

test('report layout in Settings: letterhead, number, cover and closing texts with a live preview, in both languages', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.call('settings.update', {
    institutionName: 'Ombudsman RI Perwakilan Nusa Tenggara Timur', institutionAddress: 'Jl. Polisi Militer No. 7, Kupang',
    institutionContact: 'Telp. (0380) 821 000 · ntt@ombudsman.go.id', institutionPlace: 'Kupang', auditorName: 'Maria Goreti Lake',
  });
  for (const lang of ['en', 'id'] as const) {
    await app.call('settings.update', { language: lang });
    await openIn(app, 'settings');
    const panel = page.getByRole('region', { name: lang === 'id' ? 'Tata letak laporan' : 'Report layout' });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByTestId('report-preview')).toContainText('OMBUDSMAN RI PERWAKILAN NUSA TENGGARA TIMUR');
    if (lang === 'en') await shot(page, `report-layout-${lang}`, panel);
  }
  const panel = page.getByRole('region', { name: 'Tata letak laporan' });
  const preview = panel.getByTestId('report-preview');
  const year = String(new Date().getFullYear());
  await expect(preview).toContainText(`Nomor: 700/......./${year}`);
  await panel.getByLabel('Baris pertama kop surat').fill('Ombudsman Republik Indonesia');
  await panel.getByLabel('Pola nomor laporan').fill('B-{n}/ORI-NTT/{mm}/{yyyy}');
  await panel.getByLabel('Teks sampul').fill('Hasil penilaian kepatuhan atas permintaan Wali Kota Kupang.');
  await panel.getByLabel('Teks penutup').fill('Demikian laporan ini disampaikan.');
  // The preview follows the typing, before anything is saved.
  await expect(preview).toContainText('OMBUDSMAN REPUBLIK INDONESIA');
  await expect(preview).toContainText(/Nomor: B-\.\.\.\.\.\.\.\/ORI-NTT\/[IVX]+\/\d{4}/);
  await expect(preview).toContainText('Hasil penilaian kepatuhan atas permintaan Wali Kota Kupang.');
  await expect(preview).toContainText('Demikian laporan ini disampaikan.');
  await expect(preview).toContainText(/Kupang, \d{1,2} [A-Z][a-z]+ \d{4}/);
  await shot(page, 'report-layout-id', panel);
  await panel.getByRole('button', { name: 'Simpan tata letak' }).click();
  await expect(page.getByText('Tata letak laporan disimpan.')).toBeVisible();
  const saved = await app.call<Settings>('settings.get', {});
  expect(saved).toMatchObject({
    letterheadParent: 'Ombudsman Republik Indonesia', documentNumberPattern: 'B-{n}/ORI-NTT/{mm}/{yyyy}',
    reportCoverText: 'Hasil penilaian kepatuhan atas permintaan Wali Kota Kupang.', reportClosingText: 'Demikian laporan ini disampaikan.',
  });
  // Saving the main settings form afterwards keeps the layout (it is this panel's to save).
  await page.getByRole('button', { name: 'Simpan', exact: true }).first().click();
  await expect.poll(async () => (await app.call<Settings>('settings.get', {})).letterheadParent).toBe('Ombudsman Republik Indonesia');
});
