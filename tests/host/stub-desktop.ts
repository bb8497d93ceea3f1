import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Desktop } from '../../electron/services/desktop';

/**
 * The desktop as tests see it: the save dialog answers with the path a test queued (null =
 * the user cancelled) or, by default, a file in <data>/exports; the open dialog answers with the
 * paths a test queued (none = cancelled); open and reveal are recorded.
 */
export function stubDesktop(dataDir: string) {
  const queued: (string | null)[] = [];
  const queuedOpen: string[][] = [];
  const log: { action: 'open' | 'showInFolder'; path: string }[] = [];
  const desktop: Desktop = {
    async chooseSavePath({ defaultName }) {
      if (queued.length) return queued.shift() ?? null;
      const dir = join(dataDir, 'exports');
      mkdirSync(dir, { recursive: true });
      // Only the name: a suggested name must never lead the file out of the export folder.
      return join(dir, basename(defaultName));
    },
    async chooseOpenPaths() {
      return queuedOpen.shift() ?? [];
    },
    async openPath(path) {
      log.push({ action: 'open', path });
    },
    showInFolder(path) {
      log.push({ action: 'showInFolder', path });
    },
  };
  return { desktop, queueSavePath: (path: string | null) => queued.push(path), queueOpenPaths: (paths: string[]) => queuedOpen.push(paths), log };
}
export type StubDesktop = ReturnType<typeof stubDesktop>;
