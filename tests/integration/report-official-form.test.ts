import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n/resources';
import { photoPng } from '../support/photo';
import { convertToPdf, officeMissing, pdfPageCount, pdfText, readDocx } from '../support/office';
import { testServices, type TestServices } from './helpers';
import { fill } from './support/report-fixture';

/**
 * The official form (issue 11) read back through LibreOffice: letterhead, number, place and date,
 * a signature block with NIP and position for every signer (one drawn), Indonesian dates only,
 * the auditor's recommendations by dimension, the hash once; and the entity report's
 * conclusions, recurring recommendations and signature. Set KEEP_REPORTS=dir to keep the files.
 */

let t: TestServices;
const out = process.env.KEEP_REPORTS ?? mkdtempSync(join(tmpdir(), 'patuh-official-'));
mkdirSync(out, { recursive: true });
const audits: string[] = [];
let entityId = '';
const r = translations.id.reports;
const LEAD = { name: 'Maria Goreti Seran, S.H.', nip: '198703142010012015' };
const MEMBER = { name: 'Yohanes Bria' };
const REPRESENTATIVE = { name: 'Fransiskus Ndolu', nip: '197501012000031002', position: 'Kepala Dinas Kependudukan' };
const RECOMMENDATION = 'Pasang papan standar pelayanan di ruang tunggu dan perbarui setiap tahun.';
const GROUP_RECOMMENDATION = 'Susun jadwal pemutakhiran seluruh media informasi pelayanan.';
/** A signature as the pad makes it: a small PNG. */
const DRAWN = `data:image/png;base64,${photoPng(300, 100, 7).toString('base64')}`;

beforeAll(async () => {
  t = testServices();
  await t.call('settings.update', {
    institutionName: 'Inspektorat Daerah Kota Kupang',
    letterheadParent: 'Pemerintah Kota Kupang',
    institutionAddress: 'Jl. S.K. Lerik, Kelapa Lima, Kupang 85228',
    institutionContact: 'Telp. (0380) 833 000 · inspektorat@kupangkota.go.id',
    institutionPlace: 'Kupang',
    institutionLogo: `data:image/png;base64,${photoPng(120, 120, 3).toString('base64')}`,
    documentNumberPattern: '700/{n}/Itda/{mm}/{yyyy}',
    reportClosingText: 'Demikian laporan ini kami sampaikan untuk menjadi bahan tindak lanjut.',
    auditorName: LEAD.name,
    auditorNip: LEAD.nip,
    auditorPosition: 'Auditor Ahli Muda',
  });
  const entity = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
  entityId = entity.id;
  for (const [i, name] of ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan PTSP'].entries()) {
    const unit = await t.call('units.create', { entityId, fields: { name, category: 'Pelayanan publik' } });
    const products = [];
    for (const p of ['KTP-el', 'Akta Kelahiran', 'Kartu Keluarga']) products.push(await t.call('products.create', { unitId: unit.id, fields: { name: p } }));
    const audit = await t.call('audits.create', {
      unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023, start: '2023-08-21', end: '2023-08-24' },
      auditors: [LEAD, MEMBER], respondents: { PR: { count: 3, labels: products.map((p) => ({ productId: p.id })) } },
    });
    audits.push(audit.audit.id);
    await fill(t, audit.audit.id, 0.6 + i * 0.1, i);
    // The same item recommended in both units: the entity report names it as recurring.
    await t.call('audits.recommend', { auditId: audit.audit.id, scope: 'item', targetId: 'PR-01', text: RECOMMENDATION });
  }
  await t.call('audits.recommend', { auditId: audits[0]!, scope: 'group', targetId: 'PR', text: GROUP_RECOMMENDATION });
  for (const auditId of audits) {
    await t.call('audits.seal', {
      auditId,
      signOff: {
        auditorName: LEAD.name, agencyRepresentative: REPRESENTATIVE.name, date: '2023-08-24',
        signers: [
          { role: 'auditor', ...LEAD, position: 'Auditor Ahli Muda', drawn: DRAWN },
          { role: 'auditor', ...MEMBER, position: 'Auditor Ahli Pertama' },
          { role: 'representative', ...REPRESENTATIVE },
        ],
      },
    });
  }
}, 180_000);
afterAll(() => {
  t.dispose();
  if (!process.env.KEEP_REPORTS) rmSync(out, { recursive: true, force: true });
});

