import { DomainError } from '../../shared/contract';
import { sanitizeSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { toIssues } from '../../shared/contract/zod-issues';
import type { SettingsStore } from '../services/context';

/** The part of `conf` (and of electron-store, which extends it) that settings need. */
export interface KeyValueFile {
  store: Record<string, unknown>;
}

/** Settings on top of a conf-like file: what is read is sanitised, what is written is validated whole. */
export function settingsStoreOn(file: KeyValueFile): SettingsStore {
  return {
    get: () => sanitizeSettings(file.store),
    update(patch: SettingsPatch): Settings {
      const next = settingsSchema.safeParse({ ...sanitizeSettings(file.store), ...patch });
      if (!next.success) throw new DomainError('VALIDATION', 'errors.validation', { issues: toIssues(next.error) });
      file.store = next.data;
      return next.data;
    },
  };
}
