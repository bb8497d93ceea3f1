import type { Issue } from './result';

/** What a caller is shown of a long list of problems: enough to start fixing, never a flood. */
export const MAX_ISSUES_SHOWN = 100;

/**
 * The first `max` problems, the last place taken by "… and N more" (`validation.moreProblems`),
 * so a file with 150,000 unknown ids is answered with a short list that still says how many.
 */
export function capIssues(issues: readonly Issue[], max = MAX_ISSUES_SHOWN): Issue[] {
  if (issues.length <= max) return [...issues];
  const shown = issues.slice(0, max - 1);
  return [...shown, { path: '', message: 'validation.moreProblems', params: { count: issues.length - shown.length } }];
}
