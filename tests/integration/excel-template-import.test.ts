import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_TEMPLATE } from '../support/template-sample';
import { parseTemplateWorkbook } from '../../electron/excel/template-import';
import { buildTemplateWorkbook } from '../../electron/excel/template-write';
import { translator } from '../../electron/i18n';
import { BUILTIN_TEMPLATES } from '../../shared/methodology/builtin';
import { templateChecksum } from '../../shared/methodology/checksum';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture } from './support/audit-fixture';

/**
 * Checklist templates authored in Excel (docs/template-xlsx.md): the sample workbook imports and
 * scores like any template; a workbook with ten mistakes gets ten messages that name the sheet,
 * row and column, and changes nothing; oversized and zip-bomb workbooks are refused unopened.
 */

const SAMPLE = 'docs/examples/template-sample.xlsx';
let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

const base64 = (bytes: Buffer) => bytes.toString('base64');
const say = (lang: 'id' | 'en') => translator(lang) as unknown as (key: string, params?: object) => string;

/** The sample workbook with some cells changed, as an author's mistakes would change them. */
async function sampleWith(edits: [sheet: string, cell: string, value: ExcelJS.CellValue][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  for (const [sheet, cell, value] of edits) wb.getWorksheet(sheet)!.getCell(cell).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** A zip holding one stored entry (no compression) or one deflated entry, written by hand. */
function zipOf(name: string, data: Buffer, deflate: boolean): Buffer {
  const body = deflate ? deflateRawSync(data) : data;
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(deflate ? 8 : 0, 8);
  local.writeUInt32LE(0, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(deflate ? 8 : 0, 10);
  central.writeUInt32LE(0, 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  const cdOffset = local.length + fileName.length + body.length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(central.length + fileName.length, 12); end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fileName, body, central, fileName, end]);
}

describe('template workbook layout', () => {
  it('reads back the 2016-2021 and 2022-2024 templates and the sample exactly as written (same checksum)', async () => {
    // The 2025 method's blocks, survey and qualifiers are not in the workbook layout (docs/template-xlsx.md).
    const classic = BUILTIN_TEMPLATES.filter((b) => ['ori-2016-2021', 'ori-2022-2024'].includes(b.id));
    expect(classic).toHaveLength(2);
    for (const template of [...classic, SAMPLE_TEMPLATE]) {
      const parsed = await parseTemplateWorkbook(await buildTemplateWorkbook(template, new Date('2025-01-01T00:00:00Z')));
      if (!parsed.ok) throw new Error(`${template.id}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      expect(templateChecksum(parsed.value), template.id).toBe(templateChecksum(template));
    }
  });

  it('keeps the sample workbook in docs/examples in step with its source (node docs/examples/make-template-sample.mjs)', async () => {
    const parsed = await parseTemplateWorkbook(readFileSync(SAMPLE));
    expect(parsed.ok && parsed.value).toEqual(SAMPLE_TEMPLATE);
  });
});

describe('templates.importXlsx', () => {
  it('imports the sample as a normal versioned, checksummed template that an audit can be scored with', async () => {
    const imported = await t.call('templates.importXlsx', { base64: base64(readFileSync(SAMPLE)) });
    expect(imported).toMatchObject({ added: true, template: { id: 'contoh-standar-pelayanan', version: 1, builtin: false, groupCount: 3, itemCount: 7 } });
    expect(imported.template.checksum).toBe(templateChecksum(SAMPLE_TEMPLATE));
    // The same workbook again adds nothing; the JSON of the same template is the same template.
    expect(await t.call('templates.importXlsx', { base64: base64(readFileSync(SAMPLE)) })).toMatchObject({ added: false });
    expect(await t.call('templates.import', { json: JSON.stringify(SAMPLE_TEMPLATE) })).toMatchObject({ added: false });
    expect((await t.call('templates.get', { id: 'contoh-standar-pelayanan', version: 1 })).template.groups[0]!.items[0]!.recommendation)
      .toEqual({ id: 'Pasang standar pelayanan di ruang layanan dan di laman unit.', en: 'Display the service standard in the service area and on the unit’s web page.' });

    const { auditId } = await auditFixture(t, { template: { id: 'contoh-standar-pelayanan', version: 1 }, period: { year: 2025 }, respondents: {} });
    // Every yes/no item "yes" and every 0-3 item 2 of 3: SP 40 + SR 35 × 2/3 + PG 25 = 88.33, grade A.
    await answerAll(t, auditId, (itemId) => (itemId.startsWith('SR') ? 2 : 1));
    const { score } = await t.call('audits.get', { auditId });
    expect(score.unit).toMatchObject({ score: 88.33, zone: 'green', band: { grade: 'A' } });
  });

  it('names each of ten mistakes by sheet, row and column, in the UI language, and imports nothing', async () => {
    const before = await t.call('templates.list', {});
    const rows = () => (t.ctx.db.prepare('SELECT count(*) AS n FROM templates').get() as { n: number }).n;
    const rowsBefore = rows();
    const bytes = await sampleWith([
      ['Templat', 'B3', 'satu'], // version is not a number
      ['Templat', 'B9', 2024], // years end before they start
      ['Predikat', 'E4', 60], // grade C starts at 60: 51 to 59.99 is in no band
      ['Kelompok', 'D2', 45], // weights sum to 105
      ['Kelompok', 'J3', 'siswa'], // no such respondent kind
      ['Kelompok', 'K4', 0], // no complaint officer
      ['Butir', 'A7', 'XX'], // no such group
      ['Butir', 'B4', 'SP-01'], // the code of another item
      ['Butir', 'E5', '1-5'], // no such scale
      ['Butir', 'D6', null], // English question left out
    ]);
    const error = await t.fail('templates.importXlsx', { base64: base64(bytes) });
    expect(error.code).toBe('VALIDATION');
    const issues = error.details!.issues!;
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['Templat!B3', 'Templat!B9', 'Predikat!E4', 'Kelompok', 'Kelompok!J3', 'Kelompok!K4', 'Butir!A7', 'Butir!B4', 'Butir!E5', 'Butir!D6'].sort(),
    );
    const id = issues.map((i) => say('id')(i.message, i.params));
    expect(id).toEqual(expect.arrayContaining([
      'Sheet Templat, baris 3, kolom Nilai: Harus angka, bukan "satu".',
      'Sheet Kelompok, kolom Bobot: Jumlah bobot kelompok 105, bukan 100 (±0,01).',
      'Sheet Kelompok, baris 3, kolom Jenis responden: "siswa" bukan pilihan yang dikenal; pilih salah satu: pejabat, produk, pengguna layanan, petugas pengaduan, tidak ada.',
      'Sheet Butir, baris 7, kolom Kelompok: Kelompok "XX" tidak ada di sheet Kelompok.',
      'Sheet Butir, baris 6, kolom Pertanyaan (en): Wajib diisi.',
    ]));
    expect(id.find((m) => m.startsWith('Sheet Butir, baris 4, kolom Kode:'))).toContain('Butir!B2');
    expect(id.find((m) => m.startsWith('Sheet Templat, baris 9, kolom Nilai:'))).toMatch(/2025/);
    expect(id.find((m) => m.startsWith('Sheet Predikat, baris 4, kolom Dari:'))).toMatch(/51/);
    expect(id.find((m) => m.startsWith('Sheet Kelompok, baris 4, kolom Jumlah responden:'))).toBe(`Sheet Kelompok, baris 4, kolom Jumlah responden: ${say('id')('validation.tooSmall', { min: 1 })}`);
    expect(id.find((m) => m.startsWith('Sheet Butir, baris 5, kolom Skala:'))).toContain('"1-5"');
    // The same problems in English, where the UI speaks English.
    expect(issues.map((i) => say('en')(i.message, i.params))).toContain('Sheet Butir, row 6, column Pertanyaan (en): Required.');
    for (const text of id) expect(text).not.toMatch(/\$t\(|validation\.|excel\./);

    expect(await t.call('templates.list', {})).toEqual(before);
    expect(rows()).toBe(rowsBefore);
  });

  it('names a missing sheet and a missing column once, not once per row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    wb.removeWorksheet(wb.getWorksheet('Predikat')!.id);
    wb.getWorksheet('Butir')!.spliceColumns(6, 1); // the Bobot column
    const error = await t.fail('templates.importXlsx', { base64: base64(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)) });
    expect(error.details!.issues!.map((i) => say('id')(i.message, i.params))).toEqual([
      'Sheet Predikat: Sheet ini tidak ada di buku kerja (nama lain yang diterima: Bands).',
      'Sheet Butir, kolom Bobot: Kolom "Bobot" tidak ada di baris judul (baris 1).',
    ]);
  });

  it('refuses an oversized workbook, a zip bomb and a file that is not a workbook before exceljs opens them', async () => {
    const huge = Buffer.alloc(2 * 1024 * 1024 + 10, 1);
    expect(await t.fail('templates.importXlsx', { base64: base64(huge) })).toMatchObject({ code: 'VALIDATION', message: 'excel.errors.tooLarge', details: { max: 2 } });
    // 200 MB of zeros deflate to about 200 kB: refused at 25 MB of inflated bytes.
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024), true);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const refused = await t.fail('templates.importXlsx', { base64: base64(bomb) });
    expect(refused).toMatchObject({ code: 'VALIDATION', message: 'excel.errors.unpackedTooLarge', details: { max: 25 } });
    expect(say('id')(refused.message, refused.details)).toBe('Isi buku kerja lebih dari 25 MB setelah dibuka; berkas ditolak.');
    expect(await t.fail('templates.importXlsx', { base64: base64(Buffer.from('{"id": "x"}')) })).toMatchObject({ message: 'excel.errors.notXlsx' });
    expect(await t.fail('templates.importXlsx', { base64: base64(zipOf('hello.txt', Buffer.from('hi'), false)) })).toMatchObject({ message: 'excel.errors.notXlsx' });
  });
});
