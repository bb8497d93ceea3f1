import JSZip from 'jszip';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText, officeMissing } from '../support/office';
import { solidPng } from '../support/photo';
import { testServices, type TestServices } from './helpers';
import { findingAt, raise, seedRegistry } from './findings-fixtures';

let s: TestServices;
let entityId: string;
beforeEach(async () => {
  s = testServices();
  await s.call('settings.update', { auditorName: 'Dewi', institutionName: 'Inspektorat Kota Kupang' });
  entityId = (await seedRegistry(s)).entity.id;
});
afterEach(() => s.dispose());

/** One finding at each interesting point, one of them late and one with a photo. */
async function seedFindings() {
  const late = await raise(s, entityId, { statement: 'Antrean KTP-el tidak tercatat, "nomor" dibagi manual', grade: 'major' });
  await s.call('findings.addAction', { findingId: late.id, fields: { description: 'Pasang sistem antrean', owner: 'Budi Santoso', dueDate: '2026-02-20' } });
  await s.call('findings.attach', { findingId: late.id, file: { name: 'loket.png', mime: 'image/png', base64: solidPng(120, 80, [11, 92, 171]).toString('base64') } });
  await findingAt(s, entityId, 'closed', { clause: '7.5.3', grade: 'minor', statement: 'Dokumen SOP kedaluwarsa masih dipakai' });
  await raise(s, entityId, { clause: '9.1.2', grade: 'ofi', statement: 'Survei kepuasan belum dianalisis per layanan' });
  return late;
}

describe('CSV export of the register', () => {
  it('writes the filtered list as RFC 4180 CSV, UTF-8 with a BOM, through the save dialog', async () => {
    await seedFindings();
    const saved = await s.call('findings.exportCsv', { grade: 'major' });
    expect(saved!.path).toBe(join(s.dataDir, 'exports', 'temuan-iso-2026-03-02.csv'));
    const bytes = readFileSync(saved!.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^#,Instansi,Unit layanan,Klausul,Judul klausul,Kategori,Status,Pernyataan temuan,/);
    expect(lines[1]).toContain('8.5.1,Pengendalian produksi dan penyediaan jasa,Ketidaksesuaian mayor,Terbuka,"Antrean KTP-el tidak tercatat, ""nomor"" dibagi manual"');
    expect(lines[1]).toContain(',Budi Santoso,Ya,');
    expect(lines).toHaveLength(3); // header, one row, the final CRLF
  });

  it('speaks the language of the settings and stays quiet when the user cancels', async () => {
    await seedFindings();
    await s.call('settings.update', { language: 'en' });
    const saved = await s.call('findings.exportCsv', {});
    expect(readFileSync(saved!.path, 'utf8')).toContain('Opportunity for improvement');
    s.desktop.queueSavePath(null);
    expect(await s.call('findings.exportCsv', {})).toBeNull();
  });
});

describe('findings report (.docx)', () => {
  it('holds a native chart, the summary, the late list and every finding with actions and history', async () => {
    await seedFindings();
    const saved = await s.call('findings.exportReport', { filter: {} });
    expect(saved!.path.endsWith('laporan-temuan-iso-2026-03-02.docx')).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(saved!.path));
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['Ringkasan', 'Tindakan korektif terlambat', 'Pasang sistem antrean', 'Riwayat', 'Terverifikasi efektif']) expect(xml).toContain(text);
  });

  it.skipIf(!!officeMissing)('renders through LibreOffice in Indonesian and in English', async () => {
    await seedFindings();
    const id = docxText((await s.call('findings.exportReport', { filter: {} }))!.path);
    for (const text of ['Laporan Temuan Audit ISO 9001:2015', '8.5.1', '7.5.3', '9.1.2', 'Ketidaksesuaian mayor', 'Ketidaksesuaian minor', 'Peluang perbaikan', 'Antrean KTP-el tidak tercatat', 'Budi Santoso', 'Halaman 1 dari']) {
      expect(id).toContain(text);
    }
    s.desktop.queueSavePath(join(s.dataDir, 'report-en.docx'));
    const en = docxText((await s.call('findings.exportReport', { filter: {}, language: 'en' }))!.path);
    for (const text of ['ISO 9001:2015 Audit Findings Report', 'Major nonconformity', 'Minor nonconformity', 'Opportunity for improvement', 'Control of production and service provision', 'Overdue corrective actions', 'Page 1 of']) {
      expect(en).toContain(text);
    }
  }, 180_000);

  it.skipIf(!!officeMissing)('a long register keeps every finding in order with its own photo, and text with markup or control characters as typed', async () => {
    // Findings after the summary are written as XML by hand (wordml.ts): what a user typed must not break it.
    for (let n = 1; n <= 120; n++) {
      const statement = n === 7 ? 'Loket <b>tutup</b> & "antre"\u0007 sejak 08.00' : `Temuan nomor ${n} di loket`;
      const f = await raise(s, entityId, { statement });
      if (n % 40 === 0) {
        await s.call('findings.attach', { findingId: f.id, file: { name: `foto-${n}.png`, mime: 'image/png', base64: solidPng(160, 90, [n, 120, 60]).toString('base64') } });
      }
    }
    const saved = await s.call('findings.exportReport', { filter: {} });
    const zip = await JSZip.loadAsync(readFileSync(saved!.path));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/finding-'))).toHaveLength(3);
    const text = docxText(saved!.path);
    expect(text).toContain('Loket <b>tutup</b> & "antre" sejak 08.00');
    const at = (n: number) => text.indexOf(`Temuan nomor ${n} di loket`);
    expect(at(1)).toBeGreaterThan(0);
    for (let n = 2; n <= 120; n++) if (n !== 7) expect(at(n), `finding ${n}`).toBeGreaterThan(at(n === 8 ? 6 : n - 1));
    // Each photo's caption follows its own finding, before the next one.
    for (const n of [40, 80, 120]) {
      expect(text.indexOf(`foto-${n}.png`)).toBeGreaterThan(at(n));
      if (n < 120) expect(text.indexOf(`foto-${n}.png`)).toBeLessThan(at(n + 1));
    }
  }, 180_000);

  it('a photo missing from this laptop is listed by its name and the report still builds', async () => {
    const f = await raise(s, entityId, { statement: 'Papan informasi tidak dipasang' });
    await s.call('findings.attach', { findingId: f.id, file: { name: 'papan.png', mime: 'image/png', base64: solidPng(90, 60, [200, 40, 40]).toString('base64') } });
    const [photo] = (await s.call('findings.get', { id: f.id })).attachments;
    rmSync(join(s.dataDir, 'attachments', photo!.sha256.slice(0, 2), photo!.sha256));
    const saved = await s.call('findings.exportReport', { filter: {} });
    const zip = await JSZip.loadAsync(readFileSync(saved!.path));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/finding-'))).toEqual([]);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('>papan.png<');
    expect(xml).toContain('Papan informasi tidak dipasang');
  });
});
