import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { COMMANDS, runCli } from './run';
import { readOnlyIo } from './terminal-io';

/** Exit codes of a command stopped by a signal, as shells report them (128 + signal number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Every `--out FILE` of a command line (`--out X` and `--out=X`). */
function outputsOf(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) => (arg === '--out' && argv[i + 1] ? [argv[i + 1]!] : arg.startsWith('--out=') ? [arg.slice(6)] : []));
}

/** This process's temp files beside each output (see tempPathFor): what a stopped write leaves. */
function removeOwnTemps(argv: readonly string[]): void {
  for (const out of outputsOf(argv)) {
    const target = resolve(out);
    const prefix = `${basename(target)}.${process.pid}-`;
    try {
      for (const name of readdirSync(dirname(target))) if (name.startsWith(prefix)) rmSync(join(dirname(target), name), { force: true });
    } catch {
      // The folder is gone or unreadable: there is nothing of ours in it.
    }
  }
}

/**
 * Runs a command line in a worker thread and keeps this thread free for Ctrl-C and SIGTERM. A
 * report of a large audit builds synchronously for seconds, and a signal handler waits for a busy
 * thread (conf's dependency when-exit installs one for these signals when it loads), so the
 * command used to run on until its build ended. Here a signal stops the worker at once, removes
 * the temp file of an output being written, and exits 130 or 143.
 * Help, a wrong command line and the commands that only read and print (score) run in this
 * thread instead: they install no signal handler, so a signal ends them at once anyway, and
 * they skip the worker's start-up (a second copy of the modules they load).
 */
export async function superviseCli(argv: readonly string[], entry: URL): Promise<number> {
  if (COMMANDS.find((c) => c.name === argv[0])?.worker !== true) return runCli(argv, readOnlyIo());
  return new Promise((done) => {
    const worker = new Worker(entry, { workerData: { cliArgv: [...argv] } });
    let code = 1;
    let stopping = false;
    const stop = (signal: keyof typeof SIGNAL_EXIT) => {
      if (stopping) return;
      stopping = true;
      void worker.terminate().finally(() => {
        removeOwnTemps(argv);
        process.stderr.write(`patuh: stopped (${signal})\n`);
        process.exit(SIGNAL_EXIT[signal]);
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    worker.on('message', (exitCode: number) => (code = exitCode));
    worker.on('error', (error) => process.stderr.write(`patuh: internal error: ${error.stack ?? error.message}\n`));
    worker.on('exit', () => done(code));
  });
}

/** True in the worker superviseCli started. */
export const isCliWorker = (): boolean => parentPort !== null && Array.isArray((workerData as { cliArgv?: unknown } | null)?.cliArgv);

/** The worker's side: runs the command line it was given and reports the exit code. */
export async function runCliWorker(): Promise<void> {
  const { nodeIo } = await import('./cli-io');
  const code = await runCli((workerData as { cliArgv: string[] }).cliArgv, nodeIo());
  parentPort!.postMessage(code);
}
