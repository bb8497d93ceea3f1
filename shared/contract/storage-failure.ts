import type { ApiError } from './result';

/** Node's file-system codes for a data folder that cannot take a write. */
const FS_MESSAGES: Record<string, string> = {
  ENOSPC: 'errors.diskFull', EDQUOT: 'errors.diskFull',
  EROFS: 'errors.dataReadOnly', EACCES: 'errors.dataReadOnly', EPERM: 'errors.dataReadOnly',
  EIO: 'errors.storageFailed',
  EBUSY: 'errors.fileBusy',
};

/** SQLite's result codes (better-sqlite3 puts them on `error.code`), by prefix: SQLITE_IOERR_WRITE is an I/O error. */
const SQLITE_MESSAGES: [prefix: string, message: string][] = [
  ['SQLITE_FULL', 'errors.diskFull'],
  ['SQLITE_IOERR', 'errors.storageFailed'],
  ['SQLITE_CANTOPEN', 'errors.storageFailed'],
  ['SQLITE_READONLY', 'errors.dataReadOnly'],
  ['SQLITE_BUSY', 'errors.databaseBusy'],
  ['SQLITE_LOCKED', 'errors.databaseBusy'],
];

/**
 * A failure of the disk or the data folder rather than of the program (disk full, read-only
 * folder, another process holding the database), named so the user can act on it. Null for
 * anything else, which stays an internal error.
 */
export function storageFailure(error: unknown): ApiError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const message = FS_MESSAGES[code] ?? SQLITE_MESSAGES.find(([prefix]) => code.startsWith(prefix))?.[1];
  if (!message) return null;
  return { code: message === 'errors.databaseBusy' ? 'BUSY' : 'FILE', message, details: { cause: code } };
}
