// Benchmarks run the real services: this bundles them (TypeScript) with the app's esbuild options
// into tests/.tmp/bench and imports the result.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

const SERVICES = `
export { startServices } from './electron/services/bootstrap';
export { confSettings } from './electron/settings/conf-settings';
export { stubDesktop } from './tests/host/stub-desktop';
export { dispatch } from './shared/contract/dispatch';
`;

/** `extra`: more export lines (e.g. a seeding helper) for this benchmark's bundle. */
export async function loadServices(name, extra = '') {
  const outDir = resolve('tests/.tmp/bench');
  mkdirSync(outDir, { recursive: true });
  // Reports are built in a worker thread from the bundle beside the services' (electron/workers).
  await bundleForNode({ entry: 'electron/workers/report-worker.ts', outfile: join(outDir, 'report-worker.mjs') });
  const outfile = await bundleForNode({ source: SERVICES + extra, outfile: join(outDir, `${name}.mjs`) });
  return import(pathToFileURL(outfile).href);
}
