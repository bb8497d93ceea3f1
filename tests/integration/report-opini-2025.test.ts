import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { convertToPdf, officeMissing, pdfText, readDocx } from '../support/office';
import { testServices, type TestServices } from './helpers';

/**
 * The 2025 part of the Word audit report, read back through LibreOffice: a unit perfect on its
 * internal indicators and trusted by 6 of 30 users (70 + 6 = 76.00, "Kualitas Sedang") shows both
 * components side by side and names the service paradox; the opinion's bands are said to be
 * inferred, the split of the 70 points a placeholder, and no "Predikat resmi" is printed for it.
 * PATUH_REPORT_OUT=DIR keeps the .docx and .pdf files there, to look at the pages.
 */
const opini = findBuiltinTemplate('ori-opini-2025')!;
let t: TestServices;
let auditId: string;
const out = process.env.PATUH_REPORT_OUT ?? mkdtempSync(join(tmpdir(), 'patuh-report-opini-'));

beforeAll(async () => {
  t = testServices();
  const entity = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
  const unit = await t.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
  const { audit } = await t.call('audits.create', { unitId: unit.id, template: { id: opini.id, version: opini.version }, period: { year: 2025 }, auditors: [{ name: 'Yohana Bria' }] });
  auditId = audit.id;
  for (const g of opini.groups) {
    const n = audit.respondents[g.id]!.count;
    for (const item of g.items) {
      const values = Array.from({ length: n }, (_, s) => (g.survey ? (s < 6 ? 1 : 0) : 3));
      await t.call('audits.answerItem', { auditId, itemId: item.id, values });
    }
  }
  await t.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
}, 60_000);
afterAll(() => {
  t.dispose();
  if (!process.env.PATUH_REPORT_OUT) rmSync(out, { recursive: true, force: true });
});

async function exportReport(language: 'id' | 'en') {
  const path = join(out, `opini-2025-${language}.docx`);
  t.desktop.queueSavePath(path);
  await t.call('reports.exportAudit', { auditId, language });
  return path;
}

describe('audit report, 2025 method', () => {
  it('scores 76.00 from 70 internal and 6 public-trust points', async () => {
    const { score } = await t.call('audits.get', { auditId });
    expect(score.unit.score).toBe(76);
    expect(score.unit.blocks.map((b) => [b.blockId, b.points, b.percent])).toEqual([['DIM', 70, 100], ['PUB', 6, 20]]);
  });

  it('holds a native chart of the two components and no official grade line', async () => {
    const docx = await readDocx(readFileSync(await exportReport('id')));
    expect(docx.document).toContain('Komponen internal dan publik');
    expect(docx.document).not.toContain('Predikat resmi');
    expect(docx.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!!officeMissing)('reads, in Indonesian and English, the opinion, both components side by side and the caveats', async () => {
    const id = pdfText(convertToPdf(await exportReport('id'), out)).replace(/\s+/g, ' ');
    expect(id).toContain('Perkiraan opini untuk Dinas Kependudukan dan Pencatatan Sipil: Kualitas Sedang (kualitas Cukup), nilai 76,00.');
    expect(id).toMatch(/Empat dimensi \(internal\) 70,00 70,00 100,00%/);
    expect(id).toMatch(/Kepercayaan masyarakat \(publik\) 30,00 6,00 20,00%/);
    expect(id).toContain('Paradoks pelayanan: capaian indikator internal 100,00%, tetapi kepercayaan masyarakat hanya 20,00%.');
    expect(id).toContain('disimpulkan dari hasil 2025 yang dipublikasikan, bukan rentang resmi');
    expect(id).toContain('Dimensi Input 15,29 · Dimensi Proses 22,66 · Dimensi Output 16,97 · Dimensi Pengaduan 15,08');
    expect(id).toContain('"Tanpa Maladministrasi" ditambahkan pada opini instansi');

    const en = pdfText(convertToPdf(await exportReport('en'), out)).replace(/\s+/g, ' ');
    expect(en).toContain('Estimated opinion for Dinas Kependudukan dan Pencatatan Sipil: Medium quality (quality Fair), score 76.00.');
    expect(en).toContain('Service paradox: the internal indicators reach 100.00%, but public trust only 20.00%.');
  }, 120_000);
});
