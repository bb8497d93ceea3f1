import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run';

/** Runs the CLI in-process against an in-memory file system; `ms` is how long the command took. */
export async function cliInMemory(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[p]!;
    },
    writeFile: (p, t) => {
      files[p] = t;
    },
  };
  const started = Date.now();
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), files, ms: Date.now() - started };
}
