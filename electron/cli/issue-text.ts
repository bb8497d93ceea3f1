import { capIssues } from '../../shared/contract/issue-cap';
import type { Issue } from '../../shared/contract/result';
import { clipText } from '../../shared/contract/zod-issues';
import { translator } from '../i18n';
import { CliFailure, EXIT } from './terminal-io';

/** `groups.0.items.3.id` → `$.groups[0].items[3].id`; keys that are not identifiers are quoted. */
export function jsonPath(path: string): string {
  if (path === '') return '$';
  return `$${path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`))
    .join('')}`;
}

/** Params that name another place in the file are shown as JSON paths too. */
const PATH_PARAMS = ['first', 'band'];

/** Lines of problems a terminal shows at most; the last says how many more there are. */
export const MAX_PROBLEM_LINES = 20;

/**
 * One problem as a line for the terminal: its JSON path and the English text of its key (from the
 * app's own translations). An unknown key is shown as it is, so a message is never lost. Values
 * taken from the file (keys, ids) are clipped, so a 1 MB key stays one short line.
 */
export function describeIssue(issue: Issue): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params ?? {})) params[key] = typeof value === 'string' ? clipText(value) : value;
  for (const key of PATH_PARAMS) if (typeof params[key] === 'string') params[key] = jsonPath(String(params[key]));
  let text: string;
  try {
    text = (translator('en') as unknown as (k: string, p: object) => string)(issue.message, params);
  } catch {
    text = issue.message;
  }
  // A workbook's problems name their sheet, row and column in the text itself.
  const located = issue.message === 'validation.moreProblems' || issue.message.startsWith('excel.template.');
  return located ? text : `${jsonPath(issue.path.split('.').map((p) => clipText(p)).join('.'))}: ${text}`;
}

/** Every problem of a file as terminal lines, capped ("… and 1,998 more."). */
export function problemLines(issues: readonly Issue[]): string[] {
  return capIssues(issues, MAX_PROBLEM_LINES).map(describeIssue);
}

/** "3 problems", "1 problem": the count of every problem, not only of the lines shown. */
export const problemCount = (issues: readonly unknown[]) => `${issues.length.toLocaleString('en')} problem${issues.length === 1 ? '' : 's'}`;

/** A file that failed its checks: "FILE: not a valid template (3 problems)" and the problem lines. */
export function invalidFile(file: string, what: string, issues: readonly Issue[]): CliFailure {
  return new CliFailure(`${file}: ${what} (${problemCount(issues)})`, EXIT.badInput, problemLines(issues));
}
