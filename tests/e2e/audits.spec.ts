import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AuditDetail, EvidencePreview } from '../../shared/domain/audit';
import { formatDate, formatDateNumeric } from '../../shared/format/dates';
import { scoreUnit, type SlotAnswer } from '../../shared/scoring';
import { PNG, REVISED, createAudit, fillItems, seedRegistry } from './audits-seed';
import { expect, test, type PatuhApp } from './fixtures';

/** A score as the Indonesian UI prints it (78,46). */
const shown = (n: number) => new Intl.NumberFormat('id', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** The score main's scoring gives for the audit as stored now, so the UI is checked against it. */
async function storedScore(app: PatuhApp, auditId: string): Promise<number> {
  const d = await app.call<AuditDetail>('audits.get', { auditId });
  const counts = Object.fromEntries(Object.entries(d.audit.respondents).map(([id, r]) => [id, r.count]));
  return scoreUnit(d.template, { respondentCounts: counts, answers: d.answers }).score;
}
const answersOf = async (app: PatuhApp, auditId: string, itemId: string): Promise<SlotAnswer[]> =>
  (await app.call<AuditDetail>('audits.get', { auditId })).answers[itemId] ?? [];
const auditIdOf = (page: Page) => page.url().split('/').pop()!;
/** A real reload: the query cache goes, so the screen shows what main stored. */
async function reload(page: Page) {
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

const scorePanel = (page: Page) => page.getByRole('region', { name: 'Nilai kepatuhan' });
const currentItem = (page: Page) => page.locator('article[aria-current="true"]');

async function startFromForm(page: Page, year: string, counts: Record<string, string> = {}) {
  await page.getByRole('link', { name: '+ Mulai audit' }).first().click();
  await page.getByLabel('Instansi').selectOption({ label: 'Pemerintah Kota Kupang' });
  await page.getByLabel('Unit layanan').selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
  await page.getByLabel('Tahun').fill(year);
  for (const [label, value] of Object.entries(counts)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Mulai audit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
}

test.describe('audits', () => {
  test('the start form refuses a missing unit or lead auditor and saves nothing', async ({ app }) => {
    const { page } = app;
    await seedRegistry(app);
    await app.open('audits');
    await expect(page.getByText('Belum ada audit')).toBeVisible();
    await page.getByRole('link', { name: '+ Mulai audit' }).first().click();
    await page.getByLabel('Instansi').selectOption({ label: 'Pemerintah Kota Kupang' });
    await page.getByLabel('Ketua tim (auditor 1)').fill('');
    // Field days are typed day first, and the end cannot come before the start.
    await page.getByLabel('Mulai lapangan').fill('21/08/2023');
    await page.getByLabel('Selesai lapangan').fill('20-8-2023');
    await page.getByLabel('Selesai lapangan').blur();
    await expect(page.getByLabel('Selesai lapangan')).toHaveValue('20/08/2023');
    await expect(page.getByText('Tanggal paling awal 21/08/2023.')).toBeVisible();
    await page.getByRole('button', { name: 'Mulai audit' }).click();
    await expect(page.getByText('Wajib diisi.')).toHaveCount(2);
    await expect(page.getByText('Periksa kembali isian yang ditandai.')).toBeVisible();
    expect(await app.call('audits.list', {})).toEqual([]);
  });

  test('revised method: keyboard answers move score, zone and grade; evidence by picker and drop; notes survive a reload', async ({ app }) => {
    const { page } = app;
    await seedRegistry(app);
    await app.open('audits');
    await startFromForm(page, '2023', { 'Dimensi Output · Pengguna layanan': '3' });
    const auditId = auditIdOf(page);
    await expect(page.getByText('Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024')).toBeVisible();
    const score = scorePanel(page);
    // Nothing answered yet: a neutral panel, not "0,00 Zona Merah, E" as if that were the verdict.
    await expect(score.getByTestId('score-value')).toHaveText('—');
    await expect(score.getByTestId('score-empty')).toHaveText('Belum ada jawaban');
    await expect(score).not.toContainText('Zona Merah');
    await expect(score.getByTestId('score-grade')).toHaveText('—');
    await expect(score.getByTestId('score-grade')).toHaveClass(/badge--muted/);
    await expect(page.getByLabel('Tombol keyboard')).toContainText('0–3');

    await page.keyboard.press('3'); // IN-K1, official 1; then on to IN-K2
    await expect(currentItem(page)).toContainText('IN-K2');
    // The first answer shows the live score, zone and grade.
    await expect.poll(() => answersOf(app, auditId, 'IN-K1')).toEqual([3, null, null, null]);
    await expect(score.getByTestId('score-value')).toHaveText(shown(await storedScore(app, auditId)));
    await expect(score.getByTestId('score-empty')).toHaveCount(0);
    await expect(score).toContainText('Zona Merah');
    await expect(score.getByTestId('score-grade')).toHaveText('E · Kualitas Terendah');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2'); // IN-K2, official 2
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('n'); // N/A on IN-K1 for official 2
    await expect.poll(() => answersOf(app, auditId, 'IN-K1')).toEqual([3, 'na', null, null]);
    expect(await answersOf(app, auditId, 'IN-K2')).toEqual([null, 2, null, null]);
    await expect(score.getByTestId('score-value')).toHaveText(shown(await storedScore(app, auditId)));
    await expect(page.locator('#item-IN-K1').getByRole('button', { name: 'Pejabat/petugas 2: N/A' })).toBeVisible();

    // Everything but complaint handling at the top of the scale: yellow under the 80 policy, official grade B.
    const detail = await app.call<AuditDetail>('audits.get', { auditId });
    await fillItems(app, detail, 3, (_, group) => group !== 'PD');
    await reload(page);
    await expect(score.getByTestId('score-value')).toHaveText(shown(await storedScore(app, auditId)));
    await expect(score).toContainText('Zona Kuning');
    await expect(score.getByTestId('score-grade')).toHaveText('B · Kualitas Tinggi');
    await expect(page.getByRole('region', { name: 'Jalan menuju target' })).toContainText('PD-');

    await score.getByRole('button', { name: /Dimensi Pengaduan/ }).click();
    await expect(currentItem(page)).toContainText('PD-1');
    for (let i = 0; i < 9; i++) await page.keyboard.press('3');
    await expect.poll(() => answersOf(app, auditId, 'PD-9')).toEqual([3, null]);
    await expect(score.getByTestId('score-value')).toHaveText(shown(await storedScore(app, auditId)));
    await expect(score).toContainText('Zona Hijau');
    await expect(score.getByTestId('score-grade')).toHaveText('A · Kualitas Tertinggi');
    await expect(page.getByRole('region', { name: 'Jalan menuju target' })).toContainText('sudah berada di zona hijau');

    // The first officer's answers are in, so the cursor went on to the second one's first item; back to PD-9.
    await expect(currentItem(page)).toContainText('PD-1');
    await page.locator('#item-PD-9').click();
    await expect(currentItem(page)).toContainText('PD-9');
    // Evidence through the (hidden) file input behind the translated button.
    const photo = join(app.dataDir, 'papan-pengaduan.png');
    writeFileSync(photo, PNG);
    await expect(currentItem(page).getByRole('button', { name: 'Lampirkan foto/berkas' })).toBeVisible();
    await currentItem(page).locator('input[type=file]').setInputFiles(photo);
    await expect(currentItem(page).getByRole('button', { name: 'Lihat bukti papan-pengaduan.png' })).toBeVisible();
    await currentItem(page).locator('input[type=file]').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan foto') });
    await expect(currentItem(page).getByRole('alert')).toContainText('catatan.txt: jenis berkas tidak didukung');
    expect(await app.call<EvidencePreview[]>('audits.evidence', { auditId, itemId: 'PD-9' })).toHaveLength(1);
    await currentItem(page).locator('input[type=file]').setInputFiles({ name: 'salah.png', mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.from('x')]) });
    await currentItem(page).getByRole('button', { name: 'Hapus bukti salah.png' }).click();
    await page.getByRole('dialog', { name: 'Bukti butir PD-9' }).getByRole('button', { name: 'Ya, hapus' }).click();
    await page.keyboard.press('Escape');
    await expect(currentItem(page).getByRole('button', { name: 'Lihat bukti salah.png' })).toBeHidden();
    expect(await app.call<EvidencePreview[]>('audits.evidence', { auditId, itemId: 'PD-9' })).toMatchObject([{ name: 'papan-pengaduan.png' }]);

    // A photo dropped on another item's row becomes that item's evidence.
    await page.locator('#item-PD-1').evaluate((el, b64) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'ruang-tunggu.png', { type: 'image/png' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, PNG.toString('base64'));
    await expect(currentItem(page).getByRole('button', { name: 'Lihat bukti ruang-tunggu.png' })).toBeVisible();
    expect(await app.call<EvidencePreview[]>('audits.evidence', { auditId, itemId: 'PD-1' })).toMatchObject([{ name: 'ruang-tunggu.png' }]);

    // A note is saved after a short pause, without leaving the field; digits typed there are not answers.
    await page.locator('#item-IN-K1').click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Catatan' })).toBeFocused();
    await page.keyboard.type('Papan standar pelayanan 3 lembar, terpasang di ruang tunggu.');
    await expect(currentItem(page).getByText('Tersimpan')).toBeVisible();
    await reload(page);
    await expect(page.getByRole('textbox', { name: 'Catatan' })).toHaveValue('Papan standar pelayanan 3 lembar, terpasang di ruang tunggu.');
    expect(await answersOf(app, auditId, 'IN-K1')).toEqual([3, 3, 3, 3]);
  });

  test('a refused answer is reverted and said so, not lost silently', async ({ app }) => {
    const { page } = app;
    const { unitId } = await seedRegistry(app);
    const audit = await createAudit(app, unitId, REVISED, 2024);
    await app.open(`audits/${audit.audit.id}`);
    await expect(currentItem(page)).toContainText('IN-K1');
    // Sealed behind the screen's back (another window, the CLI): the next answer must fail visibly.
    await app.call('audits.seal', { auditId: audit.audit.id, signOff: { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria', date: '2024-08-20' } });
    await page.keyboard.press('2');
    await expect(page.getByRole('alert').filter({ hasText: 'Jawaban tidak tersimpan dan dikembalikan' })).toBeVisible();
    await expect(page.locator('#item-IN-K1').getByRole('button', { name: 'Pejabat/petugas 1: —' })).toBeVisible();
    expect(await answersOf(app, audit.audit.id, 'IN-K1')).toEqual([null, null, null, null]);
  });

  test('classic method: yes/no keys, product labels, seal, read-only, export, reopen with a reason, trail', async ({ app }) => {
    const { page } = app;
    await seedRegistry(app);
    await app.open('audits');
    await startFromForm(page, '2020');
    const auditId = auditIdOf(page);
    await expect(page.getByText('Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2016–2021')).toBeVisible();
    await expect(page.getByLabel('Tombol keyboard')).toContainText('Y / 1');
    const score = scorePanel(page);
    await expect(score.getByTestId('score-value')).toHaveText('—');
    await expect(score.getByTestId('score-grade')).toHaveText('—');
    // The observed products come from the registry, in name order; the third slot is left to the auditor.
    await expect(currentItem(page).getByRole('radiogroup')).toHaveText([/^Akta Kelahiran/, /^KTP-el/, /^Produk layanan 3/]);

    await page.keyboard.press('y'); // SP-01 yes
    await page.keyboard.press('n'); // SP-02 no
    await page.keyboard.press('x'); // SP-03 N/A
    await page.keyboard.press('3'); // not on a yes/no scale: nothing
    await expect(currentItem(page)).toContainText('SP-04');
    await expect.poll(() => answersOf(app, auditId, 'SP-03')).toEqual(['na', null, null]);
    expect(await answersOf(app, auditId, 'SP-01')).toEqual([1, null, null]);
    expect(await answersOf(app, auditId, 'SP-02')).toEqual([0, null, null]);
    expect(await answersOf(app, auditId, 'SP-04')).toEqual([null, null, null]);
    await expect(score.getByTestId('score-value')).toHaveText(shown(await storedScore(app, auditId)));
    await expect(score.getByTestId('score-value')).not.toHaveText('0,00');
    await expect(score.getByTestId('score-grade')).toHaveText('Kepatuhan Rendah');

    // The auditor can still re-order the registry products.
    await page.getByRole('button', { name: 'Ubah responden' }).first().click();
    const labels = page.getByRole('dialog', { name: /Responden: Standar Pelayanan/ });
    await labels.getByLabel('Produk layanan untuk slot 1').selectOption({ label: 'KTP-el' });
    await labels.getByLabel('Produk layanan untuk slot 2').selectOption({ label: 'Akta Kelahiran' });
    await labels.getByRole('button', { name: 'Simpan' }).click();
    await expect(labels).toBeHidden();
    await expect(currentItem(page).getByRole('radiogroup', { name: 'KTP-el' })).toBeVisible();

    // Sign-off without the representative's name is refused and seals nothing (the auditors are the audit's own).
    await page.getByRole('button', { name: 'Segel audit' }).click();
    const seal = page.getByRole('dialog', { name: 'Finalkan dan segel audit' });
    await expect(seal).toContainText('belum dijawab lengkap');
    await seal.getByLabel('Nama perwakilan instansi').fill('');
    await seal.getByRole('button', { name: 'Segel audit' }).click();
    await expect(seal.getByText('Wajib diisi.')).toHaveCount(1);
    expect((await app.call<AuditDetail>('audits.get', { auditId })).audit.status).toBe('draft');
    await seal.getByLabel('Nama perwakilan instansi').fill('Yohanes Bria, S.H.');
    // The sign-off day shows day first, and the banner says it in words.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await expect(seal.getByLabel('Tanggal penandatanganan')).toHaveValue(formatDateNumeric(today, 'id'));
    await seal.getByRole('button', { name: 'Segel audit' }).click();
    await expect(seal).toBeHidden();
    await expect(page.getByRole('note')).toContainText(formatDate(today, 'id'));
    // A name that ends in a title keeps its own period, not two.
    await expect(page.getByRole('note')).toContainText('Perwakilan instansi: Yohanes Bria, S.H.');
    await expect(page.getByRole('note')).not.toContainText('S.H..');
    const sealed = await app.call<AuditDetail>('audits.get', { auditId });
    await expect(page.getByRole('note')).toContainText('Audit final');
    await expect(page.getByRole('note')).toContainText(sealed.audit.seal!.hash);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Final (disegel)');

    // Sealed: the UI is disabled, keys do nothing, and main refuses a direct write.
    await expect(currentItem(page).getByRole('radio', { name: 'Ya' }).first()).toBeDisabled();
    await expect(currentItem(page).getByRole('button', { name: 'Lampirkan foto/berkas' })).toHaveCount(0);
    await expect(currentItem(page).getByRole('textbox', { name: 'Catatan' })).not.toBeEditable();
    // ...but say why: a click on an answer, then an answer key, each gives the notice.
    const sealedNotice = page.getByRole('status').filter({ hasText: 'Audit sudah disegel — buka kembali untuk mengubah.' });
    await expect(sealedNotice).toHaveCount(0);
    await currentItem(page).getByRole('radio', { name: 'Ya' }).first().click({ force: true }); // aria-disabled: force past Playwright's check
    await expect(sealedNotice).toBeVisible();
    await expect(sealedNotice).toBeHidden({ timeout: 8000 });
    await page.keyboard.press('y');
    await expect(sealedNotice).toBeVisible();
    await page.keyboard.press('Delete');
    await expect(currentItem(page)).toContainText('SP-04');
    expect(await answersOf(app, auditId, 'SP-04')).toEqual([null, null, null]);
    await expect(app.call('audits.answer', { auditId, itemId: 'SP-04', slot: 0, value: 1 })).rejects.toThrow(/READ_ONLY/);

    // Export, then reveal the file in its folder.
    const file = join(app.dataDir, 'dukcapil-2020.patuh-audit.json');
    await app.nextSavePath(file);
    await page.getByRole('button', { name: 'Ekspor berkas audit' }).click();
    await expect(page.getByText(`Berkas audit disimpan di ${file}`)).toBeVisible();
    await page.getByRole('button', { name: 'Buka folder' }).click();
    await expect.poll(() => app.desktopLog()).toContainEqual({ action: 'showInFolder', path: file });

    // Reopening needs a reason.
    await page.getByRole('button', { name: 'Buka kembali' }).click();
    const reopen = page.getByRole('dialog', { name: 'Buka kembali audit' });
    await reopen.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(reopen.getByText('Wajib diisi.')).toBeVisible();
    expect((await app.call<AuditDetail>('audits.get', { auditId })).audit.status).toBe('final');
    await reopen.getByLabel('Alasan membuka kembali').fill('SP-02 salah dinilai: informasi alur ada di papan kedua.');
    await reopen.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(reopen).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Draf');
    await page.locator('#item-SP-02').click();
    await page.keyboard.press('y');
    await expect.poll(() => answersOf(app, auditId, 'SP-02')).toEqual([1, null, null]);

    // The trail, newest first: the correction, the reopening with its reason, the seal.
    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    const rows = page.getByRole('table', { name: 'Jejak audit' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('SP-02 · KTP-el');
    await expect(rows.nth(1)).toContainText('Tidak → Ya');
    await expect(rows.nth(1)).toContainText('Maria Goreti Lake');
    await expect(rows.nth(2)).toContainText('Dibuka kembali');
    await expect(rows.nth(2)).toContainText('Alasan: SP-02 salah dinilai');
    await expect(rows.nth(3)).toContainText('Difinalkan dan disegel');
  });
});
