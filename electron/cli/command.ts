import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, usageError, type CliIo } from './terminal-io';

/**
 * One top-level command (`patuh <name> ...`), in its own file under commands/. Its name and
 * summary are in run.ts's list, so the usage text needs none of the commands' code.
 */
export interface Command {
  usage: string;
  /** Returns the exit code; throws CliFailure for expected failures. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

export interface ParsedArgs<O extends Options> {
  values: Values<O>;
  positionals: string[];
}

/**
 * parseArgs with `--help`/`-h` on every command and errors turned into usage failures (exit 2).
 * Returns null when help was asked for and printed.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string, io: CliIo): ParsedArgs<O> | null {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error), usage);
  }
  if (parsed.values.help === true) {
    io.out(usage);
    return null;
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

type Subcommand = (args: string[], io: CliIo) => number | Promise<number>;

/** A command made of sub-commands (`patuh templates list`), with help and usage errors. */
export function commandGroup(name: string, usage: string, subcommands: Record<string, Subcommand>): Command {
  return {
    usage,
    run(args, io) {
      const [sub, ...rest] = args;
      if (sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(usage);
        return EXIT.ok;
      }
      if (sub === undefined) throw usageError(`missing ${name} command`, usage);
      const handler = Object.hasOwn(subcommands, sub) ? subcommands[sub] : undefined;
      if (!handler) throw usageError(`unknown ${name} command: ${sub}`, usage);
      return handler(rest, io);
    },
  };
}
