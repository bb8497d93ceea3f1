import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from './terminal-io';

const sameFile = (a: string, b: string) => {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
};

/**
 * Refuses an --out that is one of the command's inputs (the audit file, a template, a logo, the
 * database): the report would be written over the very file it was made from.
 */
export function assertOutputIsNotAnInput(out: string, inputs: readonly (string | undefined)[], usage: string): void {
  const input = inputs.find((p) => p !== undefined && sameFile(out, p));
  if (input !== undefined) throw usageError(`--out ${out} is the input file ${input}; choose another name for the report`, usage);
}
