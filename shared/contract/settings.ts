import { z } from 'zod';
import { channel } from './channel';
import { settingsPatchSchema, type Settings } from '../domain/settings';

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
}

export const settingsChannels = {
  'settings.get': channel<Settings>()(z.strictObject({})),
  'settings.update': channel<Settings>()(settingsPatchSchema.strict()),
  'app.info': channel<AppInfo>()(z.strictObject({})),
};
