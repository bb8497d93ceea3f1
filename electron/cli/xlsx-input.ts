import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_XLSX_BYTES } from '../../shared/contract/excel';
import type { Parsed } from '../../shared/methodology/issues';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { parseTemplateWorkbook } from '../excel/template-import';
import { CliFailure, EXIT } from './terminal-io';
import { asCliFailure } from './domain-failure';

export const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** A workbook's bytes, refused by size before a byte is read (a zip bomb is bounded later, before unzipping). */
export function readWorkbookFile(path: string): Buffer {
  try {
    const size = statSync(resolve(path)).size;
    if (size > MAX_XLSX_BYTES) throw new CliFailure(`${path}: the workbook is over ${MAX_XLSX_BYTES / 1024 / 1024} MB; a template is a few tens of kilobytes`, EXIT.badInput);
    return readFileSync(resolve(path));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(error)})`, EXIT.badInput);
  }
}

/** A template workbook checked as the app checks it; a refused workbook (not a zip, too big) says why. */
export async function parseWorkbookFile(path: string): Promise<Parsed<MethodologyTemplate>> {
  try {
    return await parseTemplateWorkbook(readWorkbookFile(path));
  } catch (error) {
    throw asCliFailure(error, path);
  }
}
