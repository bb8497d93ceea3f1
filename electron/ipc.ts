import { ipcMain, type WebFrameMain } from 'electron';
import { CHANNELS, type Handlers } from '../shared/contract';
import { dispatch } from '../shared/contract/dispatch';
import { isAppUrl } from './security-policy';

/**
 * Binds every channel of the contract. Each call is checked for its sender (only the app's own
 * page), parsed by the channel's schema and answered with a Result; main never throws to the page.
 */
export function bindIpc(handlers: Handlers, devServerUrl?: string): void {
  const log = (message: string, error?: unknown) => console.error(`[ipc] ${message}`, error ?? '');
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame, devServerUrl)) {
        log(`refused ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.forbidden' } };
      }
      return dispatch(handlers, channel, input, log);
    });
  }
}

function isTrustedFrame(frame: WebFrameMain | null, devServerUrl?: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}
