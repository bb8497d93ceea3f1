import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { installBridge } from '../host/bridge';

const HOST = resolve(import.meta.dirname, '../../dist/test-host/main.mjs');

/** One test host as a laptop: its data folder and the controls tests use, without a page. */
export interface Laptop {
  url: string;
  dataDir: string;
  /** Calls a channel on the host directly, e.g. to seed data. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  /** What the next native save dialog answers: a path, or null for "cancelled". */
  nextSavePath(path: string | null): Promise<void>;
  /** What the next native open dialog answers: the chosen paths, or [] for "cancelled". */
  nextOpenPaths(paths: string[]): Promise<void>;
  /** Files the app asked the OS to open or reveal. */
  desktopLog(): Promise<{ action: 'open' | 'showInFolder'; path: string }[]>;
}

export interface PatuhApp extends Laptop {
  page: Page;
  /** Opens a screen by its hash path (e.g. 'registry') and waits for the app's ready signal. */
  open(path?: string): Promise<void>;
}

/**
 * One fixture for every spec: a fresh data folder and test host per test, the page wired to it
 * through `window.patuh`, console errors (including missing i18n keys) failing the test, and a
 * bounded close.
 */
export const test = base.extend<{ app: PatuhApp }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patuh-e2e-'));
    const { child, url } = await startHost(dataDir);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());

    const channels = (await (await fetch(`${url}/__patuh/channels`)).json()) as string[];
    await page.addInitScript(installBridge, channels);
    const app: PatuhApp = {
      page, ...controls(url, dataDir),
      async open(path = 'home') {
        await page.goto(`${url}/#/${path}`);
        await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      },
    };
    await use(app);
    // What the page logged while the test ran; once the host stops, a request still on its way
    // (a debounced save, a refetch) fails with "connection refused", which is the teardown's.
    const during = [...errors];
    await stopHost(child);
    rmSync(dataDir, { recursive: true, force: true });
    expect(during, 'console errors in the page').toEqual([]);
  },
});

export { expect };

/**
 * Another laptop for specs that move data between installations (packages): its own data
 * folder and host, driven through its API. The caller stops it with `close()`.
 */
export async function startLaptop(): Promise<Laptop & { close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'patuh-e2e-'));
  const { child, url } = await startHost(dataDir);
  return {
    ...controls(url, dataDir),
    async close() {
      await stopHost(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function controls(url: string, dataDir: string): Laptop {
  return {
    url, dataDir,
    async call<T>(channel: string, input: unknown) {
      const res = await fetch(`${url}/__patuh/call/${channel}`, { method: 'POST', body: JSON.stringify(input) });
      const result = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    async nextSavePath(path) {
      await fetch(`${url}/__patuh/test/next-save-path`, { method: 'POST', body: JSON.stringify({ path }) });
    },
    async nextOpenPaths(paths) {
      await fetch(`${url}/__patuh/test/next-open-paths`, { method: 'POST', body: JSON.stringify({ paths }) });
    },
    async desktopLog() {
      return (await (await fetch(`${url}/__patuh/test/desktop-log`)).json()) as { action: 'open' | 'showInFolder'; path: string }[];
    },
  };
}

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [HOST, '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('test host did not start within 15 s')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) { clearTimeout(timer); resolvePromise({ child, url: match[1]! }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`test host exited with ${code}`)); });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = new Promise<void>((r) => setTimeout(() => { child.kill('SIGKILL'); r(); }, 5_000));
  await Promise.race([exited, timeout]);
}
