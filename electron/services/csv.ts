/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break quoted and
 * inner quotes doubled), as UTF-8 with a byte-order mark: without it Excel on Windows reads the
 * file in the local code page and breaks Indonesian names.
 */
const BOM = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to a spreadsheet;
 * a leading apostrophe keeps it text (OWASP "CSV injection"). Numbers are written as they are.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
