import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from './context';
import { fileHandlers } from './files-service';
import { registryHandlers } from './registry-service';
import { settingsHandlers } from './settings-service';

/** The one handler table, bound by IPC in the app and by HTTP in the test host. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...registryHandlers(ctx),
    ...fileHandlers(ctx),
  };
}
