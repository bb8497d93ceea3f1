import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { electronDesktop } from './desktop-electron';
import { startupBackups } from './backups/startup-backups';
import { bindIpc } from './ipc';
import { hardenSession } from './security';
import { productionMenu } from './security-policy';
import { startServices } from './services/bootstrap';
import { electronSettings } from './settings/electron-settings';
import { createMainWindow } from './window';

/** dist/ (this file is bundled to dist/electron/main.mjs). */
const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devServerUrl = app.isPackaged ? undefined : process.env.PATUH_DEV_SERVER_URL;

registerAppScheme();
app.enableSandbox();

function start(): void {
  // Electron's default menu opens DevTools (Ctrl+Shift+I) and reloads the page: development only.
  if (app.isPackaged) Menu.setApplicationMenu(Menu.buildFromTemplate(productionMenu(process.platform)));

  app.whenReady().then(() => {
    hardenSession(session.defaultSession, devServerUrl);
    serveRenderer(join(distDir, 'renderer'));
    try {
      const services = startServices(process.env.PATUH_DATA_DIR ?? app.getPath('userData'), electronSettings(), app.getVersion(), electronDesktop);
      app.on('will-quit', services.close);
      bindIpc(services.handlers, devServerUrl);
      // In the background: the page is usable meanwhile (the online backup steps between events).
      startupBackups(services.ctx).catch((error: unknown) => console.error('[backups] start-up backup failed', error));
    } catch (error) {
      // A database Patuh cannot open (e.g. written by a newer version) must not be touched.
      dialog.showErrorBox('Patuh', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    createMainWindow(distDir, devServerUrl);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(distDir, devServerUrl);
    });
  });

  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// One app per data folder: a second start hands over to the first (second-instance) and stops
// here, before it opens the database or a window. quit() alone would let it carry on until quit.
if (app.requestSingleInstanceLock()) start();
else app.quit();
