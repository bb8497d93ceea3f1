import { resolve } from 'node:path';
import { confSettings } from '../../../electron/settings/conf-settings';

/**
 * Child process of settings-processes.test.ts: `node settings-writer.mjs DATA_DIR KEY COUNT`.
 * Sets one numeric setting COUNT times, reading the settings back after each write; another
 * process does the same with another key on the same file. A write of one that carries a stale
 * copy of the other's key is a lost update: counted, and printed as JSON at the end.
 */
const [dir, key, count] = process.argv.slice(2) as [string, 'dueSoonDays' | 'backupWarnDays', string];
const settings = confSettings(resolve(dir));
let lost = 0;
let last = 0;
for (let i = 0; i < Number(count); i++) {
  last = (i % 90) + 1;
  settings.update({ [key]: last });
  if (settings.get()[key] !== last) lost++;
}
process.stdout.write(`${JSON.stringify({ key, last, lost })}\n`);
