import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

/**
 * Flushes a folder's entries (a rename) to disk. Windows cannot open a folder this way and
 * journals renames itself, so a failure to open it is not an error.
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
    // Some file systems (e.g. FAT on a USB stick) refuse fsync on a folder; the rename stands.
  } finally {
    closeSync(fd);
  }
}

/** A small file written whole or not at all: temp, fsync, rename, fsync the folder. */
export function writeFileDurably(path: string, content: string): void {
  const temp = `${path}.patuh-tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  syncFolder(dirname(path));
}

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * A pass-through that hashes (SHA-256) and counts what flows, and fails once more than `limit`
 * bytes came: whatever a zip header declares, no entry inflates past its bound.
 */
export function hashingStream(limit: number, onDone: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limit) return callback(new TooLargeError(`more than ${limit} bytes`));
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      onDone(hash.digest('hex'), size);
      callback();
    },
  });
}
