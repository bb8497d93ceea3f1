import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Input, Output } from '../../shared/contract';
import { dispatch } from '../../shared/contract/dispatch';
import type { ApiError } from '../../shared/contract/result';
import { startServices, type Services } from '../../electron/services/bootstrap';
import { confSettings } from '../../electron/settings/conf-settings';
import { stubDesktop } from '../host/stub-desktop';

export interface TestServices extends Services {
  dataDir: string;
  desktop: ReturnType<typeof stubDesktop>;
  /** Calls a channel exactly as a transport would (schema, handler, typed error). */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Calls a channel expecting a typed error, and returns it. */
  fail(channel: string, input: unknown): Promise<ApiError>;
  /** Moves the services' clock. */
  setNow(iso: string): void;
  dispose(): void;
}

/** Real services on a real SQLite file in a fresh temporary folder (or in `dataDir`, created if missing). */
export function testServices(options: { now?: string; dataDir?: string } = {}): TestServices {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'patuh-it-'));
  let now = new Date(options.now ?? '2026-03-02T09:00:00.000Z');
  const desktop = stubDesktop(dataDir);
  const services = startServices(dataDir, confSettings(dataDir), 'test', desktop.desktop, { now: () => now });
  return {
    ...services,
    dataDir,
    desktop,
    async call(channel, input) {
      const result = await dispatch(services.handlers, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await dispatch(services.handlers, channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
    setNow(iso) {
      now = new Date(iso);
    },
    dispose() {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
