import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { checksum } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { registryRepo } from '../db/registry-repo';
import { DATABASE_FILE } from '../services/bootstrap';
import { defaultIds, type ServiceContext } from '../services/context';
import { deviceIdentity } from '../keys/device-identity';
import { confSettings } from '../settings/conf-settings';
import { CliFailure, EXIT } from './terminal-io';

/**
 * The app's data folder opened read-only, for reports from the command line while the app may be
 * running: nothing is migrated or written. The schema must be exactly the one this build knows,
 * as a report read with the wrong schema could be silently wrong.
 */
export function openDataFolder(dir: string): { ctx: ServiceContext; close(): void } {
  const dataDir = resolve(dir);
  const databasePath = join(dataDir, DATABASE_FILE);
  if (!existsSync(databasePath)) throw new CliFailure(`${dir}: no Patuh database (${DATABASE_FILE}) in this folder`, EXIT.badInput);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const applied = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all() as { version: number; checksum: string }[];
    const matches = applied.length === MIGRATIONS.length && applied.every((row, i) => row.checksum === checksum(MIGRATIONS[i]!));
    if (!matches) {
      throw new CliFailure(
        `${dir}: the database schema (${applied.length} migrations) is not the one this patuh knows (${MIGRATIONS.length}); open it once with the same version of the app`,
        EXIT.badInput,
      );
    }
  } catch (error) {
    db.close();
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`${dir}: cannot read the database (${(error as Error).message})`, EXIT.badInput);
  }
  const refuse = () => {
    throw new Error('The command line has no desktop to show dialogs on');
  };
  const ctx: ServiceContext = {
    db,
    dataDir,
    databasePath,
    settings: confSettings(dataDir),
    version: 'cli',
    desktop: { chooseSavePath: refuse, chooseOpenPaths: refuse, openPath: refuse, showInFolder: refuse },
    device: deviceIdentity(dataDir, { create: false }),
    exportedPaths: new Set(),
    chosenPaths: new Set(),
    ...defaultIds(),
  };
  return { ctx, close: () => db.close() };
}

/** An entity by id, or by its name (case-insensitive, archived ones included). */
export function findEntityId(ctx: ServiceContext, nameOrId: string): string {
  const registry = registryRepo(ctx.db);
  if (registry.getEntity(nameOrId)) return nameOrId;
  const all = registry.listEntities({ search: '', includeArchived: true });
  const exact = all.filter((e) => e.name.toLowerCase() === nameOrId.trim().toLowerCase());
  if (exact.length === 1) return exact[0]!.id;
  const names = all.map((e) => `${e.name} (${e.id})`);
  throw new CliFailure(
    exact.length > 1 ? `several entities are named "${nameOrId}"; pass the id` : `no entity named "${nameOrId}"`,
    EXIT.badInput,
    names.length ? ['Entities in this data folder:', ...names] : ['This data folder has no entities.'],
  );
}
