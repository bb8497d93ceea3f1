import type * as ExcelJS from 'exceljs';

/**
 * exceljs is a large library (about a second to load on a field laptop): it is loaded on the
 * first Excel export or import, not at every start of the app or of the `patuh` command.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = await import('exceljs');
  // A CommonJS module: Node gives its exports as `default`, a bundle may give them directly.
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}
