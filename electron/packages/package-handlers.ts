import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from '../services/context';

type PackageHandlers = Pick<Handlers, never>;

export function packageHandlers(_ctx: ServiceContext): PackageHandlers {
  return {};
}
