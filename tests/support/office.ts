import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';

/**
 * Independent readers of a Word file: jszip for its parts, LibreOffice for a PDF, pdftotext for
 * the PDF's words. Each conversion gets its own LibreOffice profile so parallel tests never share
 * (and lock) one.
 */

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** Why conversions are skipped here, or null when soffice and pdftotext are installed. */
export const officeMissing: string | null = !has('soffice')
  ? 'soffice (libreoffice-writer-nogui) is not installed'
  : !has('pdftotext')
    ? 'pdftotext (poppler-utils) is not installed'
    : null;
if (officeMissing) console.log(`Skipping LibreOffice conversions: ${officeMissing}`);

export const CONVERT_TIMEOUT_MS = 120_000;

/** docx -> pdf next to it (in `outDir`); returns the PDF's path, or throws with LibreOffice's output. */
export function convertToPdf(docx: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'patuh-lo-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      encoding: 'utf8',
      timeout: CONVERT_TIMEOUT_MS,
    });
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    if (r.status !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice could not convert ${docx}: ${r.error?.message ?? ''} ${r.stdout} ${r.stderr}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts in a fresh folder under tests/.tmp and returns the whole text (collapsed white space). */
export function docxText(docx: string): string {
  mkdirSync(PDF_DIR, { recursive: true });
  return pdfText(convertToPdf(docx, mkdtempSync(join(PDF_DIR, 'out-'))));
}
const PDF_DIR = resolve('tests/.tmp/pdf');

/** The PDF's text, whole or one page (1-based), with runs of white space collapsed. */
export function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const r = spawnSync('pdftotext', [...range, '-layout', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

export function pdfPageCount(pdf: string): number {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}

export interface DocxParts {
  names: string[];
  document: string;
  footers: string;
  headers: string;
}

/** The parts of a .docx that tests read: every file name, the body, and all headers and footers. */
export async function readDocx(bytes: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const text = (name: string) => zip.file(name)!.async('string');
  const joined = async (pattern: RegExp) => (await Promise.all(names.filter((n) => pattern.test(n)).map(text))).join('\n');
  return { names, document: await text('word/document.xml'), footers: await joined(/^word\/footer\d*\.xml$/), headers: await joined(/^word\/header\d*\.xml$/) };
}
