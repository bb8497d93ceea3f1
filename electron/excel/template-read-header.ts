import type ExcelJS from 'exceljs';
import { HEADER_FIELDS, normalizeWord, type FieldDef } from './template-layout';
import type { NameProblem, WorkbookRead } from './template-read';
import { convertCell, fromFile, isBlank, plainValue, sheetAt, type Location } from './workbook-cells';

type Rec = Record<string, unknown>;

/** The Templat sheet: a label in column A and its value in column B, one field per row. */
export function readHeader(ws: ExcelJS.Worksheet | undefined, out: WorkbookRead, problem: NameProblem): void {
  if (!ws) return;
  out.where.set('', sheetAt(ws));
  const valueHeader = String(plainValue(ws.getRow(1).getCell(2)) ?? '').trim() || 'B';
  const byLabel = new Map<string, keyof typeof HEADER_FIELDS>();
  for (const [key, def] of Object.entries(HEADER_FIELDS) as [keyof typeof HEADER_FIELDS, FieldDef][]) for (const n of def.names) byLabel.set(normalizeWord(n), key);
  const PATHS: Record<keyof typeof HEADER_FIELDS, string> = {
    id: 'id', version: 'version', nameId: 'name.id', nameEn: 'name.en', descriptionId: 'description.id', descriptionEn: 'description.en',
    yearFrom: 'validYears.from', yearTo: 'validYears.to', aggregation: 'entityAggregation', legalBasis: 'legalBasis',
  };
  const seen = new Set<string>();
  const raw = out.raw;
  raw.legalBasis = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return;
    const label = String(plainValue(row.getCell(1)) ?? '').trim();
    const value = plainValue(row.getCell(2));
    if (!label && isBlank(value)) return;
    const key = byLabel.get(normalizeWord(label));
    const labelAt: Location = { sheet: ws.name, row: r, column: String(plainValue(ws.getRow(1).getCell(1)) ?? '').trim() || 'A', ref: `${ws.name}!A${r}` };
    if (!key) {
      problem(labelAt, { message: 'excel.template.unknownField', params: { field: fromFile(label) } });
      return;
    }
    const at: Location = { sheet: ws.name, row: r, column: valueHeader, ref: `${ws.name}!B${r}` };
    if (key !== 'legalBasis' && seen.has(key)) {
      problem(labelAt, { message: 'excel.template.duplicateField', params: { field: fromFile(label) } });
      return;
    }
    seen.add(key);
    const converted = convertCell(HEADER_FIELDS[key], value);
    const path = key === 'legalBasis' ? `legalBasis.${(raw.legalBasis as unknown[]).length}` : PATHS[key];
    out.where.set(path, at);
    if (converted.problem) problem(at, converted.problem, path);
    if (key === 'legalBasis') {
      if (converted.value !== undefined) (raw.legalBasis as unknown[]).push(converted.value);
      return;
    }
    if (key === 'yearFrom') out.where.set('validYears', at);
    const parts = PATHS[key].split('.');
    let obj = raw;
    for (const part of parts.slice(0, -1)) obj = (obj[part] ??= {}) as Rec;
    if (converted.value !== undefined) obj[parts[parts.length - 1]!] = converted.value;
  });
  for (const [key, def] of Object.entries(HEADER_FIELDS) as [keyof typeof HEADER_FIELDS, FieldDef][]) {
    if (def.required && !seen.has(key)) problem(sheetAt(ws), { message: 'excel.template.missingField', params: { field: def.names[0] } }, PATHS[key]);
  }
  // The usual method unless the sheet says otherwise (the 2016-2021 method averages products).
  raw.entityAggregation ??= 'meanOfUnits';
}
