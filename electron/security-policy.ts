/**
 * The app's security policy as plain data, so tests can check it without Electron.
 * electron/security.ts applies it.
 */

/** The scheme the app's own pages are served from (see electron/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://patuh`;

/**
 * No remote content at all: scripts, styles, fonts and data only from the app itself.
 * Images may also be data: URLs (evidence thumbnails, the report logo preview).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** True for a page of the app itself (or the dev server in `npm run dev`). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (`${u.protocol}//${u.host}` === APP_ORIGIN) return true;
    return !!devServerUrl && u.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Only https links leave the app, and only to the user's own browser: a plain http link (from a
 * template's legal basis, say) could be rewritten on the way by the network of a hotel or an office.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A menu item as Electron's Menu.buildFromTemplate takes it; roles get their labels from Electron in the OS language. */
export interface MenuItemSpec {
  role?: 'appMenu' | 'quit' | 'close' | 'minimize' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';
  label?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

/**
 * The packaged app's menu, spelled out so nothing comes with it by default: editing (copy and
 * paste by keyboard on every OS), zoom, the window, and quit; nothing that opens DevTools or
 * reloads the page and loses what is being typed. Development keeps Electron's default menu.
 */
export function productionMenu(platform: string): MenuItemSpec[] {
  return [
    platform === 'darwin' ? { role: 'appMenu' } : { label: 'File', submenu: [{ role: 'quit' }] },
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}
