import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security-policy';

/** Denies every permission, adds the CSP to every response, and blocks all remote requests. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const local = isAppUrl(details.url, devServerUrl) || details.url.startsWith('devtools:') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !local });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** No new windows, no navigation or redirect away from the app; web links go to the OS browser. */
export function hardenContents(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
