import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomically } from '../services/export-file';

/** What a command may touch: passed in, so tests run commands in-process without a shell. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

export function nodeIo(cwd = process.cwd()): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readFileSync(resolve(cwd, path), 'utf8'),
    // Whole or not at all, as the app's exports: Ctrl-C mid-write leaves no half file.
    writeFile: (path, text) => writeAtomically(resolve(cwd, path), text),
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
