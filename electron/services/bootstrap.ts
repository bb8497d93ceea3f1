import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { deviceIdentity } from '../keys/device-identity';
import type { Handlers } from '../../shared/contract';
import { defaultIds, type ServiceContext, type SettingsStore } from './context';
import type { Desktop } from './desktop';
import { createHandlers } from './handlers';

export const DATABASE_FILE = 'patuh.sqlite';

export interface Services {
  ctx: ServiceContext;
  handlers: Handlers;
  close(): void;
}

/** Opens the data folder (creating it) and returns the handler table over it. */
export function startServices(
  dataDir: string,
  settings: SettingsStore,
  version: string,
  desktop: Desktop,
  overrides: Partial<ServiceContext> = {},
): Services {
  mkdirSync(dataDir, { recursive: true });
  const databasePath = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  const device = deviceIdentity(dataDir);
  const ctx: ServiceContext = { db, dataDir, databasePath, settings, version, desktop, device, exportedPaths: new Set(), chosenPaths: new Set(), ...defaultIds(), ...overrides };
  return { ctx, handlers: createHandlers(ctx), close: () => db.close() };
}
