import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../electron/db/open';
import { attachmentStore } from '../../../electron/services/attachments';
import { pngBytes } from './audit-fixture';

/**
 * Child process of attachments-processes.test.ts: `node attachment-writer.mjs DATA_DIR COUNT`.
 * Stores the same evidence bytes COUNT times, removing the stored file before each time so every
 * round really writes it; another process does the same at once. Prints the failures as JSON.
 */
const [dir, count] = process.argv.slice(2) as [string, string];
const dataDir = resolve(dir);
const db = openDatabase(join(dataDir, 'patuh.sqlite'));
const store = attachmentStore({ db, dataDir, now: () => new Date() });
const bytes = pngBytes('the same photo from two laptops');
const failures: string[] = [];
for (let i = 0; i < Number(count); i++) {
  try {
    rmSync(store.pathOf(store.putBytes('image/png', bytes).sha256), { force: true });
    store.putBytes('image/png', bytes);
  } catch (error) {
    failures.push((error as Error).message);
  }
}
db.close();
process.stdout.write(`${JSON.stringify({ failures })}\n`);