async function exported(name: string, call: () => Promise<unknown>) {
  const path = join(out, name);
  t.desktop.queueSavePath(path);
  await call();
  return { path, bytes: readFileSync(path) };
}

describe('the official form of the audit report', () => {
  it('sets the language, labels chart bars with decimal commas and embeds the drawn signature', async () => {
    const { bytes } = await exported('audit-id.docx', () => t.call('reports.exportAudit', { auditId: audits[0]!, language: 'id' }));
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="id-ID"');
    const chart = await zip.file(/^word\/charts\/chart\d+\.xml$/)[0]!.async('string');
    // Bar labels are text as Indonesian writes numbers: no "12.50" anywhere, some "12,50".
    expect(chart).toMatch(/<a:t>\d+,\d\d<\/a:t>/);
    expect(chart).not.toMatch(/<a:t>\d+\.\d\d<\/a:t>/);
    const parts = await readDocx(bytes);
    expect(parts.footers).not.toMatch(/[0-9a-f]{64}/);
    // Logo, letterhead and one drawn signature (the lead's); no evidence photos in this audit.
    expect(parts.names.filter((n) => n.startsWith('word/media/'))).toHaveLength(2);
  });

  it.skipIf(officeMissing)('renders with letterhead, number, place and date, every signer with NIP and position, and the hash once', async () => {
    const { path } = await exported('audit-id-pdf.docx', () => t.call('reports.exportAudit', { auditId: audits[0]!, language: 'id' }));
    const pdf = convertToPdf(path, out);
    const text = pdfText(pdf);
    const cover = pdfText(pdf, 1);
    expect(cover).toContain('PEMERINTAH KOTA KUPANG');
    expect(cover).toContain('INSPEKTORAT DAERAH KOTA KUPANG');
    expect(cover).toContain('Jl. S.K. Lerik, Kelapa Lima, Kupang 85228');
    expect(cover).toContain('Telp. (0380) 833 000 · inspektorat@kupangkota.go.id');
    expect(cover).toContain('Nomor: 700/......./Itda/VIII/2023');
    expect(cover).toContain('2023 (21 Agustus 2023 – 24 Agustus 2023)');
    expect(cover).toContain('Final, ditandatangani 24 Agustus 2023');
    // No ISO date anywhere: dates are written out in Indonesian, the footer's time included.
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toMatch(/Dibuat 2 Maret 2026 pukul \d\d\.\d\d/);
    // The method text names the three products observed, as the table does.
    expect(text).toContain('atas 3 produk layanan per unit');
    expect(text).not.toContain('2 produk layanan per unit');

    const last = pdfText(pdf, pdfPageCount(pdf));
    const signOff = last.includes(r.audit.signOffTitle) ? last : pdfText(pdf, pdfPageCount(pdf) - 1) + last;
    expect(signOff).toContain('Demikian laporan ini kami sampaikan untuk menjadi bahan tindak lanjut.');
    expect(signOff).toContain('Kupang, 24 Agustus 2023');
    for (const s of [r.common.signRepresentative, r.common.signLead, r.common.signMember, r.common.stampHint]) expect(signOff).toContain(s);
    for (const s of [REPRESENTATIVE.name, REPRESENTATIVE.position, `NIP. ${REPRESENTATIVE.nip}`, LEAD.name, `NIP. ${LEAD.nip}`, 'Auditor Ahli Muda', MEMBER.name, 'Auditor Ahli Pertama']) {
      expect(signOff, s).toContain(s);
    }
    const { audit } = await t.call('audits.get', { auditId: audits[0]! });
    const hash = audit.seal!.hash;
    // Once in the whole document (a long hash wraps in the PDF, so it is counted in the XML).
    const parts = await readDocx(readFileSync(path));
    expect([parts.document, parts.footers, parts.headers].join('').split(hash)).toHaveLength(2);
    expect(signOff).toContain(`${r.audit.verificationCode} ${hash.slice(0, 12).toUpperCase().replace(/(.{4})(?=.)/g, '$1-')}`);
  }, 120_000);

  it.skipIf(officeMissing)('writes the same form in English: dates, captions and the closing in the report language', async () => {
    const { path } = await exported('audit-en.docx', () => t.call('reports.exportAudit', { auditId: audits[0]!, language: 'en' }));
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="en-US"');
    const text = pdfText(convertToPdf(path, out));
    const en = translations.en.reports;
    expect(text).toContain('Number: 700/......./Itda/VIII/2023');
    expect(text).toContain('2023 (21 August 2023 – 24 August 2023)');
    expect(text).toContain('Kupang, 24 August 2023');
    expect(text).toMatch(/Generated 2 March 2026 at \d\d:\d\d/);
    for (const s of [en.common.signRepresentative, en.common.signLead, en.common.signMember, en.common.stampHint, en.audit.recommendationsTitle]) expect(text, s).toContain(s);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  }, 120_000);

  it.skipIf(officeMissing)("lists the auditor's recommendations by dimension, never the evidence hint", async () => {
    const { path } = await exported('audit-recs.docx', () => t.call('reports.exportAudit', { auditId: audits[0]!, language: 'id' }));
    const text = pdfText(convertToPdf(path, out));
    const detail = await t.call('audits.get', { auditId: audits[0]! });
    const section = text.slice(text.indexOf(r.audit.recommendationsIntro.replace('{{n}} ', '').slice(0, 40)), text.lastIndexOf(r.audit.pathTitle));
    expect(section.length).toBeGreaterThan(1000);
    expect(section).toContain(RECOMMENDATION);
    expect(section).toContain(GROUP_RECOMMENDATION);
    expect(section).toContain(r.audit.noRecommendation);
    const pr = detail.template.groups.find((g) => g.id === 'PR')!;
    for (const item of pr.items) expect(section).not.toContain(item.evidenceHint.id.slice(0, 40));
  }, 120_000);
});

