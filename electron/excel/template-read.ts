import type ExcelJS from 'exceljs';
import { TEMPLATE_LIMITS } from '../../shared/methodology/template-limits';
import {
  BAND_COLUMNS, GROUP_COLUMNS, ITEM_COLUMNS, normalizeWord, SHEET_NAMES, type FieldDef, type SheetKey,
} from './template-layout';
import { readHeader } from './template-read-header';
import { columnLetter, convertCell, fromFile, isBlank, plainValue, sheetAt, type CellProblem, type Location } from './workbook-cells';

/**
 * Reads a template workbook into the JSON shape of a template (not yet validated), remembering
 * where each value came from, so the template's own checks (parseTemplate) can be reported by
 * sheet, row and column. Problems only a workbook can have (a missing sheet or column, text in a
 * number cell, an unknown group) are named here; their paths are marked so the schema's message
 * for the same value is not given twice.
 */

export interface LocatedProblem extends CellProblem {
  at: Location;
}

/** Names a problem at a place; with `path`, the schema's message for that path is left out. */
export type NameProblem = (at: Location, p: CellProblem, path?: string) => void;

export interface WorkbookRead {
  raw: Record<string, unknown>;
  /** Template path ("groups.1.items.3.weight") → where it was read. */
  where: Map<string, Location>;
  problems: LocatedProblem[];
  /** Paths (and everything under them) whose problem is already in `problems`. */
  named: Set<string>;
}

type Rec = Record<string, unknown>;
/** Rows a sheet may hold (its header row aside); beyond that the workbook is refused before reading. */
const MAX_ROWS: Record<SheetKey, number> = { header: 100, bands: TEMPLATE_LIMITS.bands, groups: TEMPLATE_LIMITS.groups, items: TEMPLATE_LIMITS.items };

/** A converted cell; `named` when its problem (or its missing column) is already reported. */
interface Cell { value: unknown; at: Location; blank: boolean; named: boolean }
interface TableRow<K extends string> { row: number; at: Location; cells: Record<K, Cell> }

export function readTemplateWorkbook(wb: ExcelJS.Workbook): WorkbookRead {
  const out: WorkbookRead = { raw: {}, where: new Map(), problems: [], named: new Set() };
  const problem = (at: Location, p: CellProblem, path?: string) => {
    out.problems.push({ at, ...p });
    if (path !== undefined) out.named.add(path);
  };
  const sheets = findSheets(wb, out, problem);

  readHeader(sheets.header, out, problem);
  out.raw.bands = sheets.bands ? readTable(sheets.bands, BAND_COLUMNS, problem).map((r, bi) => band(r, `bands.${bi}`, out)) : [];
  if (!sheets.bands) out.named.add('bands');
  if (sheets.bands) out.where.set('bands', sheetAt(sheets.bands));

  const groupRows = sheets.groups ? readTable(sheets.groups, GROUP_COLUMNS, problem) : [];
  const groups = groupRows.map((r, gi) => group(r, `groups.${gi}`, out));
  out.raw.groups = groups;
  if (!sheets.groups) out.named.add('groups');
  else {
    const weight = headerOf(sheets.groups, GROUP_COLUMNS.weight);
    out.where.set('groups', { ...sheetAt(sheets.groups), ...(weight ? { column: weight } : {}) });
  }
  const codes = new Map<string, number>();
  groupRows.forEach((r, gi) => {
    const code = r.cells.code.value;
    if (typeof code === 'string' && !codes.has(code)) codes.set(code, gi);
  });
  if (sheets.items) readItems(readTable(sheets.items, ITEM_COLUMNS, problem), groups, groupRows, codes, out, problem);
  // Without the items sheet every group would also be "without items": one message says why.
  else groups.forEach((_, gi) => out.named.add(`groups.${gi}.items`));
  return out;
}

function findSheets(wb: ExcelJS.Workbook, out: WorkbookRead, problem: NameProblem) {
  const found = {} as Record<SheetKey, ExcelJS.Worksheet | undefined>;
  for (const key of Object.keys(SHEET_NAMES) as SheetKey[]) {
    const names = SHEET_NAMES[key].map(normalizeWord);
    found[key] = wb.worksheets.find((ws) => names.includes(normalizeWord(ws.name)));
    if (!found[key]) {
      const [name, alias] = SHEET_NAMES[key];
      problem({ sheet: name, ref: name }, { message: 'excel.template.missingSheet', params: { alias } });
    }
    const ws = found[key];
    // Counted from the rows that hold values, so formatting a whole column is no offence.
    if (ws && ws.actualRowCount - 1 > MAX_ROWS[key]) {
      problem(sheetAt(ws), { message: 'excel.template.tooManyRows', params: { count: ws.actualRowCount - 1, max: MAX_ROWS[key] } });
      found[key] = undefined;
    }
  }
  if (!found.header) out.named.add('');
  return found;
}

