/**
 * A name the user typed (an attachment's) as the file name a save dialog suggests: the last path
 * segment only (`../../x.png` is `x.png`), without control characters or what Windows refuses in
 * names, without leading dots (no hidden file, no `..`) or trailing dots and spaces, and never a
 * device name such as `CON`.
 */
export function safeFileName(name: string, fallback = 'lampiran'): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  if (!cleaned) return fallback;
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned) ? `_${cleaned}` : cleaned;
}
