import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** LibreOffice is the independent reader of our Word files; it may be absent on a developer's machine. */
export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Converts a .docx to PDF with LibreOffice and returns the PDF's path and its text (pdftotext,
 * layout kept). A private profile per call lets tests convert in parallel.
 */
export function docxToPdf(docx: string): { pdf: string; text: string } {
  const out = mkdtempSync(join(tmpdir(), 'patuh-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'patuh-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(out, basename(docx).replace(/\.docx$/, '.pdf'));
  readFileSync(pdf); // throws if LibreOffice wrote nothing
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pdf, text };
}
