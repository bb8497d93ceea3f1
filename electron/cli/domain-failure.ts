import { DomainError } from '../../shared/contract';
import { translator } from '../i18n';
import { CliFailure, EXIT } from './terminal-io';
import { problemLines } from './issue-text';

/** A service's DomainError as a terminal line in English, with its issues, for `file`. */
export function asCliFailure(error: unknown, file: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const params = Object.fromEntries(Object.entries(error.details ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
  let text: string;
  try {
    text = (translator('en') as unknown as (k: string, p: object) => string)(error.message, params);
  } catch {
    text = error.message;
  }
  return new CliFailure(`${file}: ${text}`, EXIT.badInput, problemLines(error.details?.issues ?? []));
}

/** The value of the environment variable a `--password-env NAME` option names (passwords never go on a command line). */
export function passwordFrom(name: string | undefined): string | null {
  if (name === undefined) return null;
  const value = process.env[name];
  if (!value) throw new CliFailure(`--password-env ${name}: the environment variable is not set`, EXIT.usage);
  return value;
}
