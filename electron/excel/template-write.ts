import type ExcelJS from 'exceljs';
import type { MethodologyTemplate, TemplateGroup } from '../../shared/methodology/template-schema';
import {
  AGGREGATION_WORDS, BAND_COLUMNS, GROUP_COLUMNS, HEADER_COLUMNS, HEADER_FIELDS, ITEM_COLUMNS, OBSERVATION_WORDS, RESPONDENT_WORDS, SCALE_WORDS,
  SHEET_NAMES, ZONE_WORDS, type FieldDef,
} from './template-layout';
import { newWorkbook, workbookBytes } from './xlsx-kit';

/**
 * A template written in the workbook layout (docs/template-xlsx.md), with the Indonesian sheet and
 * column names: the sample workbook in docs/examples is made with it, and reading what it writes
 * must give the same template back (tests/integration/excel-template-import.test.ts).
 */
export async function buildTemplateWorkbook(template: MethodologyTemplate, created: Date): Promise<Buffer> {
  const wb = await newWorkbook(template.name.id, created);
  const yesNo = (v: boolean) => (v ? 'Ya' : 'Tidak');

  const header = sheet(wb, SHEET_NAMES.header[0], [HEADER_COLUMNS.label[0], HEADER_COLUMNS.value[0]], [24, 80]);
  const h = HEADER_FIELDS;
  const fields: [FieldDef, string | number][] = [
    [h.id, template.id], [h.version, template.version], [h.nameId, template.name.id], [h.nameEn, template.name.en],
    [h.descriptionId, template.description.id], [h.descriptionEn, template.description.en], [h.yearFrom, template.validYears.from],
    [h.yearTo, template.validYears.to], [h.aggregation, AGGREGATION_WORDS[template.entityAggregation][0]],
    ...template.legalBasis.map((l): [FieldDef, string] => [h.legalBasis, l]),
  ];
  for (const [def, value] of fields) header.addRow([def.names[0], value]);

  const bands = table(wb, SHEET_NAMES.bands[0], BAND_COLUMNS);
  for (const b of template.bands) {
    bands.addRow([b.grade ?? null, b.label.id, b.label.en, ZONE_WORDS[b.zone][0], b.min, b.max, yesNo(b.source.official), b.source.note]);
  }

  const groups = table(wb, SHEET_NAMES.groups[0], GROUP_COLUMNS);
  for (const g of template.groups) {
    groups.addRow([
      g.id, g.label.id, g.label.en, g.weight, yesNo(g.source.official), g.source.note, OBSERVATION_WORDS[g.observation][0], g.method.id,
      g.method.en, RESPONDENT_WORDS[g.respondents.kind][0], g.respondents.defaultCount, g.respondents.label.id, g.respondents.label.en,
    ]);
  }

  const items = table(wb, SHEET_NAMES.items[0], ITEM_COLUMNS);
  for (const g of template.groups) for (const row of itemRows(g)) items.addRow(row);
  return workbookBytes(wb);
}

function itemRows(g: TemplateGroup): (string | number | null)[][] {
  const named = new Set<string>();
  return g.items.map((i) => {
    // A section's name is written on its first item only, as an author would.
    const section = i.section ? g.sections?.find((s) => s.id === i.section) : undefined;
    const first = section && !named.has(section.id);
    if (section) named.add(section.id);
    return [
      g.id, i.id, i.label.id, i.label.en, SCALE_WORDS[i.scale][0], i.weight, i.source.official ? 'Ya' : 'Tidak', i.source.note,
      i.evidenceHint.id, i.evidenceHint.en, i.recommendation?.id ?? null, i.recommendation?.en ?? null, i.section ?? null,
      first ? section.label.id : null, first ? section.label.en : null,
    ];
  });
}

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 16, style: { alignment: { vertical: 'top', wrapText: true } } }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

const table = (wb: ExcelJS.Workbook, name: string, defs: Record<string, FieldDef>) => {
  const columns = Object.values(defs);
  return sheet(wb, name, columns.map((d) => d.names[0]), columns.map((d) => d.width ?? 16));
};
