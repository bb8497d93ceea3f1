import type { BuildOptions } from 'esbuild';

export interface NodeBundle {
  entry?: string;
  source?: string;
  outfile: string;
  shebang?: boolean;
}
export const ESM_REQUIRE_BANNER: string;
export const NODE_EXTERNAL: string[];
export function nodeBundleOptions(options: NodeBundle): BuildOptions;
export function bundleForNode(options: NodeBundle): Promise<string>;
