import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n/resources';
import { photoPng } from '../support/photo';
import { testServices, type TestServices } from './helpers';
import { convertToPdf, officeMissing, pdfPageCount, pdfText, readDocx } from '../support/office';
import { attachPhotos, seedEntity } from './support/report-fixture';

/**
 * The audit report read back independently: its parts with jszip, its pages through LibreOffice
 * and pdftotext. One city with a sealed audit (3 photos) and a draft audit is shared by the tests.
 */

let t: TestServices;
let sealedId: string;
let draftId: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-report-audit-'));
const num = (n: number, lang: 'id' | 'en') => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

beforeAll(async () => {
  t = testServices();
  await t.call('settings.update', { institutionName: 'Ombudsman RI Perwakilan NTT' });
  const { units } = await seedEntity(t, { units: 2, drafts: 1, photos: 3 });
  sealedId = units[0]!.auditId;
  draftId = units[1]!.auditId;
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function exportAudit(auditId: string, language: 'id' | 'en', name: string) {
  const path = join(out, name);
  t.desktop.queueSavePath(path);
  const saved = await t.call('reports.exportAudit', { auditId, language });
  expect(saved).toEqual({ path, bytes: readFileSync(path).length });
  return { path, bytes: readFileSync(path) };
}

describe('audit report (.docx)', () => {
  it('has the headings, a table per dimension, a native chart, the photos as stored and the hash in the footer', async () => {
    const { bytes } = await exportAudit(sealedId, 'id', 'sealed-id.docx');
    const detail = await t.call('audits.get', { auditId: sealedId });
    const docx = await readDocx(bytes);
    const r = translations.id.reports;
    for (const title of [r.audit.summaryTitle, r.audit.resultsTitle, r.audit.unmetTitle, r.audit.pathTitle, r.audit.signOffTitle, r.common.contents]) {
      expect(docx.document).toContain(title);
    }
    for (const g of detail.template.groups) expect(docx.document).toContain(g.label.id);
    expect(docx.document).toMatch(/TOC \\h \\o/);
    // Summary, one per dimension, unmet items, sign-off, cover fields: well over the four dimensions.
    expect(docx.document.match(/<w:tbl>/g)?.length).toBeGreaterThan(detail.template.groups.length + 3);
    expect(docx.names.some((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(docx.footers).toContain(detail.audit.seal!.hash);
    expect(docx.headers).not.toContain(r.common.draftMark);

    // The photos are the evidence bytes themselves, stored without recompression.
    const zip = await JSZip.loadAsync(bytes);
    const media = docx.names.filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    const stored = await Promise.all(media.map((n) => zip.file(n)!.async('nodebuffer')));
    expect(stored.map((b) => b.length).sort()).toEqual([1, 2, 3].map((s) => photoPng(480, 360, s).length).sort());
  });

  it.skipIf(!!officeMissing)('converts to PDF with the unit, score, zone and every dimension, in Indonesian and English', async () => {
    const detail = await t.call('audits.get', { auditId: sealedId });
    const score = detail.score.unit;
    for (const lang of ['id', 'en'] as const) {
      const { path } = await exportAudit(sealedId, lang, `sealed-${lang}.docx`);
      const text = pdfText(convertToPdf(path, out));
      expect(text).toContain(detail.audit.unit.name);
      expect(text).toContain(num(score.score, lang));
      expect(text).toContain(translations[lang].zone[score.zone]);
      for (const g of detail.template.groups) expect(text, g.label[lang]).toContain(g.label[lang]);
      expect(text).toContain(translations[lang].reports.audit.title.split(' ')[0]!);
    }
  }, 300_000);

  it.skipIf(!!officeMissing)('marks a draft on every page, in the header and with a watermark', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { path, bytes } = await exportAudit(draftId, lang, `draft-${lang}.docx`);
      const mark = translations[lang].reports.common.draftMark;
      const docx = await readDocx(bytes);
      expect(docx.headers).toContain(mark);
      expect(docx.headers).toContain('<v:textpath');
      expect(docx.footers).toContain(translations[lang].reports.common.noHash);
      const pdf = convertToPdf(path, out);
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThan(5);
      for (let page = 1; page <= pages; page++) expect(pdfText(pdf, page), `page ${page}`).toContain(mark);
    }
  }, 300_000);

  it.skipIf(!!officeMissing)('a report with 40 photos still converts, every photo captioned', async () => {
    const local = testServices();
    try {
      const { units } = await seedEntity(local, { units: 1, drafts: 1 });
      await attachPhotos(local, units[0]!.auditId, 40, false);
      const path = join(out, 'photos-40.docx');
      local.desktop.queueSavePath(path);
      await local.call('reports.exportAudit', { auditId: units[0]!.auditId, language: 'en' });
      const docx = await readDocx(readFileSync(path));
      expect(docx.names.filter((n) => n.startsWith('word/media/'))).toHaveLength(40);
      const text = pdfText(convertToPdf(path, out));
      expect(text).toContain('Photo 1.');
      expect(text).toContain('Photo 40.');
    } finally {
      local.dispose();
    }
  }, 300_000);
});

describe('audit report export', () => {
  it('uses the UI language by default and writes nothing when the dialog is cancelled', async () => {
    t.desktop.queueSavePath(null);
    expect(await t.call('reports.exportAudit', { auditId: sealedId })).toBeNull();
    const { bytes } = await exportAudit(sealedId, 'id', 'default.docx');
    expect((await readDocx(bytes)).document).toContain(translations.id.reports.audit.summaryTitle);
    const saved = await t.call('reports.exportAudit', { auditId: sealedId });
    expect(saved!.path).toMatch(/laporan-audit-dinas-kependudukan-dan-pencatatan-sipil-2023\.docx$/);
  });

  it('gives a clear file error when the folder is not a folder or does not exist, and leaves no temporary file', async () => {
    const notAFolder = join(out, 'plain-file');
    writeFileSync(notAFolder, 'x');
    for (const path of [join(notAFolder, 'r.docx'), join(out, 'missing', 'r.docx')]) {
      t.desktop.queueSavePath(path);
      expect(await t.fail('reports.exportAudit', { auditId: sealedId })).toMatchObject({ code: 'FILE', message: 'errors.folderMissing' });
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.patuh-tmp'))).toEqual([]);
  });

  it('refuses an unknown audit before asking for a file name', async () => {
    expect(await t.fail('reports.exportAudit', { auditId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
