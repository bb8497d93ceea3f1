import { contract, isChannel, type Handlers } from './index';
import { DomainError, type Result } from './result';
import { toIssues } from './zod-issues';

export type Logger = (message: string, error?: unknown) => void;

/**
 * The single entry for every transport: checks the channel, parses the input with its schema,
 * runs the handler and turns any failure into a typed error. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  rawInput: unknown,
  log: Logger = () => {},
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'errors.unknownChannel', details: { channel: channelName } } };
  }
  const parsed = contract[channelName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    log(`invalid input on ${channelName}`);
    return { ok: false, error: { code: 'VALIDATION', message: 'errors.validation', details: { issues: toIssues(parsed.error) } } };
  }
  try {
    const handler = handlers[channelName] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    }
    log(`handler ${channelName} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'errors.internal' } };
  }
}
