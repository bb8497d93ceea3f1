import { storageFailure } from '../../shared/contract/storage-failure';
import { escapeControlChars } from '../../shared/domain/control-chars';
import { CliFailure, EXIT, type CliIo } from './terminal-io';
import type { Command } from './command';

/**
 * A command as the list holds it: its name and summary for the usage text, and its code, which
 * loads only when it runs (the report libraries, docx and SQLite took 1 to 2 s to load before
 * `patuh --help` printed anything). `worker`: the command writes files or opens a data folder, so
 * it runs in a worker thread that Ctrl-C can stop at once (cli-worker.ts); the others run in this
 * thread and save the worker's start-up.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  worker: boolean;
  load(): Promise<Command>;
}

/** Every command, one file each under commands/; add a new one here. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'templates', summary: 'List, export, validate and import methodology templates', worker: true, load: async () => (await import('./commands/templates')).templatesCommand },
  { name: 'score', summary: 'Score an exported audit file', worker: false, load: async () => (await import('./commands/score')).scoreCommand },
  { name: 'report', summary: 'Write the Word report of an audit file or of an institution', worker: true, load: async () => (await import('./commands/report')).reportCommand },
  { name: 'verify', summary: 'Verify an audit file or a package: hashes and signatures', worker: true, load: async () => (await import('./commands/verify')).verifyCommand },
  { name: 'package', summary: 'Export, import and verify audit packages (.patuh)', worker: true, load: async () => (await import('./commands/package')).packageCommand },
  { name: 'backup', summary: 'Back up, verify and restore a data folder', worker: true, load: async () => (await import('./commands/backup')).backupCommand },
  { name: 'products', summary: "List an institution's Ombudsman products and the Tanpa Maladministrasi qualifier", worker: true, load: async () => (await import('./commands/products')).productsCommand },
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: patuh <command> [options]',
    '',
    'Patuh: offline public-service compliance audits (Ombudsman RI).',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "patuh <command> --help" for the options of a command.',
  ].join('\n');
}

/**
 * Runs one command line and returns the exit code; never throws. Everything printed goes through
 * escapeControlChars: names and keys come from files, and an escape sequence in a unit's name
 * must not drive the user's terminal.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(escapeControlChars(text)), err: (text) => rawIo.err(escapeControlChars(text)) };
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(name === undefined ? 'patuh: missing command' : `patuh: unknown command "${name}"`);
    io.err('');
    io.err(usage());
    return EXIT.usage;
  }
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    if (!(error instanceof CliFailure)) {
      // A full disk or a read-only folder is the user's to fix, not a bug with a stack trace.
      const storage = storageFailure(error);
      if (storage) {
        const { translator } = await import('../i18n');
        io.err(`patuh ${command.name}: ${(translator('en') as unknown as (k: string) => string)(storage.message)} (${String(storage.details?.cause)})`);
        return EXIT.badInput;
      }
      io.err(`patuh ${command.name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return EXIT.badInput;
    }
    io.err(`patuh ${command.name}: ${error.message}`);
    for (const line of error.details) io.err(`  ${line}`);
    if (error.usage) {
      io.err('');
      io.err(error.usage);
    }
    return error.exitCode;
  }
}
