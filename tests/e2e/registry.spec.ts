import { expect, test } from './fixtures';

test.describe('registry', () => {
  test('an empty registry explains what to do', async ({ app }) => {
    await app.open('registry');
    await expect(app.page.getByText('Belum ada instansi')).toBeVisible();
  });

  test('create an entity, a unit and a product with the keyboard', async ({ app }) => {
    const { page } = app;
    await app.open('registry');
    await page.getByRole('button', { name: '+ Instansi baru' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Instansi baru' });
    await dialog.getByLabel('Jenis').selectOption('pemkab');
    await dialog.getByLabel('Nama').fill('Pemerintah Kabupaten Kupang');
    await dialog.getByLabel('Provinsi').fill('Nusa Tenggara Timur');
    await dialog.getByLabel('Nama').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'ditambahkan' })).toBeVisible();
    const row = page.getByRole('row', { name: /Pemerintah Kabupaten Kupang/ });
    await expect(row).toContainText('Pemerintah Kabupaten');
    await expect(row).toContainText('0 unit layanan');

    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pemerintah Kabupaten Kupang');
    await page.getByRole('button', { name: '+ Unit layanan baru' }).click();
    const unitDialog = page.getByRole('dialog', { name: 'Unit layanan baru' });
    await unitDialog.getByRole('textbox', { name: 'Nama', exact: true }).fill('Dinas Kependudukan dan Pencatatan Sipil');
    await unitDialog.getByLabel('Kategori').fill('Dukcapil');
    await unitDialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(unitDialog).toBeHidden();

    await page.getByRole('button', { name: /Dinas Kependudukan/ }).click();
    await page.getByRole('button', { name: '+ Produk layanan baru' }).click();
    const productDialog = page.getByRole('dialog', { name: 'Produk layanan baru' });
    await productDialog.getByLabel('Nama').fill('KTP-el');
    await productDialog.getByLabel('Nama').press('Enter');
    await expect(page.getByRole('list', { name: 'Produk layanan' })).toContainText('KTP-el');
    await expect(page.getByRole('button', { name: /Dinas Kependudukan/ })).toContainText('1 produk');

    // Stored for real: another read through the API sees it.
    const entities = await app.call<{ name: string; unitCount: number }[]>('entities.list', {});
    expect(entities).toEqual([expect.objectContaining({ name: 'Pemerintah Kabupaten Kupang', unitCount: 1 })]);
  });

  test('edit and search entities', async ({ app }) => {
    const { page } = app;
    await app.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'NTT' });
    await app.call('entities.create', { kind: 'pemprov', name: 'Pemerintah Provinsi Jawa Timur', province: 'Jawa Timur' });
    await app.open('registry');
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.getByRole('searchbox').fill('kupang');
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('searchbox').fill('zzz');
    await expect(page.getByText('Tidak ada yang cocok dengan "zzz".')).toBeVisible();
    await page.getByRole('searchbox').fill('');

    await page.getByRole('link', { name: 'Pemerintah Kota Kupang' }).click();
    await page.getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah instansi' });
    await dialog.getByLabel('Catatan').fill('Audit lanjutan tahun 2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // The dialog closes once saved; then the entity page shows the new notes.
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Audit lanjutan tahun 2026')).toBeVisible();
  });

  test('archive hides an entity and restore brings it back', async ({ app }) => {
    const { page } = app;
    await app.call('entities.create', { kind: 'lembaga', name: 'Badan Pertanahan Nasional' });
    await app.open('registry');
    const row = page.getByRole('row', { name: /Badan Pertanahan/ });
    await row.getByRole('button', { name: 'Arsipkan' }).click();
    await expect(page.getByText('Belum ada instansi')).toBeVisible();
    await page.getByLabel('Tampilkan yang diarsipkan').check();
    await expect(row).toContainText('Diarsipkan');
    await row.getByRole('button', { name: 'Pulihkan' }).click();
    await page.getByLabel('Tampilkan yang diarsipkan').uncheck();
    await expect(row).toBeVisible();
  });

  test('invalid input shows the message and saves nothing', async ({ app }) => {
    const { page } = app;
    await app.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
    await app.open('registry');
    await page.getByRole('button', { name: '+ Instansi baru' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Instansi baru' });
    await dialog.getByLabel('Nama').fill('K');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Nama minimal 2 karakter.');
    // Focus stays inside the dialog: Tab from its last button wraps to its first field.
    await dialog.getByRole('button', { name: 'Simpan' }).focus();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Jenis')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Simpan' })).toBeFocused();
    // A duplicate name passes the form's own check but main refuses it.
    await dialog.getByLabel('Nama').fill('pemerintah kota kupang');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Nama ini sudah dipakai. Gunakan nama lain.');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect(await app.call<unknown[]>('entities.list', { includeArchived: true })).toHaveLength(1);
  });

  test('the registry speaks English when the setting says so', async ({ app }) => {
    const { page } = app;
    await app.call('settings.update', { language: 'en' });
    await app.open('registry');
    await expect(page.getByRole('heading', { name: 'Registry' })).toBeVisible();
    await expect(page.getByText('No institutions yet')).toBeVisible();
    await page.getByRole('button', { name: '+ New institution' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('The name needs at least 2 characters.');
  });
});
