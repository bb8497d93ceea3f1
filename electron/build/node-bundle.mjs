// esbuild options for everything that runs in Node (main, CLI, test host), shared by the app's
// build, the tests that spawn a bundled child process, and the benchmarks.
import { build } from 'esbuild';

/** Bundled CommonJS dependencies still call require(); an ESM bundle has to give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __patuhCreateRequire } from 'node:module'; const require = __patuhCreateRequire(import.meta.url);";

/** Native and Electron modules are loaded at run time, never bundled. */
export const NODE_EXTERNAL = ['electron', 'better-sqlite3'];

/** Options for an ESM bundle for Node: from `entry` (a file) or `source` (TypeScript text). */
export function nodeBundleOptions({ entry, source, outfile, shebang = false }) {
  return {
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' } }),
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: NODE_EXTERNAL,
    banner: { js: shebang ? `#!/usr/bin/env node\n${ESM_REQUIRE_BANNER}` : ESM_REQUIRE_BANNER },
    logLevel: 'warning',
  };
}

export async function bundleForNode(options) {
  await build(nodeBundleOptions(options));
  return options.outfile;
}
