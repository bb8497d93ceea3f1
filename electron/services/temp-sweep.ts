import { readdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './durable-write';

const DAY_MS = 24 * 3_600_000;
const OWNED = /\.(\d+)-[0-9a-f]+\.patuh-tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A temp file no writer will finish: its process is gone (a killed export, a pulled plug), or it
 * is a day old (a pid since reused, or a name without one from an older Patuh). A live writer's
 * temp file, this process's included, is left alone.
 */
export function isStaleTemp(name: string, mtimeMs: number, now = Date.now()): boolean {
  if (!name.endsWith(TEMP_SUFFIX)) return false;
  if (now - mtimeMs > DAY_MS) return true;
  const pid = OWNED.exec(name)?.[1];
  return pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid));
}

/** Removes stale temp files in `dir` (and, with `depth`, in its sub-folders); returns how many went. */
export function sweepStaleTemps(dir: string, depth = 0, now = Date.now()): number {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) {
        if (depth > 0) removed += sweepStaleTemps(path, depth - 1, now);
      } else if (isStaleTemp(entry.name, statSync(path).mtimeMs, now)) {
        rmSync(path, { force: true });
        removed++;
      }
    } catch {
      // Gone already, or held open by another program: the next sweep tries again.
    }
  }
  return removed;
}
