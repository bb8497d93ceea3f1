/* global document, location */
// Issue 10's screen aim: the home and audits screens show their data within 300 ms of opening, on a
// province's data folder (5,000 audits). Run by scale.bench.mjs on its seeded folder once the app is
// built (`npm run build`), or alone: node tests/bench/screens.bench.mjs DATA_FOLDER
// Times, in Chromium against the test host: a cold open (page load to data on screen) and an open
// from inside the app (the hash changes, as a sidebar click does), median of 3 each.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, HOST, loadBridge, startHost } from './bench-host.mjs';
/** What each screen shows once its data is in: home's recent audits, the audits screen's first page. */
const SCREENS = [
  ['home (5 recent audits)', 'home', () => document.querySelectorAll('.home-audits li').length >= 5],
  ['audits (first page of 50)', 'audits', () => document.querySelectorAll('table tbody tr').length >= 50],
];

export async function screensBench(dataDir) {
  if (!existsSync(HOST)) return console.log('screens: skipped (dist/test-host is missing: run `npm run build` first)');
  const installBridge = await loadBridge();
  const { child, url } = await startHost(dataDir);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const channels = await (await fetch(`${url}/__patuh/channels`)).json();
    // A new page each time, so nothing is cached: the first time a user opens the screen.
    const freshPage = async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
      await page.addInitScript(installBridge, channels);
      return page;
    };
    console.log('\nscreens at 5,000 audits (median of 3, each in a new page; Chromium, test host)');
    for (const [name, path, ready] of SCREENS) {
      const cold = [];
      const inApp = [];
      for (let i = 0; i < 3; i++) {
        let page = await freshPage();
        let t0 = performance.now();
        await page.goto(`${url}/#/${path}`);
        await page.waitForFunction(ready, null, { polling: 'raf' });
        cold.push(performance.now() - t0);
        await page.close();
        // From another screen inside the app, as the sidebar opens it.
        page = await freshPage();
        await page.goto(`${url}/#/settings`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        t0 = performance.now();
        await page.evaluate((p) => { location.hash = `#/${p}`; }, path);
        await page.waitForFunction(ready, null, { polling: 'raf' });
        inApp.push(performance.now() - t0);
        await page.close();
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[1].toFixed(0);
      console.log(`  ${name.padEnd(28)} opened from another screen ${median(inApp).padStart(4)} ms   page load to data ${median(cold).padStart(5)} ms`);
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv[2]) throw new Error('usage: node tests/bench/screens.bench.mjs DATA_FOLDER (seeded by SCALE_DATA=DATA_FOLDER node tests/bench/scale.bench.mjs)');
  await screensBench(resolve(process.argv[2]));
}
