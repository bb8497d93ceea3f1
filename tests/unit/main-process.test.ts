import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * electron/main.ts with Electron and the services replaced by stand-ins: what the app does at
 * start, checked without an Electron binary. The real app is run by tests/e2e/electron where one exists.
 */
const state = vi.hoisted(() => ({ lock: true, packaged: true, menu: undefined as unknown, started: 0, listeners: [] as string[] }));

vi.mock('electron', () => {
  const app = {
    get isPackaged() {
      return state.packaged;
    },
    requestSingleInstanceLock: () => state.lock,
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: () => '/tmp/patuh-main-test',
    getVersion: () => '0.0.0',
    whenReady: () => Promise.resolve(),
    on: (event: string) => state.listeners.push(event),
  };
  return {
    app,
    BrowserWindow: { getAllWindows: () => [] },
    dialog: { showErrorBox: vi.fn() },
    session: { defaultSession: {} },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (state.menu = menu) },
  };
});
vi.mock('../../electron/app-protocol', () => ({ registerAppScheme: vi.fn(), serveRenderer: vi.fn() }));
vi.mock('../../electron/desktop-electron', () => ({ electronDesktop: {} }));
vi.mock('../../electron/backups/startup-backups', () => ({ startupBackups: () => Promise.resolve() }));
vi.mock('../../electron/ipc', () => ({ bindIpc: vi.fn() }));
vi.mock('../../electron/security', () => ({ hardenSession: vi.fn() }));
vi.mock('../../electron/settings/electron-settings', () => ({ electronSettings: () => ({}) }));
vi.mock('../../electron/window', () => ({ createMainWindow: vi.fn() }));
vi.mock('../../electron/services/bootstrap', () => ({
  startServices: () => {
    state.started++;
    return { ctx: {}, handlers: {}, close: vi.fn() };
  },
}));

async function start(lock: boolean, packaged = true) {
  Object.assign(state, { lock, packaged, menu: undefined, started: 0, listeners: [] });
  vi.resetModules();
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

type Item = { role?: string; submenu?: Item[] };
const roles = (items: Item[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])]);

describe('electron/main.ts', () => {
  beforeEach(() => vi.clearAllMocks());

  it('a second instance quits without opening the data folder or a window', async () => {
    await start(false);
    expect(state.started).toBe(0);
    expect(state.listeners).not.toContain('second-instance');
  });

  it('the first instance opens the data folder once', async () => {
    await start(true);
    expect(state.started).toBe(1);
    expect(state.listeners).toContain('second-instance');
  });

  it('a packaged app has a menu without DevTools or reload; development keeps Electron’s own', async () => {
    await start(true, true);
    const template = (state.menu as { template: Item[] } | undefined)?.template;
    expect(template).toBeDefined();
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(roles(template!)).not.toContain(role);
    expect(roles(template!)).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']));
    await start(true, false);
    expect(state.menu).toBeUndefined();
  });
});
