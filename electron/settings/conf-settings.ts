import Conf from 'conf';
import type { SettingsStore } from '../services/context';
import { SETTINGS_FILE_MODE, settingsStoreOn } from './settings-store';

/** Settings for the Node-only paths (CLI, test host): the same file format electron-store writes. */
export function confSettings(dir: string): SettingsStore {
  return settingsStoreOn(new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'patuh', configFileMode: SETTINGS_FILE_MODE }));
}
