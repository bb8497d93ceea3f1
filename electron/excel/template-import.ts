import type ExcelJS from 'exceljs';
import { DomainError, type Issue } from '../../shared/contract';
import type { Parsed } from '../../shared/methodology/issues';
import { parseTemplate } from '../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { readTemplateWorkbook, type WorkbookRead } from './template-read';
import { fromFile, type Location } from './workbook-cells';
import { loadExcelJs } from './exceljs-lazy';
import { checkXlsxBounds } from './xlsx-bounds';

/**
 * A checklist template from an .xlsx (docs/template-xlsx.md): bounded before it is unzipped, read
 * sheet by sheet, then checked by the same parseTemplate a JSON template passes, so a workbook
 * template is a normal template. Every problem is named by sheet, row and column
 * ("Sheet Butir, baris 7, kolom Bobot: …"), in the reader's language, through the i18n keys
 * excel.template.at*; the issue's path is the cell reference ("Butir!F7").
 */
export async function parseTemplateWorkbook(bytes: Buffer): Promise<Parsed<MethodologyTemplate>> {
  await checkXlsxBounds(bytes);
  const wb = new (await loadExcelJs()).Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are Node's.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new DomainError('VALIDATION', 'excel.errors.notXlsx', { cause: String((error as Error).message).slice(0, 200) });
  }
  const read = readTemplateWorkbook(wb);
  const parsed = parseTemplate(read.raw);
  const issues: Issue[] = read.problems.map((p) => locatedIssue(p.at, p.message, p.params ?? {}));
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      if (isNamed(read, issue.path)) continue;
      issues.push(locatedIssue(locate(read, issue.path), issue.message, refParams(read, issue.params ?? {})));
    }
  }
  // In reading order: sheet by sheet as the workbook has them, then row by row.
  const order = new Map(wb.worksheets.map((ws, i) => [ws.name, i]));
  const key = (i: Issue) => [order.get(String(i.params?.sheet)) ?? -1, Number(i.params?.row ?? 0)] as const;
  issues.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || a.path.localeCompare(b.path, 'en', { numeric: true }));
  return issues.length || !parsed.ok ? { ok: false, issues } : parsed;
}

function isNamed(read: WorkbookRead, path: string): boolean {
  for (const n of read.named) {
    // A missing Templat sheet stands for every field it holds (not the groups and bands).
    if (n === '' ? !/^(groups|bands)(\.|$)/.test(path) : path === n || path.startsWith(`${n}.`)) return true;
  }
  return false;
}

/** The cell a path was read from, or the nearest row or sheet that holds it. */
function locate(read: WorkbookRead, path: string): Location {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const at = read.where.get(p);
    if (at) return at;
    if (p === '') return { sheet: '?', ref: '' };
  }
}

/** Params that name another place of the template ("groups.0.items.3.id") name its cell instead. */
function refParams(read: WorkbookRead, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if ((key === 'first' || key === 'band') && typeof value === 'string') out[key] = locate(read, value).ref;
    // Values copied from the file (codes, keys) are clipped and never read as nested keys.
    else out[key] = typeof value === 'string' ? fromFile(value) : value;
  }
  return out;
}

function locatedIssue(at: Location, problem: string, params: Record<string, string | number>): Issue {
  const where = at.row !== undefined && at.column !== undefined ? 'atCell' : at.row !== undefined ? 'atRow' : at.column !== undefined ? 'atColumn' : 'atSheet';
  return {
    path: at.ref,
    message: `excel.template.${where}`,
    params: { ...params, sheet: at.sheet, ...(at.row !== undefined ? { row: at.row } : {}), ...(at.column !== undefined ? { column: at.column } : {}), problem },
  };
}
