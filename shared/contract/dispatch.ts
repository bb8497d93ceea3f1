import { contract, isChannel, type Handlers } from './index';
import { capIssues, MAX_ISSUES_SHOWN } from './issue-cap';
import { DomainError, type ApiError, type Result } from './result';
import { storageFailure } from './storage-failure';
import { clipText, toIssues } from './zod-issues';

export type Logger = (message: string, error?: unknown) => void;

/** A refusal's problems, capped: a call with 150,000 bad keys is answered with a short list. */
function bounded(error: ApiError): ApiError {
  const issues = error.details?.issues;
  return issues && issues.length > MAX_ISSUES_SHOWN ? { ...error, details: { ...error.details, issues: capIssues(issues) } } : error;
}

/**
 * The single entry for every transport: checks the channel, parses the input with its schema,
 * runs the handler and turns any failure into a typed error: its own, a named disk or database
 * failure (disk full, read-only folder, busy), or INTERNAL for a bug. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  rawInput: unknown,
  log: Logger = () => {},
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'errors.unknownChannel', details: { channel: clipText(channelName) } } };
  }
  const parsed = contract[channelName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    log(`invalid input on ${channelName}`);
    return { ok: false, error: bounded({ code: 'VALIDATION', message: 'errors.validation', details: { issues: toIssues(parsed.error) } }) };
  }
  try {
    const handler = handlers[channelName] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: bounded({ code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }) };
    }
    const storage = storageFailure(error);
    log(`handler ${channelName} failed${storage ? ` (${storage.message})` : ''}`, error);
    if (storage) return { ok: false, error: storage };
    return { ok: false, error: { code: 'INTERNAL', message: 'errors.internal' } };
  }
}
