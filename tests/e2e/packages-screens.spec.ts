import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { DeviceInfo } from '../../shared/contract/packages';
import type { PackagePreview } from '../../shared/domain/packages';
import { REVISED, createAudit, seedRegistry } from './audits-seed';
import { expect, test } from './fixtures';
import { INPUT_AUDITOR, LONG_UNIT, PROSES_AUDITOR, auditorWorks, sendPart } from './packages-seed';

/** The two screens auditors' laptops have: 1366×768, and 1280×800 (the test default). */
const SIZES = [{ width: 1280, height: 800 }, { width: 1366, height: 768 }];

/** Nothing may scroll sideways: neither the window nor the content pane. */
async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => [document.documentElement, document.querySelector('.content')!].map((el) => el.scrollWidth - el.clientWidth));
  expect(overflow).toEqual([0, 0]);
}

/**
 * The package screens as a person sees them, in both languages and at both laptop sizes:
 * screenshots of the export dialog, the import preview, the conflicts screen, the checklist
 * with its conflict banner, and the trusted devices panel, written to PATUH_SHOTS_DIR (or the
 * test's output folder) for a human to look at. Long names are used on purpose, to see them wrap.
 */
for (const language of ['id', 'en'] as const) {
  test(`package screens look right (${language})`, async ({ app }, info) => {
    test.setTimeout(120_000);
    const { page } = app;
    const dir = process.env.PATUH_SHOTS_DIR ?? info.outputPath();
    /** The whole page, the window only (full = false), or one part of the page. */
    const shots = async (name: string, full: boolean | Locator = true) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await noSidewaysScroll(page);
        const path = join(dir, `packages-${name}-${language}-${size.width}.png`);
        await (typeof full === 'boolean' ? page.screenshot({ path, fullPage: full }) : full.screenshot({ path }));
      }
    };

    const { unitId } = await seedRegistry(app, LONG_UNIT);
    const { audit } = await createAudit(app, unitId, REVISED, 2024);
    const part1 = info.outputPath('bagian-input.patuh');
    const part2 = info.outputPath('bagian-proses.patuh');
    await sendPart(app, audit.id, part1, INPUT_AUDITOR, ['IN']);
    await sendPart(app, audit.id, part2, PROSES_AUDITOR, ['PR']);
    const fromInput = info.outputPath('dari-yosef-bria-tim-input-kota-kupang.patuh');
    const fromProses = info.outputPath('dari-agustina.patuh');
    await auditorWorks(audit.id, { path: part1, auditor: INPUT_AUDITOR, group: 'IN', clash: 3, out: fromInput });
    await auditorWorks(audit.id, { path: part2, auditor: PROSES_AUDITOR, group: 'PR', clash: 1, out: fromProses });
    await app.call('settings.update', { language });

    // Export dialog with the password and the split open.
    await app.open(`audits/${audit.id}`);
    await page.locator('.checklist__actions button').filter({ hasText: '⇪' }).click();
    const dialog = page.getByRole('dialog');
    for (const box of await dialog.getByRole('checkbox').all()) await box.check();
    await shots('export-dialog', false);
    await page.keyboard.press('Escape');

    // Import preview: one package from a trusted laptop, one from an unknown one.
    await app.nextOpenPaths([fromInput]);
    const [path] = await app.call<string[]>('packages.choose', {});
    const preview = await app.call<PackagePreview>('packages.preview', { path });
    await app.call<DeviceInfo[]>('devices.trust', { publicKey: preview.maker.publicKey, label: `${INPUT_AUDITOR} — laptop Tim Input Kota Kupang` });
    await app.open('audits/import');
    await app.nextOpenPaths([fromInput, fromProses]);
    await page.locator('.import-sources .button--primary').click();
    await expect(page.locator('.preview-audits')).toHaveCount(2);
    await shots('import-preview');

    await page.locator('.import-bar .button--primary').click();
    await expect(page.locator('.import-summary')).toBeVisible();
    await shots('import-summary');

    await app.open(`audits/${audit.id}`);
    await expect(page.locator('.banner--action')).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // The audit's actions stay in their column, never under the score column.
      expect(await page.evaluate(() => document.querySelector('.checklist__actions')!.getBoundingClientRect().right - document.querySelector('.checklist__main')!.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
    }
    await shots('checklist-conflicts', false);

    await app.open(`audits/${audit.id}/conflicts`);
    await expect(page.locator('.conflict')).toHaveCount(1);
    await shots('conflicts');

    await app.open('settings');
    await expect(page.locator('.devices .list__item')).toHaveCount(1);
    await shots('devices', page.locator('.devices'));
  });
}
