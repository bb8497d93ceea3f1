import { nodeIo, type CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run';

/**
 * Runs the CLI in-process on real files (the in-memory runner is tests/unit/support/cli-in-memory.ts):
 * what it printed to stdout, to stderr, and both in the order printed.
 */
export async function cliOnDisk(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const io: CliIo = { ...nodeIo(), out: (s) => { out.push(s); all.push(s); }, err: (s) => { err.push(s); all.push(s); } };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), all: all.join('\n') };
}