function headerOf(ws: ExcelJS.Worksheet, def: FieldDef): string | undefined {
  const names = def.names.map(normalizeWord);
  let header: string | undefined;
  ws.getRow(1).eachCell((cell) => {
    const text = String(plainValue(cell) ?? '');
    if (!header && names.includes(normalizeWord(text))) header = text.trim();
  });
  return header;
}

/** Column index of each field by its header in row 1; a required column that is missing is named once. */
function columnsOf<K extends string>(ws: ExcelJS.Worksheet, defs: Record<K, FieldDef>, problem: (at: Location, p: CellProblem) => void) {
  const headers = new Map<string, { index: number; text: string }>();
  ws.getRow(1).eachCell((cell, index) => {
    const text = String(plainValue(cell) ?? '').trim();
    if (text && !headers.has(normalizeWord(text))) headers.set(normalizeWord(text), { index, text });
  });
  const columns = {} as Record<K, { index: number; text: string } | undefined>;
  for (const key of Object.keys(defs) as K[]) {
    const def = defs[key];
    columns[key] = def.names.map((n) => headers.get(normalizeWord(n))).find(Boolean);
    if (!columns[key] && def.required) problem({ sheet: ws.name, column: def.names[0], ref: ws.name }, { message: 'excel.template.missingColumn', params: { column: def.names[0] } });
  }
  return columns;
}

/** The rows of a table sheet that hold anything, each cell converted by its field's kind. */
function readTable<K extends string>(ws: ExcelJS.Worksheet, defs: Record<K, FieldDef>, problem: NameProblem): TableRow<K>[] {
  const columns = columnsOf(ws, defs, problem);
  const rows: TableRow<K>[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return;
    const values = (Object.keys(defs) as K[]).map((key) => [key, columns[key] ? plainValue(row.getCell(columns[key].index)) : null] as const);
    if (values.every(([, v]) => isBlank(v))) return;
    const cells = {} as Record<K, Cell>;
    for (const [key, v] of values) {
      const col = columns[key];
      const at: Location = col
        ? { sheet: ws.name, row: r, column: col.text, ref: `${ws.name}!${columnLetter(col.index)}${r}` }
        : { sheet: ws.name, row: r, column: defs[key].names[0], ref: `${ws.name}!${r}:${r}` };
      // A missing column was named once for the sheet, not once per row.
      const converted = col ? convertCell(defs[key], v) : {};
      cells[key] = { value: converted.value, at, blank: isBlank(v), named: !!converted.problem || (!col && defs[key].required) };
      if (converted.problem) problem(at, converted.problem);
    }
    rows.push({ row: r, at: { sheet: ws.name, row: r, ref: `${ws.name}!${r}:${r}` }, cells });
  });
  return rows;
}

/** Puts a cell's value at `path` in `target` (a dotted path under `base`) and remembers where it came from. */
function put(out: WorkbookRead, target: Rec, base: string, key: string, cell: Cell): void {
  const path = base ? `${base}.${key}` : key;
  out.where.set(path, cell.at);
  if (cell.named) out.named.add(path);
  const parts = key.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) obj = (obj[part] ??= {}) as Rec;
  if (cell.value !== undefined) obj[parts[parts.length - 1]!] = cell.value;
}

function band(r: TableRow<keyof typeof BAND_COLUMNS>, base: string, out: WorkbookRead): Rec {
  out.where.set(base, r.at);
  const b: Rec = {};
  const c = r.cells;
  if (!c.grade.blank) put(out, b, base, 'grade', c.grade);
  put(out, b, base, 'label.id', c.nameId);
  put(out, b, base, 'label.en', c.nameEn);
  put(out, b, base, 'zone', c.zone);
  put(out, b, base, 'min', c.min);
  put(out, b, base, 'max', c.max);
  put(out, b, base, 'source.official', c.official);
  put(out, b, base, 'source.note', c.source);
  return b;
}

