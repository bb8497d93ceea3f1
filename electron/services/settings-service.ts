import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from './context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update' | 'app.info'>;

export function settingsHandlers(ctx: ServiceContext): SettingsHandlers {
  return {
    'settings.get': () => ctx.settings.get(),
    'settings.update': (patch) => ctx.settings.update(patch),
    'app.info': () => ({
      version: ctx.version,
      dataDir: ctx.dataDir,
      databasePath: ctx.databasePath,
      schemaVersion: (ctx.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v,
    }),
  };
}
