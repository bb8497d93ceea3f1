import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services/context';

type BackupHandlers = Pick<Handlers, never>;

export function backupHandlers(_ctx: ServiceContext): BackupHandlers {
  return {};
}
