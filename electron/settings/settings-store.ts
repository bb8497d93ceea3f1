import { DomainError } from '../../shared/contract';
import { sanitizeSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { toIssues } from '../../shared/contract/zod-issues';
import type { SettingsStore } from '../services/context';
import { statSync } from 'node:fs';
import { withFileLock } from './file-lock';

/** The part of `conf` (and of electron-store, which extends it) that settings need. */
export interface KeyValueFile {
  /** Reading it reads the file; assigning it writes the file (atomically). */
  store: Record<string, unknown>;
  path: string;
}

/** Settings are private to the user, like the rest of the data folder. */
export const SETTINGS_FILE_MODE = 0o600;

/**
 * Settings on top of a conf-like file: what is read is sanitised, what is written is validated
 * whole. An update re-reads the file and writes it under a lock, so a change made meanwhile by
 * another process on the same data folder is kept, not overwritten with a stale copy.
 */
export function settingsStoreOn(file: KeyValueFile): SettingsStore {
  // Reading parses the whole file (a logo makes that milliseconds) and an answer read it twice, so
  // what was read is kept while the file is the same file: a write (ours or another process's,
  // always a new file renamed into place) changes its inode or modification time.
  let cached: { stamp: string; settings: Settings } | undefined;
  const stampOf = (): string | null => {
    try {
      const s = statSync(file.path, { bigint: true });
      return `${s.ino}:${s.mtimeNs}:${s.size}`;
    } catch {
      return null;
    }
  };
  const read = (): Settings => {
    const stamp = stampOf();
    if (stamp !== null && cached?.stamp === stamp) return cached.settings;
    const settings = sanitizeSettings(file.store);
    cached = stamp === null ? undefined : { stamp, settings };
    return settings;
  };
  return {
    get: read,
    update(patch: SettingsPatch): Settings {
      return withFileLock(file.path, () => {
        cached = undefined;
        const next = settingsSchema.safeParse({ ...sanitizeSettings(file.store), ...patch });
        if (!next.success) throw new DomainError('VALIDATION', 'errors.validation', { issues: toIssues(next.error) });
        file.store = next.data;
        return next.data;
      });
    },
  };
}
