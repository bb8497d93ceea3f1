import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, WEB_PREFERENCES } from './security-policy';
import { hardenContents } from './security';

export function createMainWindow(distDir: string, devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Patuh',
    backgroundColor: '#f5f6f8',
    // DevTools only in development: a packaged app's page is not a console to type into.
    webPreferences: { ...WEB_PREFERENCES, devTools: !app.isPackaged, preload: join(distDir, 'electron', 'preload.cjs') },
  });
  hardenContents(win.webContents, devServerUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
