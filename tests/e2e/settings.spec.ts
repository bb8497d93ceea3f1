import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// A 1x1 PNG: enough to prove the logo travels from the file picker into the settings file.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('settings', () => {
  test('switching to English changes the whole UI and is remembered', async ({ app }) => {
    const { page } = app;
    await app.open('settings');
    await page.getByLabel('Nama auditor').fill('Maria Goreti Lake');
    await page.getByLabel('Bahasa').selectOption('en');
    // No Save needed for the language, and an unsaved edit elsewhere in the form is kept.
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Auditor name')).toHaveValue('Maria Goreti Lake');
    await expect(page.getByRole('link', { name: 'Registry' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  });

  test('auditor identity, logo and zone policy are saved; a bad NIP or zone order saves nothing', async ({ app }) => {
    const { page } = app;
    await app.open('settings');
    await page.getByLabel('Nama auditor').fill('Maria Goreti Lake');
    await page.getByLabel('NIP').fill('12345');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByText('NIP terdiri dari 18 angka.')).toBeVisible();
    expect((await app.call<{ auditorName: string }>('settings.get', {})).auditorName).toBe('');

    await page.getByLabel('NIP').fill('198703122010012003');
    await page.getByLabel('Kuning mulai nilai').fill('85');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByText('Batas zona kuning harus lebih rendah dari batas zona hijau.')).toBeVisible();
    expect((await app.call<{ auditorName: string }>('settings.get', {})).auditorName).toBe('');

    await page.getByLabel('Kuning mulai nilai').fill('60');
    const logo = join(app.dataDir, 'logo.png');
    writeFileSync(logo, PNG);
    await page.locator('input[type=file][accept*=png]').setInputFiles(logo);
    await expect(page.getByRole('img', { name: 'Logo' })).toBeVisible();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan disimpan.' })).toBeVisible();
    expect(await app.call('settings.get', {})).toMatchObject({
      auditorName: 'Maria Goreti Lake', auditorNip: '198703122010012003', zonePolicy: { green: 80, yellow: 60 },
      institutionLogo: expect.stringMatching(/^data:image\/png;base64,/),
    });
  });
});

test.describe('methodology templates', () => {
  test('export a built-in, import a new version, and refuse a bad file listing every problem', async ({ app }) => {
    const { page } = app;
    await app.open('settings');
    const list = page.getByRole('list', { name: 'Metodologi penilaian' });
    const builtin = list.getByRole('listitem').filter({ hasText: 'Pelayanan Publik 2022' });
    await builtin.getByRole('button', { name: 'Ekspor JSON' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Templat disimpan:' });
    await expect(saved).toBeVisible();
    const path = (await saved.textContent())!.replace('Templat disimpan: ', '').trim();
    const template = JSON.parse(readFileSync(path, 'utf8')) as { id: string; version: number; groups: { weight: number }[] };

    const bad = join(app.dataDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...template, version: 2, groups: template.groups.map((g, i) => (i === 0 ? { ...g, weight: 1 } : g)) }));
    await page.locator('input[type=file][accept*=json]').setInputFiles(bad);
    await expect(page.getByRole('alert').filter({ hasText: 'Berkas tidak diimpor' })).toContainText('Jumlah bobot kelompok');
    expect(await app.call<unknown[]>('templates.list', {})).toHaveLength(3);

    const good = join(app.dataDir, 'good.json');
    writeFileSync(good, JSON.stringify({ ...template, version: 2 }));
    await page.locator('input[type=file][accept*=json]').setInputFiles(good);
    await expect(page.getByRole('status').filter({ hasText: 'v2 diimpor' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(4);
    await expect(list).toContainText('Diimpor');
  });
});