function group(r: TableRow<keyof typeof GROUP_COLUMNS>, base: string, out: WorkbookRead): Rec {
  out.where.set(base, r.at);
  out.where.set(`${base}.items`, r.at);
  const g: Rec = {};
  const c = r.cells;
  put(out, g, base, 'id', c.code);
  put(out, g, base, 'label.id', c.nameId);
  put(out, g, base, 'label.en', c.nameEn);
  put(out, g, base, 'weight', c.weight);
  put(out, g, base, 'source.official', c.official);
  put(out, g, base, 'source.note', c.source);
  put(out, g, base, 'observation', c.observation);
  put(out, g, base, 'method.id', c.methodId);
  put(out, g, base, 'method.en', c.methodEn);
  put(out, g, base, 'respondents.kind', c.respondentKind);
  put(out, g, base, 'respondents.defaultCount', c.respondentCount);
  put(out, g, base, 'respondents.label.id', c.respondentLabelId);
  put(out, g, base, 'respondents.label.en', c.respondentLabelEn);
  g.items = [];
  return g;
}

type ItemRow = TableRow<keyof typeof ITEM_COLUMNS>;

function readItems(rows: ItemRow[], groups: Rec[], groupRows: TableRow<keyof typeof GROUP_COLUMNS>[], codes: Map<string, number>, out: WorkbookRead, problem: (at: Location, p: CellProblem) => void): void {
  const sectionsOf = new Map<number, Map<string, { index: number; at: Location; labelAt?: Location }>>();
  for (const r of rows) {
    const c = r.cells;
    const code = c.group.value;
    if (typeof code !== 'string') continue; // blank: already named as required
    const gi = codes.get(code);
    if (gi === undefined) {
      problem(c.group.at, { message: 'excel.template.unknownGroup', params: { group: fromFile(code) } });
      continue;
    }
    const g = groups[gi]!;
    const items = g.items as Rec[];
    const base = `groups.${gi}.items.${items.length}`;
    out.where.set(base, r.at);
    const item: Rec = {};
    put(out, item, base, 'id', c.code);
    put(out, item, base, 'label.id', c.questionId);
    put(out, item, base, 'label.en', c.questionEn);
    put(out, item, base, 'evidenceHint.id', c.evidenceId);
    put(out, item, base, 'evidenceHint.en', c.evidenceEn);
    put(out, item, base, 'scale', c.scale);
    put(out, item, base, 'weight', c.weight);
    // A blank source says the item's weight comes from where its group's does.
    const groupCells = groupRows[gi]!.cells;
    put(out, item, base, 'source.official', c.official.blank ? groupCells.official : c.official);
    put(out, item, base, 'source.note', c.source.blank ? groupCells.source : c.source);
    if (!c.recommendationId.blank || !c.recommendationEn.blank) {
      put(out, item, base, 'recommendation.id', c.recommendationId);
      put(out, item, base, 'recommendation.en', c.recommendationEn);
    }
    if (!c.section.blank) {
      put(out, item, base, 'section', c.section);
      section(g, gi, r, sectionsOf, out, problem);
    }
    items.push(item);
  }
}

/** A section is declared by the first item that names it; its name may be given once and must not change. */
function section(g: Rec, gi: number, r: ItemRow, sectionsOf: Map<number, Map<string, { index: number; at: Location; labelAt?: Location }>>, out: WorkbookRead, problem: (at: Location, p: CellProblem) => void): void {
  const c = r.cells;
  const id = c.section.value;
  if (typeof id !== 'string') return;
  const known = sectionsOf.get(gi) ?? new Map();
  sectionsOf.set(gi, known);
  const list = (g.sections ??= []) as Rec[];
  let s = known.get(id);
  if (!s) {
    s = { index: list.length, at: c.section.at };
    known.set(id, s);
    const base = `groups.${gi}.sections.${s.index}`;
    out.where.set(base, c.section.at);
    list.push({ id, label: {} });
    out.where.set(`${base}.id`, c.section.at);
    out.where.set(`${base}.label.id`, c.sectionNameId.at);
    out.where.set(`${base}.label.en`, c.sectionNameEn.at);
  }
  const entry = list[s.index]!;
  const label = entry.label as Rec;
  for (const [lang, cell] of [['id', c.sectionNameId], ['en', c.sectionNameEn]] as const) {
    if (cell.blank || typeof cell.value !== 'string') continue;
    if (label[lang] === undefined) {
      label[lang] = cell.value;
      out.where.set(`groups.${gi}.sections.${s.index}.label.${lang}`, cell.at);
    } else if (label[lang] !== cell.value) {
      const first = out.where.get(`groups.${gi}.sections.${s.index}.label.${lang}`)!;
      problem(cell.at, { message: 'excel.template.sectionLabelDiffers', params: { section: fromFile(id), first: first.ref } });
    }
  }
}
