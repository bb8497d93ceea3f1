import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate, formatDateNumeric } from '../../shared/format/dates';
import { expect, test } from './fixtures';
import { day, raiseFinding, seedDashboard, seedUnits } from './findings-seed';

// A 1x1 PNG: enough for a thumbnail.
/** A date as the Indonesian date fields show and accept it, day first: "21/08/2024". */
const typed = (iso: string) => formatDateNumeric(iso, 'id');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('ISO findings', () => {
  test('a major nonconformity against 8.5.1 goes from open to closed, and cannot close unverified', async ({ app }) => {
    const { page } = app;
    await seedUnits(app);
    await app.call('settings.update', { auditorName: 'Dewi Manajer Mutu' });
    await app.open('findings');
    await expect(page.getByText('Belum ada temuan')).toBeVisible();
    await page.getByRole('link', { name: '+ Temuan baru' }).first().click();

    // Raise it: the clause is picked from the keyboard, by typing its number.
    await page.getByLabel('Unit layanan').selectOption({ label: 'Dinas Dukcapil' });
    const clause = page.getByRole('combobox', { name: 'Klausul' });
    await clause.fill('8.5.');
    const options = page.getByRole('listbox', { name: 'Klausul ISO 9001:2015' }).getByRole('option');
    await expect(options).toHaveCount(6);
    await clause.press('ArrowDown');
    await clause.press('ArrowUp');
    await expect(options.filter({ hasText: 'Pengendalian produksi dan penyediaan jasa' })).toHaveAttribute('aria-selected', 'true');
    await clause.press('Enter');
    await expect(clause).toHaveValue('8.5.1 Pengendalian produksi dan penyediaan jasa');
    await expect(page.getByLabel('Kategori')).toHaveValue('major');
    await page.getByLabel('Tanggal temuan').fill(typed(day(-7)));
    await page.getByLabel('Persyaratan').fill('SOP pelayanan KTP-el langkah 3: verifikasi berkas');
    await page.getByLabel('Pernyataan temuan').fill('Berkas permohonan KTP-el tidak diverifikasi sebelum perekaman');
    await page.getByLabel('Bukti objektif').fill('12 dari 20 berkas tanpa paraf verifikator');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temuan #1 · 8.5.1 Pengendalian produksi dan penyediaan jasa');
    await expect(page.getByRole('list', { name: 'Status' }).locator('[aria-current="step"]')).toHaveText('Terbuka');

    // Planning needs an action and, for a nonconformity, a root cause: the panel says so instead
    // of offering steps it would refuse (closing an unverified nonconformity is not offered at all).
    const workflow = page.getByRole('group', { name: 'Langkah berikutnya' });
    await expect(workflow.getByRole('button')).toHaveText(['Tolak temuan']);
    await expect(page.getByText('Sebelum “Rencanakan tindakan”: Tambahkan minimal satu tindakan korektif terlebih dahulu.')).toBeVisible();
    await page.getByLabel('Koreksi').fill('Berkas yang belum diverifikasi diperiksa ulang');
    await page.getByLabel('Mengapa ke-1?').fill('Petugas tidak memeriksa berkas');
    await page.getByLabel('Mengapa ke-2?').fill('Petugas baru belum tahu langkah verifikasi');
    await page.getByLabel('Akar masalah').fill('Tidak ada pelatihan SOP untuk petugas baru');
    await page.getByRole('button', { name: 'Simpan analisis' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Analisis disimpan.' })).toBeVisible();

    await page.getByRole('button', { name: '+ Tambah tindakan' }).click();
    const add = page.getByRole('dialog', { name: 'Tambah tindakan' });
    await add.getByLabel('Tindakan korektif').fill('Pelatihan SOP verifikasi untuk semua petugas loket');
    await add.getByLabel('Penanggung jawab (PIC)').fill('Kepala Seksi Pelayanan');
    await add.getByLabel('Tenggat').fill(typed(day(14)));
    await add.getByRole('button', { name: 'Simpan' }).click();
    await expect(add).toBeHidden();
    await page.getByRole('button', { name: 'Rencanakan tindakan' }).click();
    await expect(page.locator('.badge-row')).toContainText('Tindakan direncanakan');

    await page.getByRole('button', { name: '✓ Tandai selesai' }).click();
    const done = page.getByRole('dialog', { name: 'Tandai tindakan selesai' });
    await done.getByLabel('Catatan penyelesaian').fill('Daftar hadir pelatihan terlampir');
    await done.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: 'Tandai diterapkan' }).click();
    await expect(page.locator('.badge-row')).toContainText('Diterapkan');

    // Evidence of the implementation.
    await page.getByLabel('Tambah lampiran').setInputFiles({ name: 'daftar-hadir.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByRole('img', { name: 'daftar-hadir.png' })).toHaveAttribute('src', /^data:image\/png;base64,/);

    // Before verification, closing is not offered.
    await expect(workflow.getByRole('button')).toHaveText(['Verifikasi efektivitas', 'Tidak efektif']);
    const [finding] = await app.call<{ id: string; status: string }[]>('findings.list', {});
    expect(finding!.status).toBe('implemented');

    await page.getByRole('button', { name: 'Verifikasi efektivitas' }).click();
    const verify = page.getByRole('dialog', { name: 'Verifikasi efektivitas' });
    await expect(verify.getByLabel('Diverifikasi oleh')).toHaveValue('Dewi Manajer Mutu');
    await verify.getByLabel('Diverifikasi oleh').fill('Yohana Lay');
    await verify.getByLabel('Catatan verifikasi').fill('Sampel 30 berkas bulan ini seluruhnya berparaf verifikator');
    await verify.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.locator('.badge-row')).toContainText('Terverifikasi efektif');

    // The closing day can be chosen, but not before the verification (today) nor in the future.
    await page.getByRole('button', { name: 'Tutup temuan' }).click();
    const close = page.getByRole('dialog', { name: 'Tutup temuan' });
    const closedOn = close.getByLabel('Tanggal ditutup');
    await expect(closedOn).toHaveValue(typed(day(0)));
    await expect(close.getByText('hh/bb/tttt')).toBeVisible();
    await closedOn.fill(typed(day(1)));
    await closedOn.blur();
    await expect(close.getByText(`Tanggal paling akhir ${typed(day(0))}.`)).toBeVisible();
    await closedOn.fill('31/02/2024');
    await closedOn.blur();
    await expect(close.getByText('Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 21/08/2024.')).toBeVisible();
    await closedOn.fill(typed(day(-1)));
    await close.getByRole('button', { name: 'Simpan' }).click();
    await expect(close.getByText('Tanggal penutupan tidak boleh sebelum tanggal verifikasi.')).toBeVisible();
    await closedOn.fill(typed(day(0)));
    await close.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.locator('.badge-row')).toContainText('Ditutup');
    await expect(page.getByText(`Temuan ini ditutup pada ${formatDate(day(0), 'id')}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ubah' })).toHaveCount(0);

    // The history shows every step, old and new.
    const history = page.getByRole('list', { name: 'Riwayat perubahan' });
    await expect(history).toContainText('Status: Diterapkan → Terverifikasi efektif');
    await expect(history).toContainText('Diverifikasi oleh: — → Yohana Lay');
    await expect(history).toContainText('Status: Terverifikasi efektif → Ditutup');
    await expect(history).toContainText('Dewi Manajer Mutu');
    const detail = await app.call<{ finding: { status: string; verifiedBy: string } }>('findings.get', { id: finding!.id });
    expect(detail.finding).toMatchObject({ status: 'closed', verifiedBy: 'Yohana Lay' });
  });

  test('an overdue action shows on the dashboard and on the home screen', async ({ app }) => {
    const { page } = app;
    const { late } = await seedDashboard(app);
    await app.open('findings/dashboard');
    const overdue = page.getByRole('list', { name: 'Tindakan korektif terlambat' });
    await expect(overdue).toContainText('Pasang sistem antrean elektronik');
    await expect(overdue).toContainText('terlambat 3 hari');
    await expect(page.getByRole('list', { name: 'Jatuh tempo dalam 14 hari' })).toContainText('Kalibrasi ulang alat ukur');
    await expect(page.getByRole('table', { name: 'Temuan terbuka menurut kategori' })).toContainText('Ketidaksesuaian mayor');

    await app.open('home');
    const home = page.getByRole('region', { name: 'Tindakan korektif ISO terlambat' });
    await expect(home).toContainText('Pasang sistem antrean elektronik');
    await home.getByRole('link', { name: /Pasang sistem antrean elektronik/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Temuan #${late.number}`);
  });

  test('an empty statement, an unknown clause and a due date before the finding are refused, saving nothing', async ({ app }) => {
    const { page } = app;
    const { entityId } = await seedUnits(app);
    await app.open('findings/new');
    await page.getByRole('combobox', { name: 'Klausul' }).fill('11.4');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Klausul tidak dikenal. Pilih klausul ISO 9001:2015 dari 4.1 sampai 10.3.')).toBeVisible();
    await expect(page.getByText('Wajib diisi.')).toBeVisible();
    expect(await app.call<unknown[]>('findings.list', {})).toEqual([]);

    const f = await raiseFinding(app, entityId, { statement: 'Loket pengaduan tidak dijaga', foundOn: day(-5) });
    await app.open(`findings/${f.id}`);
    await page.getByRole('button', { name: '+ Tambah tindakan' }).click();
    const add = page.getByRole('dialog', { name: 'Tambah tindakan' });
    await add.getByLabel('Tindakan korektif').fill('Jadwal piket loket pengaduan');
    await add.getByLabel('Penanggung jawab (PIC)').fill('Sekretaris');
    await add.getByLabel('Tenggat').fill(typed(day(-6)));
    await add.getByRole('button', { name: 'Simpan' }).click();
    await expect(add.getByRole('alert')).toHaveText('Tenggat tidak boleh sebelum tanggal temuan.');
    await add.getByRole('button', { name: 'Batal' }).click();
    expect((await app.call<{ actions: unknown[] }>('findings.get', { id: f.id })).actions).toEqual([]);
  });

  test('the register filters, searches and exports the filtered list as CSV', async ({ app }) => {
    const { page } = app;
    await seedDashboard(app);
    await app.open('findings');
    const table = page.getByRole('table', { name: 'Daftar temuan' });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row', { name: /Antrean KTP-el/ })).toContainText('Terlambat');

    await page.getByRole('search').getByLabel('Kategori').selectOption({ label: 'Ketidaksesuaian minor' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Kalibrasi tensimeter kedaluwarsa');
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.getByRole('searchbox').fill('audit internal');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Program audit internal');
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.getByLabel('Hanya yang terlambat').check();
    await expect(table.getByRole('row')).toHaveCount(2);

    await page.getByRole('button', { name: '⤓ Ekspor CSV' }).click();
    const csvPath = join(app.dataDir, 'exports', `temuan-iso-${day(0)}.csv`);
    await expect(page.getByText(`Berkas disimpan: ${csvPath}`)).toBeVisible();
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Antrean KTP-el tidak tercatat');
    await page.getByRole('button', { name: 'Buka berkas' }).click();
    await expect.poll(() => app.desktopLog()).toEqual([{ action: 'open', path: csvPath }]);

    await page.getByRole('button', { name: '⤓ Laporan Word' }).click();
    await expect(page.getByText(`laporan-temuan-iso-${day(0)}.docx`)).toBeVisible();
  });

  test('the findings area speaks English when the setting says so', async ({ app }) => {
    const { page } = app;
    const { late } = await seedDashboard(app);
    await app.call('settings.update', { language: 'en' });
    await app.open('findings');
    await expect(page.getByRole('heading', { name: 'ISO 9001 findings', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Findings' })).toContainText('Major nonconformity');
    await app.open(`findings/${late.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finding #1 · 8.5.1 Control of production and service provision');
    await expect(page.getByRole('button', { name: 'Close finding' })).toHaveCount(0);
    await expect(page.getByText('Before “Plan actions”: Record the root cause first: a nonconformity needs its cause determined (clause 10.2.1 b).')).toBeVisible();
  });
});
