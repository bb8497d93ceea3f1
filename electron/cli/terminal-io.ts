import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The light half of cli-io.ts: what `patuh --help` and the read-only commands need, without the
 * file writer, whose error messages import every channel's zod schemas (about 80 ms to load).
 */

/** What a command may touch: passed in, so tests run commands in-process without a shell. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/**
 * The terminal and file reads; a write fails as an internal error. For the commands run.ts marks
 * `worker: false`, which write no files (the others get cli-io's nodeIo in the worker).
 */
export function readOnlyIo(cwd = process.cwd()): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readFileSync(resolve(cwd, path), 'utf8'),
    writeFile: (path) => {
      throw new Error(`cannot write ${path}: a command that writes files must be marked worker: true in run.ts`);
    },
  };
}

/**
 * Exit codes: 0 done, 1 the input was bad (a file, a template), 2 the command line was wrong,
 * 3 a valid audit that cannot be scored (every item N/A), so a batch can tell it from a bad file.
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2, notScorable: 3 } as const;

/** An expected failure: printed as-is (with details and, for usage errors, the usage text). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly details: readonly string[] = [],
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

export const usageError = (message: string, usage: string) => new CliFailure(message, EXIT.usage, [], usage);
