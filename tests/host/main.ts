import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServices } from '../../electron/services/bootstrap';
import { confSettings } from '../../electron/settings/conf-settings';
import { startTestHost } from './server';
import { stubDesktop } from './stub-desktop';

/**
 * Test host process: `node dist/test-host/main.mjs --data DIR [--port N]`.
 * Prints `READY <url>` when it listens; stops on SIGTERM or when stdin closes.
 */
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = arg('data');
if (!dataDir) {
  console.error('usage: main.mjs --data DIR [--port N]');
  process.exit(2);
}
const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const desktop = stubDesktop(resolve(dataDir));
const services = startServices(resolve(dataDir), confSettings(resolve(dataDir)), 'test', desktop.desktop);
const host = await startTestHost(services.handlers, join(distDir, 'renderer'), desktop, Number(arg('port') ?? 0));
console.log(`READY ${host.url}`);

const stop = async () => {
  await host.close();
  services.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
