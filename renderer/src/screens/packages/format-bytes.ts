/** A file size as people read it, in the UI language's notation ("1,2 MB" in Indonesian). */
export function formatBytes(bytes: number, lang: string): string {
  const [unit, value] = bytes >= 1024 * 1024 * 1024 ? ['gigabyte', bytes / 1024 ** 3] as const
    : bytes >= 1024 * 1024 ? ['megabyte', bytes / 1024 ** 2] as const
      : ['kilobyte', Math.max(1, bytes / 1024)] as const;
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'kilobyte' ? 0 : 1 }).format(value);
}
