import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DAY_MS = 24 * 3_600_000;

/**
 * Packages being read are unpacked under <data>/staging/<id> and removed when done; what a crash
 * or a pulled plug left there is swept at start. Only folders a day old go: the CLI may be reading
 * a package into the same data folder right now.
 */
export function sweepStaging(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      // Dropped files wait in uploads/ one by one; the folder itself is touched by every new one.
      if (name === 'uploads') sweepStaging(path, now);
      else if (now - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or held open by another program: the next start tries again.
    }
  }
}
