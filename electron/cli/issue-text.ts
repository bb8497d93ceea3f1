import type { Issue } from '../../shared/contract/result';
import { translator } from '../i18n';

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

/**
 * One problem as a line for the terminal: its JSON path and the English text of its key (from the
 * app's own translations). An unknown key is shown as it is, so a message is never lost.
 */
export function describeIssue(issue: Issue): string {
  const params: Record<string, string | number> = { ...issue.params };
  for (const key of PATH_PARAMS) if (typeof params[key] === 'string') params[key] = jsonPath(String(params[key]));
  let text: string;
  try {
    text = (translator('en') as unknown as (k: string, p: object) => string)(issue.message, params);
  } catch {
    text = issue.message;
  }
  return `${jsonPath(issue.path)}: ${text}`;
}
