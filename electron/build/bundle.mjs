// Bundles the Node side with esbuild: main (ESM), the sandboxed preload (one CommonJS file),
// the `patuh` CLI and the end-to-end test host. The renderer is built by Vite.
import { build, context } from 'esbuild';
import { nodeBundleOptions, removeStaleChunks } from './node-bundle.mjs';

const watch = process.argv.includes('--watch');

const targets = [
  nodeBundleOptions({ entry: 'electron/main.ts', outfile: 'dist/electron/main.mjs' }),
  {
    entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs',
    bundle: true, platform: 'node', target: 'node20', sourcemap: true, external: ['electron'], logLevel: 'warning',
  },
  // Code-split so that `patuh --help` and `patuh score` start without the report libraries.
  nodeBundleOptions({ entry: 'electron/cli/patuh.ts', outfile: 'dist/cli/patuh.mjs', shebang: true, split: true }),
  nodeBundleOptions({ entry: 'tests/host/main.ts', outfile: 'dist/test-host/main.mjs' }),
  // The Word-report worker thread, beside each bundle that builds reports (electron/workers).
  ...['dist/electron', 'dist/cli', 'dist/test-host'].map((dir) => nodeBundleOptions({ entry: 'electron/workers/report-worker.ts', outfile: `${dir}/report-worker.mjs` })),
];

removeStaleChunks('dist/cli');
if (watch) {
  for (const t of targets) await (await context(t)).watch();
  console.log('esbuild: watching electron/, shared/ and tests/host/');
} else {
  await Promise.all(targets.map((t) => build(t)));
}
