// Bundles the Node side with esbuild: main (ESM), the sandboxed preload (one CommonJS file),
// the `patuh` CLI and the end-to-end test host. The renderer is built by Vite.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const esmBanner = {
  // Bundled CommonJS dependencies still call require(); give them one.
  js: "import { createRequire as __patuhCreateRequire } from 'node:module'; const require = __patuhCreateRequire(import.meta.url);",
};
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
const nodeExternal = ['electron', 'better-sqlite3'];

const targets = [
  { ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', external: nodeExternal, banner: esmBanner },
  { ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] },
  { ...common, entryPoints: ['electron/cli/patuh.ts'], outfile: 'dist/cli/patuh.mjs', format: 'esm', external: nodeExternal, banner: { js: `#!/usr/bin/env node\n${esmBanner.js}` } },
  { ...common, entryPoints: ['tests/host/main.ts'], outfile: 'dist/test-host/main.mjs', format: 'esm', external: nodeExternal, banner: esmBanner },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const t of targets) await (await context(t)).watch();
  console.log('esbuild: watching electron/, shared/ and tests/host/');
} else {
  await Promise.all(targets.map((t) => build(t)));
}
