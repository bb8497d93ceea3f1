import { DomainError, type Handlers } from '../../shared/contract';
import type { ServiceContext } from './context';

type FileHandlers = Pick<Handlers, 'files.open' | 'files.showInFolder'>;

/** Only files Patuh exported in this session may be opened: the page cannot open arbitrary paths. */
export function fileHandlers(ctx: ServiceContext): FileHandlers {
  const known = (path: string) => {
    if (!ctx.exportedPaths.has(path)) throw new DomainError('FORBIDDEN', 'errors.forbidden');
    return path;
  };
  return {
    'files.open': async ({ path }) => {
      await ctx.desktop.openPath(known(path));
      return null;
    },
    'files.showInFolder': ({ path }) => {
      ctx.desktop.showInFolder(known(path));
      return null;
    },
  };
}
