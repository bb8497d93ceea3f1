import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSources } from '../../electron/services/report-sources';
import { translations } from '../../shared/i18n/resources';
import { photoPng } from '../support/photo';
import { testServices, type TestServices } from './helpers';
import { convertToPdf, officeMissing, pdfPageCount, pdfText, readDocx } from '../support/office';
import { attachPhotos, seedEntity, SIGN_OFF } from './support/report-fixture';

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
  it('has the headings, a table per dimension, a native chart, the photos as stored and the hash on the sign-off page only', async () => {
    const { bytes } = await exportAudit(sealedId, 'id', 'sealed-id.docx');
    const detail = await t.call('audits.get', { auditId: sealedId });
    const docx = await readDocx(bytes);
    const r = translations.id.reports;
    for (const title of [r.audit.summaryTitle, r.audit.resultsTitle, r.audit.recommendationsTitle, r.audit.pathTitle, r.audit.signOffTitle, r.common.contents]) {
      expect(docx.document).toContain(title);
    }
    for (const g of detail.template.groups) expect(docx.document).toContain(g.label.id);
    expect(docx.document).toMatch(/TOC \\h \\o/);
    // Summary, one per dimension, unmet items, sign-off, cover fields: well over the four dimensions.
    expect(docx.document.match(/<w:tbl>/g)?.length).toBeGreaterThan(detail.template.groups.length + 3);
    expect(docx.names.some((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(docx.document).toContain(detail.audit.seal!.hash);
    expect(docx.footers).not.toContain(detail.audit.seal!.hash);
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
      expect(text).toContain(translations[lang].zone[score.zone!]);
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

describe('audit report: who answered, and the digital signature', () => {
  /** One audit answered by Maria (the lead, by default), then three Proses answers changed by Yohanes on the same laptop, sealed. */
  async function twoAuditors(local: TestServices) {
    const { units } = await seedEntity(local, { units: 1, drafts: 1 });
    const auditId = units[0]!.auditId;
    local.ctx.settings.update({ auditorName: 'Yohanes Bria' });
    const { answers, template } = await local.call('audits.get', { auditId });
    for (const [itemId, slot] of [['PR-01', 0], ['PR-02', 1], ['PR-03', 0]] as const) {
      const old = answers[itemId]![slot];
      await local.call('audits.answer', { auditId, itemId, slot, value: old === 3 ? 2 : 3 });
    }
    await local.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const slotsOf = (groupId: string) => template.groups.find((g) => g.id === groupId)!.items.reduce((n, i) => n + answers[i.id]!.length, 0);
    return { auditId, processSlots: slotsOf('PR'), inputSlots: slotsOf('IN') };
  }

  it.skipIf(!!officeMissing)('credits each answer to its auditor, marks the exceptions with initials, and shows the signature as valid from this laptop', async () => {
    const local = testServices();
    try {
      const { auditId, processSlots, inputSlots } = await twoAuditors(local);
      const data = reportSources(local.ctx).auditReport(auditId, 'id');
      expect(data.credits['PR-01']).toEqual(['Yohanes Bria', 'Maria Goreti Seran']);
      expect(data.signature).toEqual({ status: 'valid', deviceId: local.ctx.device.id, signer: 'self', label: local.ctx.device.name });

      for (const lang of ['id', 'en'] as const) {
        const path = join(out, `credits-${lang}.docx`);
        local.desktop.queueSavePath(path);
        await local.call('reports.exportAudit', { auditId, language: lang });
        const docx = await readDocx(readFileSync(path));
        // Yohanes' three answers carry his initials, raised after the value; Maria's, the main auditor's, none.
        expect(docx.document.match(/<w:vertAlign w:val="superscript"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>YB<\/w:t>/gs)).toHaveLength(3);
        expect(docx.document).not.toMatch(/<w:t[^>]*>MGS<\/w:t>/);

        const pdf = convertToPdf(path, out);
        const text = pdfText(pdf);
        if (lang === 'id') {
          expect(text).toContain(`Dijawab oleh: Maria Goreti Seran (${inputSlots} jawaban).`);
          expect(text).toContain(`Dijawab oleh: Maria Goreti Seran (${processSlots - 3} jawaban); Yohanes Bria (ditandai YB, 3 jawaban).`);
        } else {
          expect(text).toContain(`Answered by: Maria Goreti Seran (${processSlots - 3} answers); Yohanes Bria (marked YB, 3 answers).`);
        }
        const signOff = pdfText(pdf, pdfPageCount(pdf));
        const r = translations[lang].reports;
        expect(signOff).toContain(r.audit.signOffTitle);
        expect(signOff).toContain(`${r.audit.signatureLabel} ${r.common.signature.valid.replace('{{device}}', local.ctx.device.id).replace('{{signer}}', r.common.signer.self)}`);
      }
    } finally {
      local.dispose();
    }
  }, 300_000);

  it.skipIf(!!officeMissing)('warns on the sign-off page when a seal has no signature or a wrong one', async () => {
    const local = testServices();
    try {
      const { units } = await seedEntity(local, { units: 1 });
      const auditId = units[0]!.auditId;
      const report = async (name: string) => {
        const path = join(out, name);
        local.desktop.queueSavePath(path);
        await local.call('reports.exportAudit', { auditId, language: 'id' });
        return pdfText(convertToPdf(path, out));
      };
      const r = translations.id.reports;
      expect(await report('signed.docx')).not.toContain(r.audit.signatureNote.unsigned);
      // As an audit sealed before seals were signed, and as one whose signature was tampered with.
      local.ctx.db.exec('DROP TRIGGER audits_sealed_update');
      const { seal_signature: signature } = local.ctx.db.prepare('SELECT seal_signature FROM audits WHERE id = ?').get(auditId) as { seal_signature: string };
      const setSignature = (value: string | null) => local.ctx.db.prepare('UPDATE audits SET seal_signature = ? WHERE id = ?').run(value, auditId);
      setSignature(null);
      const unsigned = await report('unsigned.docx');
      expect(unsigned).toContain(`${r.audit.signatureLabel} ${r.common.signature.unsigned}`);
      expect(unsigned).toContain(r.audit.signatureNote.unsigned);
      setSignature(Buffer.from(signature, 'base64').reverse().toString('base64'));
      const invalid = await report('invalid.docx');
      expect(invalid).toContain(`${r.audit.signatureLabel} TIDAK SAH — perangkat ${local.ctx.device.id}`);
      expect(invalid).toContain(r.audit.signatureNote.invalid.slice(0, 60));
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
