import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.patuh-tmp';

/**
 * `laporan.docx` → `laporan.docx.<pid>-<random>.patuh-tmp`, beside it: unique, so two writers of
 * the same file (two processes, or two attachments of the same bytes) never share a temp file,
 * and tied to its process, so a sweep can tell a dead writer's leftover from a live one's work.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/**
 * Flushes a folder's entries (a rename) to disk. Windows cannot open a folder this way and
 * journals renames itself, so a folder that cannot be opened is not an error.
 */
export function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems (FAT on a USB stick) refuse fsync on a folder; the rename stands.
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a whole file or nothing: a unique temp file, fsync, rename over the target, fsync of the
 * folder. A power cut leaves the old file or the new one, never an empty or partial one under the
 * final name; a failure removes the temp file and is thrown as it came (callers name it).
 */
export function writeDurably(path: string, content: Buffer | string, mode = 0o666): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself is unusable (e.g. it is a file): there is no temp file to remove.
    }
    throw error;
  }
  syncFolder(dirname(path));
}
