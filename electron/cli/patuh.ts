import { nodeIo } from './cli-io';
import { runCli } from './run';

/**
 * The `patuh` command (plain Node; bundled to dist/cli/patuh.mjs by electron/build/bundle.mjs).
 * Commands live in commands/ and are listed in run.ts.
 */
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
