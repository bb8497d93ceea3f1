import { storageFailure } from '../../shared/contract/storage-failure';
import { escapeControlChars } from '../../shared/domain/control-chars';
import { translator } from '../i18n';
import { CliFailure, EXIT, type CliIo } from './cli-io';
import type { Command } from './command';
import { backupCommand } from './commands/backup';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { templatesCommand } from './commands/templates';
import { verifyCommand } from './commands/verify';
import { packageCommand } from './commands/package';
import { productsCommand } from './commands/products';

/** Every command, one file each under commands/; add a new one here. */
export const COMMANDS: readonly Command[] = [templatesCommand, scoreCommand, reportCommand, verifyCommand, packageCommand, backupCommand, productsCommand];

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
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof CliFailure)) {
      // A full disk or a read-only folder is the user's to fix, not a bug with a stack trace.
      const storage = storageFailure(error);
      if (storage) {
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
