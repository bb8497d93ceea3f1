import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Issue } from '../../../shared/contract';
import { toIssues } from '../../../shared/contract/zod-issues';
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

/**
 * The one line to show for any failure. A refused input says what is wrong with it (its first
 * problem, limit included): "check the marked fields" is only true beside a form that marks them,
 * and such forms show the problems by their fields instead.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    const first = error.error.details?.issues?.[0];
    if (first) return tKey(t, first.message, first.params);
    // Details such as { count } or { name } fill the message's placeholders.
    const params = Object.fromEntries(Object.entries(error.error.details ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
    return tKey(t, error.error.message, params);
  }
  return tKey(t, 'errors.internal');
}

/** What is wrong with one value by the schema main checks it with (null: nothing), before a round trip. */
export function schemaProblem(t: TFunction, schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const first = toIssues(parsed.error)[0];
  return first ? tKey(t, first.message, first.params) : tKey(t, 'validation.invalid');
}

export function errorIssues(error: unknown): Issue[] {
  return error instanceof ApiCallError ? (error.error.details?.issues ?? []) : [];
}
