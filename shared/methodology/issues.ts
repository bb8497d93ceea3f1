import type { z } from 'zod';
import type { Issue } from '../contract/result';
import { toIssues } from '../contract/zod-issues';

/** zod issues as i18n-keyed Issues, with the params of our own cross-field checks. */
export function issuesOf(error: z.ZodError): Issue[] {
  return toIssues(error);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A cross-field problem found outside zod (see template-checks.ts). */
export interface Problem {
  path: (string | number)[];
  /** An i18n key. */
  message: string;
  params?: Record<string, string | number>;
}

/**
 * Parses untrusted data with a field schema and, independently, with cross-field checks on the raw
 * value: zod skips refinements once a field fails, and a user fixing a file wants every problem
 * in one pass.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  crossChecks: (raw: unknown) => Problem[] = () => [],
): Parsed<z.output<S>> {
  const result = schema.safeParse(raw);
  const issues = result.success ? [] : issuesOf(result.error);
  for (const p of crossChecks(raw)) {
    issues.push({ path: p.path.map(String).join('.'), message: p.message, ...(p.params ? { params: p.params } : {}) });
  }
  return result.success && issues.length === 0 ? { ok: true, value: result.data } : { ok: false, issues };
}
