import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import type { DeviceIdentity } from '../keys/device-identity';
import type { Desktop } from './desktop';

/** Preferences behind a small interface: electron-store in the app, `conf` in Node. */
export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/**
 * Everything a service needs, passed in rather than imported, so the same services run
 * in Electron, the CLI, Vitest and the end-to-end test host.
 */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  databasePath: string;
  settings: SettingsStore;
  now: () => Date;
  newId: () => string;
  version: string;
  desktop: Desktop;
  /** This installation's key pair: signs seals, packages and backups. */
  device: DeviceIdentity;
  /** Files this session exported; the only ones the page may ask to open or reveal. */
  exportedPaths: Set<string>;
  /** Files and folders the user picked in an open dialog this session; the only ones the page may ask to read. */
  chosenPaths: Set<string>;
  /**
   * Closes the database, runs `change` on the data folder (a restore switching it), then reopens
   * the database and rebuilds the handler table in place. Only where these services own the data
   * folder (startServices); absent where it is opened read-only.
   */
  replaceData?: (change: () => void) => void;
}

export function defaultIds(): Pick<ServiceContext, 'now' | 'newId'> {
  return { now: () => new Date(), newId: () => randomUUID() };
}
