import { chmodSync, existsSync, statSync } from 'node:fs';

/**
 * The data folder holds audits, evidence photos and a signing key: on a shared computer no other
 * account may read them. Files 0600, folders 0700 where the OS has modes (Windows keeps its ACLs).
 */
export const DATA_FILE_MODE = 0o600;
export const DATA_FOLDER_MODE = 0o700;

/** Tightens a file or folder made before these modes, or by a library with its own (SQLite, conf). */
export function restrictMode(path: string, mode: number): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
}
