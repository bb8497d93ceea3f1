// The whole test suite, as the README names it: build, then unit + integration (Vitest), then
// end-to-end (Playwright in Chromium, plus the Electron suite where a binary exists).
// Ends with one plain line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const TMP = 'tests/.tmp';
rmSync(`${TMP}/vitest.json`, { force: true });
rmSync(`${TMP}/e2e-results.json`, { force: true });
mkdirSync(TMP, { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;

if (run('npm', ['run', 'build']) !== 0) {
  console.log('\nThe build failed; no tests ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${TMP}/vitest.json`]);
const vitest = readJson(`${TMP}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) failed += 1; // a crash, not a test

const e2eStatus = run('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts']);
const e2e = readJson(`${TMP}/e2e-results.json`);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
