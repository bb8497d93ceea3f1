import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs-lazy';

/**
 * The few things every Patuh workbook does the same way: one table per sheet with a bold, frozen
 * header row, real numbers and dates (never text), number formats, and columns as wide as their
 * longest value (within bounds) so nothing opens as "####".
 */

/** How a column's values are stored and shown. */
/** `code`: hashes and ids, never wrapped (a hash broken over lines cannot be compared by eye). */
export type ColumnKind = 'text' | 'longText' | 'code' | 'integer' | 'score' | 'percent' | 'date';

export interface Column {
  header: string;
  kind: ColumnKind;
}

/** A cell as the builders give it: null stays empty; dates are ISO calendar dates ("2024-08-21"). */
export type CellValue = string | number | null;

/** Scores keep 2 decimals (79.12); dates are day first, as formatDateNumeric writes them. */
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = { integer: '0', score: '0.00', percent: '0.00%', date: 'dd/mm/yyyy' };
const MIN_WIDTH = 6;
const MAX_HEADER_WIDTH = 30;
const MAX_WIDTH: Record<ColumnKind, number> = { text: 40, longText: 60, code: 66, integer: 14, score: 14, percent: 14, date: 12 };
/** Excel's names: at most 31 characters, none of []:*?/\ */
const SHEET_NAME = /[[\]:*?/\\]/g;

export async function newWorkbook(title: string, created: Date): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Patuh';
  wb.title = title;
  // Fixed by the caller's clock, so the same data gives the same workbook.
  wb.created = created;
  wb.modified = created;
  return wb;
}

/** "2024-08-21" as the Excel date of that calendar day (exceljs stores a Date by its UTC time). */
export function excelDate(isoDate: string): Date {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function stored(kind: ColumnKind, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') return excelDate(value);
  return value;
}

/** The text a column must have room for: numbers as shown with their format. */
function shownLength(kind: ColumnKind, value: CellValue): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (typeof value === 'number') return kind === 'percent' ? (value * 100).toFixed(2).length + 1 : kind === 'score' ? value.toFixed(2).length : String(value).length;
  return Math.max(...value.split('\n').map((line) => line.length));
}

/** Adds one sheet holding one table: the header row frozen and bold, widths fitted to the content. */
export function addTableSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly CellValue[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name.replace(SHEET_NAME, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    // Printed on A4 landscape, as wide as the page, with the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map((c, i) => {
    const longest = Math.min(MAX_WIDTH[c.kind], Math.max(0, ...rows.map((r) => shownLength(c.kind, r[i] ?? null))));
    const format = NUMBER_FORMATS[c.kind];
    return {
      header: c.header,
      // The header always fits (up to a point: longer ones wrap); values up to the kind's width.
      width: Math.max(MIN_WIDTH, Math.min(MAX_HEADER_WIDTH, c.header.length), longest) + 2,
      style: {
        ...(format ? { numFmt: format } : {}),
        alignment: { vertical: 'top', wrapText: c.kind === 'longText' || c.kind === 'text' },
      },
    };
  });
  for (const row of rows) ws.addRow(row.map((v, i) => stored(columns[i]!.kind, v)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs declares its own Buffer type; the bytes are Node's.
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What .xlsx saves are filtered to in the native dialog. */
export const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];
