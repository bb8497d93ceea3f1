import { BrowserWindow, dialog, shell } from 'electron';
import type { Desktop } from './services/desktop';

/** The native save dialog and the OS shell, for the app. */
export const electronDesktop: Desktop = {
  async chooseSavePath({ defaultName, filters }) {
    const win = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: defaultName, filters };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPaths({ filters, folders = false, multiple = false }) {
    const win = BrowserWindow.getFocusedWindow();
    const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [folders ? 'openDirectory' : 'openFile'];
    if (multiple) properties.push('multiSelections');
    const options = { filters, properties };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  },
  async openPath(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  showInFolder(path) {
    shell.showItemInFolder(path);
  },
};
