import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CONVERT_TIMEOUT_MS } from './office';

/**
 * LibreOffice Calc as an independent reader of a workbook: every sheet to CSV with values as
 * shown (number formats applied, "79.12", "21/08/2024"), or the workbook to PDF to look at.
 * Each conversion gets its own profile, so parallel tests never lock one.
 */

/** CSV filter: comma, double quotes, UTF-8, from line 1, US locale, text unquoted, contents as shown (token 9), every sheet (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true,false,false,-1';

function soffice(args: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'patuh-lo-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { encoding: 'utf8', timeout: CONVERT_TIMEOUT_MS });
    if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.error?.message ?? ''} ${r.stdout} ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Each sheet's rows as Calc shows them, by sheet name. */
export function sheetsAsShown(xlsx: string, outDir: string): Record<string, string[][]> {
  soffice(['--convert-to', CSV_FILTER, '--outdir', outDir, xlsx]);
  const stem = basename(xlsx).replace(/\.xlsx$/, '');
  const out: Record<string, string[][]> = {};
  for (const file of readdirSync(outDir)) {
    if (file.startsWith(`${stem}-`) && file.endsWith('.csv')) out[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(outDir, file), 'utf8'));
  }
  return out;
}

export function xlsxToPdf(xlsx: string, outDir: string): string {
  soffice(['--convert-to', 'pdf', '--outdir', outDir, xlsx]);
  return join(outDir, basename(xlsx).replace(/\.xlsx$/, '.pdf'));
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
