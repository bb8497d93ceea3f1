// esbuild options for everything that runs in Node (main, CLI, test host), shared by the app's
// build, the tests that spawn a bundled child process, and the benchmarks.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';

/** Bundled CommonJS dependencies still call require(); an ESM bundle has to give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __patuhCreateRequire } from 'node:module'; const require = __patuhCreateRequire(import.meta.url);";

/** Native and Electron modules are loaded at run time, never bundled. */
export const NODE_EXTERNAL = ['electron', 'better-sqlite3'];

/** What a code-split bundle names its shared chunks, beside the entry (see staleChunks). */
const CHUNK_PREFIX = 'chunk-';

/**
 * Options for an ESM bundle for Node: from `entry` (a file) or `source` (TypeScript text).
 * `split`: the entry is still `outfile`, and each dynamic import() becomes its own chunk beside it,
 * loaded only when reached (the CLI: a command's libraries load when the command runs). Chunks
 * sit in the entry's folder, not a subfolder, because bundled code finds its sibling files (the
 * report worker) from its own import.meta.url.
 */
export function nodeBundleOptions({ entry, source, outfile, shebang = false, split = false }) {
  const output = split
    ? {
        entryPoints: [{ in: entry, out: basename(outfile, '.mjs') }],
        outdir: dirname(outfile),
        splitting: true,
        outExtension: { '.js': '.mjs' },
        chunkNames: `${CHUNK_PREFIX}[hash]`,
      }
    : { ...(entry ? { entryPoints: [entry] } : { stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' } }), outfile };
  return {
    ...output,
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

/** Removes the chunks of earlier split builds in `dir`: their names change with their content. */
export function removeStaleChunks(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return; // No folder yet: nothing built there before.
  }
  for (const name of names) if (name.startsWith(CHUNK_PREFIX)) rmSync(join(dir, name), { force: true });
}

export async function bundleForNode(options) {
  if (options.split) removeStaleChunks(dirname(options.outfile));
  await build(nodeBundleOptions(options));
  return options.outfile;
}
