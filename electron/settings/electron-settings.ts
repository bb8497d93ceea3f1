import Store from 'electron-store';
import type { SettingsStore } from '../services/context';
import { SETTINGS_FILE_MODE, settingsStoreOn } from './settings-store';

/** Settings in the app: electron-store keeps them in the user-data folder. */
export function electronSettings(): SettingsStore {
  return settingsStoreOn(new Store<Record<string, unknown>>({ name: 'settings', configFileMode: SETTINGS_FILE_MODE }));
}
