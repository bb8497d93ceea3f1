/**
 * What services need from the desktop (dialogs and the OS shell), as an interface so that
 * services stay plain Node: electron/desktop-electron.ts implements it in the app, the test host
 * stubs it.
 */
export interface SaveDialogOptions {
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface OpenDialogOptions {
  filters: { name: string; extensions: string[] }[];
  /** Pick folders instead of files (every matching file inside is taken). */
  folders?: boolean;
  multiple?: boolean;
}

export interface Desktop {
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>;
  /** Asks the user for files (or folders) to read; an empty list when they cancel. */
  chooseOpenPaths(options: OpenDialogOptions): Promise<string[]>;
  openPath(path: string): Promise<void>;
  showInFolder(path: string): void;
}
