import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real app in a real Electron window. Runs where an Electron binary is installed; on machines
 * that cannot download it (ELECTRON_SKIP_BINARY_DOWNLOAD) it skips and says why.
 */
function electronBinary(): string | null {
  // Read where the electron package keeps its binary rather than require('electron'), which
  // tries to download a missing binary (from a host this machine must not call).
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const binary = join(pkg, 'dist', readFileSync(join(pkg, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const skipReason = !binary
  ? 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same UI and services run in the Chromium suite.'
  : needsDisplay
    ? 'No display: run under xvfb-run to include the Electron suite.'
    : '';
if (skipReason) console.log(`[electron suite skipped] ${skipReason}`);

test.describe('electron app', () => {
  test.skip(!!skipReason, skipReason);

  test('launches a secure window and creates an entity', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patuh-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [resolve(import.meta.dirname, '../../..'), '--no-sandbox'],
      env: { ...process.env, PATUH_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page).toHaveTitle('Patuh');

      const prefs = await app.evaluate(({ BrowserWindow }) => {
        // Documented on WebContents but missing from Electron's type declarations.
        const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): object };
        return wc.getLastWebPreferences();
      });
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.isFrozen((window as unknown as { patuh: object }).patuh))).toBe(true);

      await page.goto('app://patuh/index.html#/registry');
      await page.getByRole('button', { name: '+ Instansi baru' }).first().click();
      await page.getByRole('dialog').getByLabel('Nama').fill('Pemerintah Kota Kupang');
      await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByRole('row', { name: /Pemerintah Kota Kupang/ })).toBeVisible();

      // Navigation away from the app is refused.
      await page.evaluate(() => { window.location.href = 'https://example.com/'; });
      await expect.poll(() => page.url()).toContain('app://patuh');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
