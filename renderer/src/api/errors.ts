import type { TFunction } from 'i18next';
import type { Issue } from '../../../shared/contract';
import { ApiCallError } from './client';

/** Translates a key that came from main or a schema (not known to the compiler). */
export function tKey(t: TFunction, key: string, params?: Record<string, unknown>): string {
  return (t as unknown as (k: string, p?: Record<string, unknown>) => string)(key, params);
}

/** Per-field messages, keyed by the issue path ('name', 'fields.name' -> 'name'). */
export function issuesByField(t: TFunction, issues: Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^fields\./, '') || '_form';
    out[field] ??= tKey(t, issue.message, issue.params);
  }
  return out;
}

/** The one line to show for any failure. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    // Details such as { count } or { name } fill the message's placeholders.
    const params = Object.fromEntries(Object.entries(error.error.details ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
    return tKey(t, error.error.message, params);
  }
  return tKey(t, 'errors.internal');
}

export function errorIssues(error: unknown): Issue[] {
  return error instanceof ApiCallError ? (error.error.details?.issues ?? []) : [];
}
