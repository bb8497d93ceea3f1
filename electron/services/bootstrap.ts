import { sweepStaging } from '../packages/staging-sweep';
import { join } from 'node:path';
import { snapshotBeforeMigration } from '../backups/migration-snapshot';
import { recoverRestore } from '../backups/restore-switch';
import { openDatabase } from '../db/open';
import { deviceIdentity } from '../keys/device-identity';
import type { Handlers } from '../../shared/contract';
import { defaultIds, type ServiceContext, type SettingsStore } from './context';
import { prepareDataFolder } from './data-folder';
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
  prepareDataFolder(dataDir);
  // A restore that a crash interrupted is finished before anything reads the data.
  recoverRestore(dataDir);
  sweepStaging(join(dataDir, 'staging'));
  const databasePath = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath, { beforeMigrate: snapshotBeforeMigration(dataDir) });
  const device = deviceIdentity(dataDir);
  const ctx: ServiceContext = { db, dataDir, databasePath, settings, version, desktop, device, exportedPaths: new Set(), chosenPaths: new Set(), ...defaultIds(), ...overrides };
  const services: Services = { ctx, handlers: createHandlers(ctx), close: () => ctx.db.close() };
  // IPC and the test host keep the table they bound: a restore refills that same object.
  ctx.replaceData = (change) => {
    ctx.db.close();
    try {
      change();
    } finally {
      // A switch that failed half-way is finished (or refused) as at start-up, before the database opens.
      recoverRestore(dataDir);
      ctx.db = openDatabase(databasePath);
      Object.assign(services.handlers, createHandlers(ctx));
    }
  };
  return services;
}
