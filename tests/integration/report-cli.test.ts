import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnDisk } from './support/cli-on-disk';
import { UNSIGNED_WARNING } from '../../electron/cli/seal-verdict';
import { auditContentHash, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { translations } from '../../shared/i18n/resources';
import { testServices, type TestServices } from './helpers';
import { docxText, officeMissing, readDocx } from '../support/office';
import { seedEntity } from './support/report-fixture';

/** `patuh report` in-process, on real files: an exported audit file and a real data folder. */

let t: TestServices;
let auditFile: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-report-cli-'));

async function patuh(...argv: string[]) {
  const { code, out, err } = await cliOnDisk(argv);
  return { code, out, err };
}

beforeAll(async () => {
  t = testServices();
  const { units } = await seedEntity(t, { units: 3, photos: 2 });
  auditFile = join(out, 'unit.patuh-audit.json');
  t.desktop.queueSavePath(auditFile);
  await t.call('audits.export', { auditId: units[0]!.auditId });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('patuh report audit', () => {
  it('places the evidence photos found in the attachments folder', async () => {
    const docx = join(out, 'with-photos.docx');
    const r = await patuh('report', 'audit', auditFile, '--out', docx, '--lang', 'en', '--attachments', t.dataDir, '--institution', 'Ombudsman RI');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('2 of 2 evidence files included');
    const parts = await readDocx(readFileSync(docx));
    expect(parts.names.filter((n) => n.startsWith('word/media/'))).toHaveLength(2);
    expect(parts.headers).toContain('Ombudsman RI');
  });

  it('says in the report which evidence is not available instead of failing', async () => {
    const docx = join(out, 'example.docx');
    const r = await patuh('report', 'audit', 'docs/examples/audit-2023-ori-2022-2024.json', '--out', docx);
    expect(r.code).toBe(0);
    expect(r.err).toContain('6 evidence file(s) not found');
    const parts = await readDocx(readFileSync(docx));
    expect(parts.document).toContain('ramp-pintu-utama.jpg: berkas tidak tersedia saat laporan dibuat');
    // The content hash is on the sign-off page (issue 11), not in every footer.
    expect(parts.document).toContain('5a2c576df5a909ae2d35a24e236da8727b75becfe75deff582226e5b2306c6dd');
  });

  it('marks a draft audit file as a draft and explains bad input', async () => {
    const docx = join(out, 'draft.docx');
    expect((await patuh('report', 'audit', 'docs/examples/audit-2019-ori-2016-2021.json', '--out', docx, '--lang', 'en')).code).toBe(0);
    expect((await readDocx(readFileSync(docx))).headers).toContain(translations.en.reports.common.draftMark);

    expect((await patuh('report', 'audit', auditFile)).code).toBe(2);
    expect((await patuh('report', 'audit', auditFile, '--out', docx, '--lang', 'fr')).code).toBe(2);
    const unwritable = await patuh('report', 'audit', auditFile, '--out', join(auditFile, 'x.docx'));
    expect(unwritable).toMatchObject({ code: 1, err: expect.stringContaining(translations.en.errors.folderMissing) });
  });
});

describe('patuh report audit: credits and seals', () => {
  it.skipIf(!!officeMissing)('credits the answers of a format-2 file and shows its valid signature, its signer unknown to the command line', async () => {
    const docx = join(out, 'signed.docx');
    expect(await patuh('report', 'audit', auditFile, '--out', docx, '--attachments', t.dataDir)).toMatchObject({ code: 0, err: '' });
    const text = docxText(docx);
    expect(text).toMatch(/Dijawab oleh: Maria Goreti Seran \(\d+ jawaban\)\./);
    expect(text).toContain(`Tanda tangan digital sah — perangkat ${t.ctx.device.id} (tidak dikenal)`);
    expect(text).toContain(translations.id.reports.audit.signatureNote.unknown);
  }, 120_000);

  it('refuses a forged format-2 file: answers changed and the hash recomputed', async () => {
    const forged = JSON.parse(readFileSync(auditFile, 'utf8')) as AuditFileV2;
    forged.answers['IN-K1'] = forged.answers['IN-K1']!.map(() => 3);
    forged.contentHash = auditContentHash(toFormat1(forged));
    const path = join(out, 'forged.patuh-audit.json');
    writeFileSync(path, JSON.stringify(forged));
    const docx = join(out, 'forged.docx');
    const r = await patuh('report', 'audit', path, '--out', docx);
    expect(r).toMatchObject({ code: 1, err: expect.stringMatching(/refused: the seal signature does not match the content/) });
    expect(existsSync(docx)).toBe(false);
  });

  it.skipIf(!!officeMissing)('reports a sealed format-1 file with the unsigned warning on the sign-off page and on stderr, and no credits', async () => {
    const docx = join(out, 'format-1.docx');
    const r = await patuh('report', 'audit', 'docs/examples/audit-2023-ori-2022-2024.json', '--out', docx);
    expect(r.code).toBe(0);
    expect(r.err).toContain(UNSIGNED_WARNING);
    const text = docxText(docx);
    expect(text).toContain('Tanda tangan digital tidak ada');
    expect(text).toContain('Segel tidak bertanda tangan digital: tidak dapat diverifikasi.');
    expect(text).not.toContain('Dijawab oleh');
  }, 120_000);
});

describe('patuh report entity', () => {
  it('reads the data folder read-only and writes the institution report', async () => {
    const docx = join(out, 'entity.docx');
    const r = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'pemerintah kota kupang', '--period', '2023', '--out', docx);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Pemerintah Kota Kupang 2023, 3 units');
    const parts = await readDocx(readFileSync(docx));
    expect(parts.document).toContain(translations.id.reports.entity.rankingTitle);
    expect(parts.document).toContain('RSUD S.K. Lerik');
  });

  it('lists the entities when the name is unknown, and needs a year with audits', async () => {
    const unknown = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Kota Lain', '--period', '2023', '--out', join(out, 'x.docx'));
    expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining('Pemerintah Kota Kupang (') });
    const empty = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2019', '--out', join(out, 'x.docx'));
    expect(empty).toMatchObject({ code: 1, err: expect.stringContaining('no audit in 2019; years with audits: 2023') });
    expect((await patuh('report', 'entity', '--data', out, '--entity', 'x', '--period', '2023', '--out', 'x.docx')).code).toBe(1);
    expect((await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'x', '--period', 'soon', '--out', 'x.docx')).code).toBe(2);
    expect(existsSync(join(out, 'x.docx'))).toBe(false);
  });
});