describe('the official form of the entity report', () => {
  it.skipIf(officeMissing)('renders conclusions, the recurring recommendation, the signature and unbroken table headers', async () => {
    const { path } = await exported('entity-id.docx', () => t.call('reports.exportEntity', { entityId, year: 2023, language: 'id' }));
    const text = pdfText(convertToPdf(path, out));
    expect(text).toContain('PEMERINTAH KOTA KUPANG');
    expect(text).toContain(r.entity.conclusionsTitle);
    expect(text).toContain(r.entity.recurringTitle);
    const recurring = text.slice(text.lastIndexOf(r.entity.recurringTitle), text.lastIndexOf(r.entity.signOffTitle));
    for (const s of ['PR-01', '2: Dinas', 'Pasang papan standar pelayanan di']) expect(recurring, s).toContain(s);
    // Cells wrap in the PDF: the whole row is checked in the document's XML.
    expect((await readDocx(readFileSync(path))).document).toContain('2: Dinas Kependudukan dan Pencatatan Sipil, Dinas Penanaman Modal dan PTSP');
    expect(text).toContain('Kupang, 2 Maret 2026');
    for (const s of [r.entity.signPreparer, 'Auditor Ahli Muda', LEAD.name, `NIP. ${LEAD.nip}`]) expect(text, s).toContain(s);
    // The ranking table's header on one line each: "Predikat" and "Perubahan" whole.
    expect(text).toContain(`# ${r.common.unit} ${r.common.score} ${r.common.zone} ${r.common.grade} ${r.entity.change} ${r.common.status} ${r.common.seal}`);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  }, 120_000);
});
