import type { BuildOptions } from 'esbuild';

export interface NodeBundle {
  entry?: string;
  source?: string;
  outfile: string;
  shebang?: boolean;
  /** Code splitting: each dynamic import() becomes a chunk beside `outfile` (needs `entry`). */
  split?: boolean;
}
export const ESM_REQUIRE_BANNER: string;
export const NODE_EXTERNAL: string[];
export function nodeBundleOptions(options: NodeBundle): BuildOptions;
export function removeStaleChunks(dir: string): void;
export function bundleForNode(options: NodeBundle): Promise<string>;
