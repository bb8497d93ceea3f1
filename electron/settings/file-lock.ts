import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { DomainError } from '../../shared/contract';

/** A lock held longer than this was left by a process that died holding it. */
const STALE_MS = 10_000;
const WAIT_MS = 3_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** An empty file: it takes no space, so a full disk still lets the write try (and fail as "disk full"). */
function tryCreate(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx', 0o600));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` holding `<path>.lock`, a file created exclusively: a read-modify-write of a small
 * file that another process (the CLI, a second app start) may be changing at the same moment.
 * Synchronous, like the settings store it guards; waits up to a few seconds, then says "busy".
 */
export function withFileLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (!tryCreate(lock)) {
    if (isStale(lock)) rmSync(lock, { force: true });
    else if (Date.now() > deadline) throw new DomainError('BUSY', 'errors.databaseBusy', { path });
    else Atomics.wait(sleeper, 0, 0, 5);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
