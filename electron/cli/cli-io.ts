import { resolve } from 'node:path';
import { writeAtomically } from '../services/export-file';
import { readOnlyIo, type CliIo } from './terminal-io';

export type { CliIo } from './terminal-io';

/** The terminal and the file system, as the commands see them outside tests. */
export function nodeIo(cwd = process.cwd()): CliIo {
  return {
    ...readOnlyIo(cwd),
    // Whole or not at all, as the app's exports: Ctrl-C mid-write leaves no half file.
    writeFile: (path, text) => writeAtomically(resolve(cwd, path), text),
  };
}
