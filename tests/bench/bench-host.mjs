// The test host and Chromium for the benchmarks that drive the real renderer (keyboard, screens).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

export const HOST = resolve('dist/test-host/main.mjs');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** The page's `window.patuh` over HTTP, as the e2e fixture installs it. */
export async function loadBridge() {
  const file = await bundleForNode({ source: "export { installBridge } from './tests/host/bridge';", outfile: resolve('tests/.tmp/bench/bridge.mjs') });
  return (await import(pathToFileURL(file).href)).installBridge;
}

/** Starts the built test host on `dataDir`; resolves once it prints its address. */
export function startHost(dataDir) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [HOST, '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      const m = /READY (\S+)/.exec(chunk.toString());
      if (m) ok({ child, url: m[1] });
    });
    child.on('exit', (code) => fail(new Error(`test host exited with ${code}`)));
  });
}
