import { isCliWorker, runCliWorker, superviseCli } from './cli-worker';

/**
 * The `patuh` command (plain Node; bundled to dist/cli/patuh.mjs by electron/build/bundle.mjs).
 * Commands live in commands/ and are listed in run.ts, each loaded only when it runs. The same
 * file is the worker that runs the command (cli-worker.ts), so the entry stays one file.
 */
if (isCliWorker()) await runCliWorker();
else process.exitCode = await superviseCli(process.argv.slice(2), new URL(import.meta.url));
