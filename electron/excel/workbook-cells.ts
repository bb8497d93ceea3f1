import type ExcelJS from 'exceljs';
import { NO_WORDS, normalizeWord, YES_WORDS, type FieldDef } from './template-layout';

/** Where a value was read: the sheet, and the row and column when there is one. */
export interface Location {
  sheet: string;
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** For tools and tests: "Butir!F7", "Butir!7:7" or "Butir". */
  ref: string;
}

export const sheetAt = (ws: ExcelJS.Worksheet): Location => ({ sheet: ws.name, ref: ws.name });

export interface CellProblem {
  message: string;
  params?: Record<string, string | number>;
}

export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Short, and never read by i18next as a nested key: the value came from the file. */
export const fromFile = (text: string): string => {
  const clipped = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return clipped.replace(/\$t\(/g, '$ t(');
};

type Plain = string | number | boolean | Date | { error: string } | null;

/** A cell's value without exceljs' wrappers: a formula's result, rich text as plain text, a link's text. */
export function plainValue(cell: ExcelJS.Cell): Plain {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return (v.result ?? null) as Plain;
  if ('text' in v) return typeof v.text === 'string' ? v.text : null;
  return null;
}

export const isBlank = (v: Plain): boolean => v === null || (typeof v === 'string' && v.trim() === '');

const shown = (v: Plain): string => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && v ? v.error : String(v));

/** Plain numbers written as text are taken, with a decimal comma or point ("12,5"); "1.000,5" is not guessed at. */
const NUMBER_TEXT = /^-?\d+([.,]\d+)?$/;

/**
 * A cell's value as the field's kind: the value (undefined when blank), or what is wrong with it.
 * A blank required cell is named here, so the author reads "wajib diisi" at that cell.
 */
export function convertCell(def: FieldDef, v: Plain): { value?: unknown; problem?: CellProblem } {
  if (isBlank(v)) return def.required ? { problem: { message: 'validation.required' } } : {};
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) return { problem: { message: 'excel.template.formulaError', params: { value: fromFile(v.error) } } };
  switch (def.kind) {
    case 'text':
      return { value: shown(v).trim() };
    case 'number':
    case 'integer': {
      if (typeof v === 'number') return { value: v };
      const text = shown(v).trim();
      if (NUMBER_TEXT.test(text)) return { value: Number(text.replace(',', '.')) };
      return { problem: { message: 'excel.template.notNumber', params: { value: fromFile(text) } } };
    }
    case 'yesNo': {
      if (typeof v === 'boolean') return { value: v };
      const word = normalizeWord(shown(v));
      if (YES_WORDS.includes(word)) return { value: true };
      if (NO_WORDS.includes(word)) return { value: false };
      return { problem: { message: 'excel.template.notYesNo', params: { value: fromFile(shown(v)) } } };
    }
    case 'option': {
      const word = normalizeWord(shown(v));
      for (const [stored, words] of Object.entries(def.options ?? {})) {
        if (normalizeWord(stored) === word || words.some((w) => normalizeWord(w) === word)) return { value: stored };
      }
      const allowed = Object.values(def.options ?? {}).map((words) => words[0]).join(', ');
      return { problem: { message: 'excel.template.badOption', params: { value: fromFile(shown(v)), allowed } } };
    }
  }
}
