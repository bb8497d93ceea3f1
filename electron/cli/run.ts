import { CliFailure, EXIT, type CliIo } from './cli-io';
import type { Command } from './command';
import { backupCommand } from './commands/backup';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { templatesCommand } from './commands/templates';
import { verifyCommand } from './commands/verify';
import { packageCommand } from './commands/package';

/** Every command, one file each under commands/; add a new one here. */
export const COMMANDS: readonly Command[] = [templatesCommand, scoreCommand, reportCommand, verifyCommand, packageCommand, backupCommand];

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

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
