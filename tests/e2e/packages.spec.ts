import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AuditDetail, AuditSummary, TrailEntry } from '../../shared/domain/audit';
import { REVISED, createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, startLaptop, test } from './fixtures';
import { INPUT_AUDITOR, LEAD, LONG_UNIT, PROSES_AUDITOR, TRANSFER_PASSWORD, auditorWorks, sendPart } from './packages-seed';

/** Drops files on the import screen's drop zone, as Explorer would. */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]) {
  await page.locator('.drop-zone').evaluate((el, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64') })));
}

const card = (page: Page, fileName: string) => page.getByRole('article', { name: fileName });

test.describe('audit packages between laptops', () => {
  test('the lead splits an audit between two auditors, merges both parts, resolves the one conflict and seals; the trail credits each auditor', async ({ app }, info) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const audit = await createAudit(app, unitId, REVISED, 2024);
    const auditId = audit.audit.id;

    // Part 1 through the UI: the split names the auditor and the dimension.
    await app.open(`audits/${auditId}`);
    await page.getByRole('button', { name: /Kirim \/ Ekspor paket/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirim / Ekspor paket audit' });
    await dialog.getByLabel('Lindungi dengan kata sandi transfer').check();
    await dialog.getByLabel(/^Kata sandi transfer/).fill('pendek');
    await dialog.getByLabel('Ulangi kata sandi').fill('pendek');
    await dialog.getByLabel('Bagi pekerjaan: paket ini untuk satu anggota tim').check();
    await dialog.getByRole('button', { name: 'Simpan paket…' }).click();
    await expect(dialog.getByText('Kata sandi minimal 8 karakter.')).toBeVisible();
    await expect(dialog.getByText('Pilih paling sedikit satu dimensi.')).toBeVisible();
    await dialog.getByLabel('Lindungi dengan kata sandi transfer').uncheck();
    await dialog.getByLabel('Nama anggota tim').fill(INPUT_AUDITOR);
    await dialog.getByLabel('Dimensi Input').check();
    const part1 = info.outputPath('bagian-input.patuh');
    await app.nextSavePath(part1);
    await dialog.getByRole('button', { name: 'Simpan paket…' }).click();
    await expect(dialog.getByText(`Paket disimpan: ${part1}`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Tampilkan di folder' }).click();
    await expect.poll(() => app.desktopLog()).toEqual([{ action: 'showInFolder', path: part1 }]);
    await dialog.getByRole('button', { name: 'Tutup' }).click();

    // Part 2, encrypted, through the API; each auditor works on a laptop of their own.
    const part2 = info.outputPath('bagian-proses.patuh');
    await sendPart(app, auditId, part2, PROSES_AUDITOR, ['PR'], TRANSFER_PASSWORD);
    const fromInput = info.outputPath('dari-yosef.patuh');
    const fromProses = info.outputPath('dari-agustina.patuh');
    await auditorWorks(auditId, { path: part1, auditor: INPUT_AUDITOR, group: 'IN', clash: 3, out: fromInput });
    await auditorWorks(auditId, { path: part2, password: TRANSFER_PASSWORD, auditor: PROSES_AUDITOR, group: 'PR', clash: 1, out: fromProses });

    // The lead receives both: previews, an unknown laptop made trusted, one Import.
    await app.open('audits');
    await page.getByRole('link', { name: /Terima \/ Impor paket/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Terima / Impor paket' })).toBeVisible();
    await app.nextOpenPaths([fromInput, fromProses]);
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    const yosef = card(page, 'dari-yosef.patuh');
    await expect(yosef.getByText('Digabung: 60 perubahan')).toBeVisible();
    await expect(yosef.getByText(INPUT_AUDITOR, { exact: true })).toBeVisible();
    await expect(yosef.getByText('⚠ Perangkat tidak dikenal')).toBeVisible();
    await expect(card(page, 'dari-agustina.patuh').getByText('Digabung: 25 perubahan')).toBeVisible();
    await yosef.getByRole('button', { name: 'Percayai perangkat ini…' }).click();
    const trust = page.getByRole('dialog', { name: 'Percayai perangkat' });
    await trust.getByLabel('Label').fill('Laptop Yosef — Tim Kupang');
    await trust.getByRole('button', { name: 'Percayai' }).click();
    await expect(yosef.getByText('Perangkat tepercaya: Laptop Yosef — Tim Kupang')).toBeVisible();
    await expect(card(page, 'dari-agustina.patuh').getByText('⚠ Perangkat tidak dikenal')).toBeVisible();
    await page.getByRole('button', { name: 'Impor 2 paket' }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Hasil impor' });
    await expect(summary).toContainText('2 paket diimpor');
    await expect(summary.getByRole('link', { name: /Dinas Kependudukan dan Pencatatan Sipil · 2024/ })).toBeVisible();
    await expect(summary).toContainText('1 konflik');

    // The checklist holds the seal back while the conflict is open.
    await app.open(`audits/${auditId}`);
    await expect(page.getByRole('note').filter({ hasText: '1 konflik dari penggabungan.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Segel audit' })).toBeDisabled();
    await page.getByRole('link', { name: 'Selesaikan konflik →' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Konflik penggabungan' })).toBeVisible();
    const conflict = page.getByRole('article', { name: /IN-K1/ });
    await expect(conflict).toContainText('Pejabat/petugas 1');
    await expect(conflict).toContainText(INPUT_AUDITOR);
    await expect(conflict).toContainText(PROSES_AUDITOR);
    await page.getByRole('button', { name: `Semua milik ${PROSES_AUDITOR} (1)` }).click();
    await expect(page.getByText('Semua konflik sudah diselesaikan')).toBeVisible();

    await page.getByRole('link', { name: 'Kembali ke daftar periksa' }).first().click();
    await page.getByRole('button', { name: 'Segel audit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Segel audit' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'Tanda tangan digital sah, dibuat di laptop ini.' })).toBeVisible();

    const sealed = await app.call<AuditDetail>('audits.get', { auditId });
    expect(sealed.audit.status).toBe('final');
    expect(sealed.answers['IN-K1']![0]).toBe(1);
    expect(sealed.answers['IN-K2']).toEqual([2, 2, 2, 2]);
    expect(sealed.answers['PR-01']).toEqual([2, 2]);

    // Every merged answer is credited to the auditor who gave it; the lead's choice says whose value won.
    const trail = await app.call<TrailEntry[]>('audits.trail', { auditId });
    const merged = trail.filter((e) => e.action === 'merged' && e.slot !== null);
    expect(merged.filter((e) => e.itemId!.startsWith('IN-')).map((e) => e.actor)).toEqual(Array(60).fill(INPUT_AUDITOR));
    expect(merged.filter((e) => e.itemId!.startsWith('PR-')).map((e) => e.actor)).toEqual(Array(24).fill(PROSES_AUDITOR));
    expect(trail.filter((e) => e.action === 'conflictResolved')).toEqual([
      expect.objectContaining({ actor: LEAD, itemId: 'IN-K1', slot: 0, oldValue: '3', newValue: '1', note: `→ ${PROSES_AUDITOR}` }),
    ]);
    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    await expect(page.getByRole('row').filter({ hasText: PROSES_AUDITOR }).filter({ hasText: 'Digabung dari paket' }).first()).toBeVisible();
  });

  test('import screen: a dropped encrypted package asks for its password, a damaged file is refused with its own message, names match only when confirmed, and a second import changes nothing', async ({ app }, info) => {
    const { page } = app;
    const other = await startLaptop();
    const encrypted = info.outputPath('kupang-terenkripsi.patuh');
    let plain: Buffer;
    try {
      // The other laptop typed the same entity and unit itself: other ids, same names.
      const { unitId } = await seedRegistry(other);
      const detail = await createAudit(other, unitId, REVISED, 2023);
      await fillItems(other, detail, 3, (_, g) => g === 'IN');
      await other.nextSavePath(encrypted);
      await other.call('packages.export', { selection: { auditIds: [detail.audit.id] }, password: TRANSFER_PASSWORD });
      const clear = info.outputPath('biasa.patuh');
      await other.nextSavePath(clear);
      await other.call('packages.export', { selection: { all: true } });
      plain = readFileSync(clear);
    } finally {
      await other.close();
    }
    const { entityId } = await seedRegistry(app);

    await app.open('home');
    await page.getByRole('link', { name: /Terima \/ Impor paket/ }).click();
    // A copy to a USB stick that did not finish: the first half of the file.
    await dropFiles(page, [
      { name: 'kupang-terenkripsi.patuh', bytes: readFileSync(encrypted) },
      { name: 'terpotong.patuh', bytes: plain.subarray(0, Math.floor(plain.length / 2)) },
    ]);
    await expect(card(page, 'terpotong.patuh').getByRole('alert')).toHaveText(/Berkas paket rusak atau terpotong/);
    const locked = card(page, 'kupang-terenkripsi.patuh');
    await expect(locked.getByText('Paket ini terenkripsi. Masukkan kata sandi transfernya.')).toBeVisible();
    await locked.getByLabel(/^Kata sandi transfer/).fill('salah-sandi-123');
    await locked.getByRole('button', { name: 'Buka paket' }).click();
    await expect(locked.getByRole('alert')).toHaveText('Kata sandi paket salah.');
    await locked.getByLabel(/^Kata sandi transfer/).fill(TRANSFER_PASSWORD);
    await locked.getByRole('button', { name: 'Buka paket' }).click();
    await expect(locked.getByText('🔒 Terenkripsi')).toBeVisible();
    await expect(locked.getByText('Baru — akan ditambahkan')).toBeVisible();
    await expect(locked.getByText('— dicocokkan berdasarkan nama dengan «Pemerintah Kota Kupang» di laptop ini.')).toBeVisible();

    const importButton = page.getByRole('button', { name: 'Impor 1 paket' });
    await expect(importButton).toBeDisabled();
    await expect(page.getByText('Konfirmasi dulu kecocokan nama pada 1 paket.')).toBeVisible();
    await expect(page.getByText('1 paket tidak ikut (terkunci atau tidak dapat dibaca)')).toBeVisible();
    await locked.getByLabel(/Saya sudah memeriksa/).check();
    await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'Hasil impor' })).toContainText('1 paket diimpor');
    const list = await app.call<AuditSummary[]>('audits.list', {});
    expect(list).toEqual([expect.objectContaining({ entityId, period: expect.objectContaining({ year: 2023 }) })]);
    expect(await app.call<unknown[]>('entities.list', { search: '', includeArchived: true })).toHaveLength(1);

    // The same package again: the preview says so, and there is nothing to import.
    await page.getByRole('button', { name: 'Impor paket lain' }).click();
    await app.nextOpenPaths([encrypted]);
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await locked.getByLabel(/^Kata sandi transfer/).fill(TRANSFER_PASSWORD);
    await locked.getByRole('button', { name: 'Buka paket' }).click();
    await expect(locked.getByText(/Paket ini sudah diimpor pada .*Mengimpornya lagi tidak mengubah apa pun\./)).toBeVisible();
    await expect(page.getByText('Tidak ada paket yang dapat diimpor.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Impor 0 paket' })).toBeDisabled();
  });

  test('a draft made by mistake is voided with a reason, is read-only and out of the list, and is restored from the list of voided audits', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app, LONG_UNIT);
    const { audit } = await createAudit(app, unitId, REVISED, 2024);
    await app.open(`audits/${audit.id}`);
    await page.getByRole('button', { name: 'Batalkan audit…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Batalkan audit' });
    await dialog.getByLabel('Alasan pembatalan').fill('uji');
    await dialog.getByRole('button', { name: 'Batalkan audit' }).click();
    await expect(dialog.getByText('Tuliskan alasan yang jelas (minimal 5 karakter).')).toBeVisible();
    await dialog.getByLabel('Alasan pembatalan').fill('Unit yang dipilih salah');
    await dialog.getByRole('button', { name: 'Batalkan audit' }).click();

    await expect(page.getByRole('note').filter({ hasText: 'Audit ini dibatalkan' })).toContainText('Alasan: Unit yang dipilih salah');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dibatalkan');
    await expect(page.getByRole('button', { name: 'Segel audit' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Kirim \/ Ekspor paket/ })).toBeHidden();
    await page.getByRole('radio', { name: '2' }).first().click({ force: true }); // aria-disabled: force past Playwright's check
    await expect(page.getByRole('status').filter({ hasText: 'Audit ini dibatalkan — pulihkan untuk mengubah.' })).toBeVisible();
    expect((await app.call<AuditDetail>('audits.get', { auditId: audit.id })).answers['IN-K1']).toEqual([null, null, null, null]);

    await page.getByRole('link', { name: '← Audit' }).click();
    await expect(page.getByText('Belum ada audit')).toBeVisible();
    await page.getByLabel('Tampilkan audit yang dibatalkan').check();
    const row = page.getByRole('row').filter({ hasText: LONG_UNIT });
    await expect(row).toContainText('Dibatalkan');
    await row.getByRole('button', { name: `Pulihkan ${LONG_UNIT} 2024` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Audit dipulihkan sebagai draf.' })).toBeVisible();
    await expect(page.getByText('Tidak ada audit yang dibatalkan.')).toBeVisible();
    await page.getByLabel('Tampilkan audit yang dibatalkan').uncheck();
    await expect(page.getByRole('row').filter({ hasText: LONG_UNIT })).toContainText('Draf');

    const trail = await app.call<TrailEntry[]>('audits.trail', { auditId: audit.id });
    expect(trail.map((e) => e.action).slice(-2)).toEqual(['voided', 'unvoided']);
    expect(trail.at(-2)).toMatchObject({ actor: LEAD, note: 'Unit yang dipilih salah' });
  });
});

test.describe('audit packages from the audits list', () => {
  test('export every audit of one entity and year, with a transfer password typed twice', async ({ app }, info) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    await createAudit(app, unitId, REVISED, 2023);
    await createAudit(app, unitId, REVISED, 2024);
    await app.open('audits');
    await page.getByRole('button', { name: /Kirim \/ Ekspor paket/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirim / Ekspor paket audit' });
    await expect(dialog.getByLabel('Audit yang ditampilkan (2)')).toBeChecked();
    await dialog.getByLabel('Semua audit satu instansi (dan tahun)').check();
    await expect(dialog.getByRole('button', { name: 'Simpan paket…' })).toBeDisabled();
    await dialog.getByLabel('Instansi', { exact: true }).selectOption({ label: 'Pemerintah Kota Kupang' });
    await dialog.getByLabel('Tahun', { exact: true }).selectOption('2024');
    await dialog.getByLabel('Lindungi dengan kata sandi transfer').check();
    await expect(dialog.getByText(/tidak disimpan di mana pun dan tidak dapat dipulihkan/)).toBeVisible();
    await dialog.getByLabel(/^Kata sandi transfer/).fill(TRANSFER_PASSWORD);
    await dialog.getByLabel('Ulangi kata sandi').fill(`${TRANSFER_PASSWORD}x`);
    await dialog.getByRole('button', { name: 'Simpan paket…' }).click();
    await expect(dialog.getByText('Kedua kata sandi tidak sama.')).toBeVisible();
    await dialog.getByLabel('Ulangi kata sandi').fill(TRANSFER_PASSWORD);
    const target = info.outputPath('kupang-2024.patuh');
    await app.nextSavePath(target);
    await dialog.getByRole('button', { name: 'Simpan paket…' }).click();
    await expect(dialog.getByText(/^1 audit, 0 berkas bukti/)).toBeVisible();
    // Encrypted: nothing of the audit is readable in the file.
    expect(readFileSync(target).includes(Buffer.from('Dinas Kependudukan'))).toBe(false);
  });
});

test.describe('trusted devices', () => {
  test('Settings shows this laptop’s id and key; a pasted key is trusted under a label and removed again; this laptop’s own key is refused', async ({ app }) => {
    const { page } = app;
    const other = await startLaptop();
    let otherKey: string;
    try {
      otherKey = (await other.call<{ self: { publicKey: string } }>('devices.list', {})).self.publicKey;
    } finally {
      await other.close();
    }
    const self = (await app.call<{ self: { deviceId: string; publicKey: string } }>('devices.list', {})).self;
    await app.open('settings');
    const panel = page.getByRole('region', { name: 'Perangkat tepercaya' });
    await expect(panel).toContainText(self.deviceId);
    await expect(panel.getByLabel('Kunci publik laptop ini')).toHaveValue(self.publicKey);
    await expect(panel.getByText('Belum ada perangkat tepercaya.')).toBeVisible();

    await panel.getByRole('button', { name: 'Tambah dengan kunci publik…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Percayai perangkat' });
    await dialog.getByLabel(/^Kunci publik perangkat/).fill(self.publicKey);
    await dialog.getByLabel(/^Label/).fill('Laptop ini sendiri');
    await dialog.getByRole('button', { name: 'Percayai' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Laptop ini sendiri tidak perlu ditandai tepercaya.');
    await dialog.getByLabel(/^Kunci publik perangkat/).fill(otherKey);
    await dialog.getByLabel(/^Label/).fill('Laptop Agustina — Tim Proses');
    await dialog.getByRole('button', { name: 'Percayai' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Perangkat «Laptop Agustina — Tim Proses» kini tepercaya.' })).toBeVisible();
    const trusted = panel.getByRole('list', { name: 'Laptop yang dipercaya di sini' });
    await expect(trusted.getByRole('listitem')).toHaveCount(1);

    await trusted.getByRole('button', { name: 'Hapus Laptop Agustina — Tim Proses dari perangkat tepercaya' }).click();
    await expect(panel.getByText('Belum ada perangkat tepercaya.')).toBeVisible();
    expect((await app.call<{ trusted: unknown[] }>('devices.list', {})).trusted).toEqual([]);
  });
});
