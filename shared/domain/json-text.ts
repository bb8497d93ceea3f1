import { escapeControlChars } from './control-chars';

export type JsonText = { ok: true; value: unknown } | { ok: false; detail: string };

/** `position N` in the parser's message as a line and column a person can find in an editor. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/**
 * Parses a file's text (a leading byte-order mark allowed). The parser's message quotes the
 * bytes around the error, escape sequences included, so only its first clause is kept, with any
 * control character escaped and the position turned into a line and column.
 */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const clause = message.replace(/, .*is not valid JSON$/s, '');
    const described = clause.replace(/ in JSON at position (\d+).*$/s, (_m, at: string) => ` at ${lineAndColumn(text.replace(/^\uFEFF/, ''), Number(at))}`);
    return { ok: false, detail: escapeControlChars(described.slice(0, 200)) };
  }
}
