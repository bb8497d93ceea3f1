import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupFile } from '../../shared/domain/backups';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import type { Settings } from '../../shared/domain/settings';
import { PNG, REVISED, createAudit, fillItems, seedRegistry } from './audits-seed';
import { day, raiseFinding } from './findings-seed';
import { expect, test } from './fixtures';

/**
 * A fresh install as a new auditor meets it: home leads to the first-run guide (language, the
 * auditor, the agency's letterhead, then the registry), done from the keyboard; the guide can be
 * skipped and reopened from Settings; then home once work is under way. Screenshots of each
 * step, in both languages, go to PATUH_SHOTS_DIR (default tests/.tmp/screenshots) for a person to look at.
 */
const shots = process.env.PATUH_SHOTS_DIR ?? resolve(import.meta.dirname, '../.tmp/screenshots');
const shot = async (page: Page, name: string) => {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
};
/** Serious or critical axe-core findings (WCAG 2.1 AA) on what the page shows now. */
const axeProblems = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const nextStep = (page: Page) => page.getByRole('region', { name: /./ }).filter({ has: page.locator('.next-step__label') });
const currentStep = (page: Page) => page.getByRole('list', { name: 'Langkah panduan' }).locator('[aria-current="step"]');

test.describe('first run', () => {
  test.beforeEach(async ({ app }) => {
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });

  test('a fresh install is led through language, identity and letterhead to the registry, by keyboard', async ({ app }) => {
    const { page } = app;
    await app.open('home');
    await expect(nextStep(page)).toContainText('Siapkan Patuh dalam beberapa menit');
    await shot(page, 'home-fresh-id');
    await nextStep(page).getByRole('link', { name: 'Mulai panduan awal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panduan awal');
    await expect(currentStep(page)).toHaveText('1 Bahasa');
    await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
    await shot(page, 'first-run-language-id');

    // Enter moves on from every step; the new step's heading takes the focus.
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Lanjut' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Identitas auditor' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Nama auditor')).toBeFocused();
    await page.keyboard.type('Maria Goreti Lake, S.H.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('19870312201001200');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Asisten Ombudsman RI');
    await page.keyboard.press('Enter');
    // Seventeen digits are not a NIP: the step stays, says why, and saves nothing.
    await expect(page.getByText('NIP terdiri dari 18 angka.')).toBeVisible();
    await expect(currentStep(page)).toHaveText('2 Identitas auditor');
    expect((await app.call<Settings>('settings.get', {})).auditorName).toBe('');
    await page.getByLabel('NIP').fill('198703122010012003');
    await shot(page, 'first-run-auditor-id');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel('NIP').press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: 'Instansi pelaksana' })).toBeFocused();
    await page.getByLabel('Nama instansi').fill('Ombudsman RI Perwakilan Nusa Tenggara Timur');
    await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByRole('img', { name: 'Logo' })).toBeVisible();
    await page.getByLabel('Alamat').fill('Jl. Palapa No. 12, Oebobo, Kota Kupang');
    await page.getByLabel('Telepon, surel, laman').fill('Telp. (0380) 123456 · ntt@ombudsman.go.id');
    await page.getByLabel('Kota penandatanganan').fill('Kupang');
    await shot(page, 'first-run-agency-id');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel('Kota penandatanganan').press('Enter');

    await expect(currentStep(page)).toHaveText('4 Registri');
    await expect(page.getByText('Tersimpan: Maria Goreti Lake, S.H., NIP 198703122010012003 · Ombudsman RI Perwakilan Nusa Tenggara Timur')).toBeVisible();
    const saved = await app.call<Settings>('settings.get', {});
    expect(saved).toMatchObject({
      auditorName: 'Maria Goreti Lake, S.H.', auditorNip: '198703122010012003', auditorPosition: 'Asisten Ombudsman RI',
      institutionName: 'Ombudsman RI Perwakilan Nusa Tenggara Timur', institutionAddress: 'Jl. Palapa No. 12, Oebobo, Kota Kupang',
      institutionContact: 'Telp. (0380) 123456 · ntt@ombudsman.go.id', institutionPlace: 'Kupang',
    });
    expect(saved.institutionLogo).toMatch(/^data:image\/png;base64,/);
    await shot(page, 'first-run-registry-id');
    await page.getByRole('link', { name: 'Buka registri' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registri');

    // Home now asks for the first entity; with one, for the first audit, whose team lead is the auditor.
    await app.open('home');
    await expect(nextStep(page)).toContainText('Tambahkan instansi pertama');
    const entity = await app.call<{ id: string }>('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
    await app.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
    // Added behind the page's back (through the API): a reload drops the page's cache.
    await page.reload();
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await expect(nextStep(page)).toContainText('Mulai audit pertama');
    await nextStep(page).getByRole('link', { name: '+ Mulai audit' }).click();
    await expect(page.getByLabel('Ketua tim (auditor 1)')).toHaveValue('Maria Goreti Lake, S.H.');

    // Settings shows what the guide saved, and changes it.
    await app.open('settings');
    await expect(page.getByLabel('Jabatan')).toHaveValue('Asisten Ombudsman RI');
    await expect(page.getByLabel('Kota penandatanganan')).toHaveValue('Kupang');
    await page.getByLabel('Kota penandatanganan').fill('Atambua');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan disimpan.' })).toBeVisible();
    expect((await app.call<Settings>('settings.get', {})).institutionPlace).toBe('Atambua');
  });

  test('the guide can be skipped, is reopened from Settings, and speaks English', async ({ app }) => {
    const { page } = app;
    await app.open('home');
    await nextStep(page).getByRole('button', { name: 'Lewati' }).click();
    await expect(nextStep(page)).toContainText('Tambahkan instansi pertama');

    await app.open('settings');
    await page.getByRole('link', { name: 'Buka panduan awal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panduan awal');
    // The language applies the moment it is picked, and is kept.
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).press('ArrowDown');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('First-run guide');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect.poll(async () => (await app.call<Settings>('settings.get', {})).language).toBe('en');
    await shot(page, 'first-run-language-en');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Step 2 of 4')).toBeVisible();
    await page.getByLabel('Auditor name').fill('Maria Goreti Lake');
    await shot(page, 'first-run-auditor-en');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Auditing agency' })).toBeFocused();
    await shot(page, 'first-run-agency-en');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('Auditor name')).toHaveValue('Maria Goreti Lake');
    await page.getByRole('button', { name: 'Skip the guide' }).click();
    // The auditor is named but not the agency: home asks for the rest until skipped.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Patuh');
    await expect(nextStep(page)).toContainText('Add the first entity');
    await shot(page, 'home-fresh-en');
  });

  test('home carries on with the audit worked on last, lists late actions, and says when the last backup was made', async ({ app }) => {
    const { page } = app;
    const { entityId, unitId } = await seedRegistry(app);
    await app.call('settings.update', { institutionName: 'Ombudsman RI Perwakilan Nusa Tenggara Timur' });
    const draft = await createAudit(app, unitId, REVISED, 2024);
    await fillItems(app, draft, 3, (id) => id.startsWith('IN-K'));
    const finding = await raiseFinding(app, entityId, { unitId, statement: 'Antrean KTP-el tidak tercatat' });
    await app.call('findings.addAction', { findingId: finding.id, fields: { description: 'Pasang sistem antrean elektronik', owner: 'Budi Santoso', dueDate: day(-3) } });
    const usb = mkdtempSync(join(tmpdir(), 'patuh-usb-'));
    try {
      await app.nextSavePath(join(usb, 'cadangan.patuh-backup'));
      const backup = await app.call<BackupFile>('backups.createNow', {});
      await app.open('home');
      await expect(nextStep(page)).toContainText('Lanjutkan audit Dinas Kependudukan dan Pencatatan Sipil');
      await expect(nextStep(page)).toContainText('Pemerintah Kota Kupang · 2024');
      await expect(page.locator('.home-overdue')).toContainText('Pasang sistem antrean elektronik');
      await expect(page.locator('.home-overdue')).toContainText(`Tenggat ${formatDate(day(-3), 'id')}`);
      await expect(page.getByText(`Salinan cadangan terakhir: ${formatDateTime(backup.createdAt, 'id')}`)).toBeVisible();
      await shot(page, 'home-working-id');
      // Tab reaches the next step's action, and Enter opens the audit.
      const resume = nextStep(page).getByRole('link', { name: 'Lanjutkan audit' });
      await resume.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
      expect(page.url()).toContain(draft.audit.id);
    } finally {
      rmSync(usb, { recursive: true, force: true });
    }
  });
});
