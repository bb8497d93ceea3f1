import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnDisk } from './support/cli-on-disk';
import { translations } from '../../shared/i18n/resources';
import { readDocx } from '../support/office';
import { testServices, type TestServices } from './helpers';
import { recordProduct, TUNTAS } from './products-fixtures';
import { seedEntity } from './support/report-fixture';

/**
 * The entity report and the command line name the Ombudsman products that stand in the way of
 * "Tanpa Maladministrasi", from real services on a real data folder (two units audited in 2023).
 */
let t: TestServices;
let entityId: string;
let open: { id: string };
const out = mkdtempSync(join(tmpdir(), 'patuh-products-report-'));

async function patuh(...argv: string[]) {
  const { code, all } = await cliOnDisk(argv);
  return { code, out: all };
}
async function reportText(name: string, language: 'id' | 'en') {
  const path = join(out, name);
  t.desktop.queueSavePath(path);
  await t.call('reports.exportEntity', { entityId, year: 2023, language });
  return (await readDocx(readFileSync(path))).document;
}

beforeAll(async () => {
  t = testServices();
  const seeded = await seedEntity(t, { units: 2 });
  entityId = seeded.entity.id;
  const done = await recordProduct(t, entityId, { number: 'LAHP-1/2023', issuedOn: '2023-03-01', dueOn: '2023-04-01', unitId: seeded.units[0]!.id });
  await t.call('ombudsman.setStatus', { id: done.id, ...TUNTAS, completedOn: '2023-03-20' });
  open = await recordProduct(t, entityId, { kind: 'rekomendasi', number: 'REK-2/2023', issuedOn: '2023-05-02', dueOn: '2023-07-01' });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('Ombudsman products in the entity report and the CLI', () => {
  it('the report names the product that stands in the way, then says all are tuntas once it is', async () => {
    const id = translations.id.ombudsman;
    const blocked = await reportText('blocked.docx', 'id');
    expect(blocked).toContain(id.report.title);
    expect(blocked).toContain('REK-2/2023');
    expect(blocked).toContain('1 dari 2 produk Ombudsman sampai 2023 belum tuntas');
    expect(blocked).not.toContain('LAHP-1/2023');

    await t.call('ombudsman.setStatus', { id: open.id, ...TUNTAS, completedOn: '2023-06-20' });
    const clear = await reportText('clear.docx', 'id');
    expect(clear).toContain('Semua 2 produk Ombudsman sampai 2023 sudah tuntas.');
    expect(clear).not.toContain('REK-2/2023');
    // 2023 was assessed with the 2022-2024 method, which has no qualifier: said, not added.
    expect(clear).toContain('Metode penilaian tahun ini belum mengenal kualifikasi');
    const en = await reportText('clear-en.docx', 'en');
    expect(en).toContain(translations.en.ombudsman.report.title);
    await t.call('ombudsman.setStatus', { id: open.id, status: 'proses', note: 'Dibuka kembali untuk uji CLI' });
  });

  it('`patuh products` and `patuh report entity` print the products that stand in the way', async () => {
    const list = await patuh('products', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2023');
    expect(list.code).toBe(0);
    expect(list.out).toContain('2 Ombudsman product(s)');
    expect(list.out).toContain('1 of 2 up to 2023 not tuntas, so no "Tanpa Maladministrasi"');
    expect(list.out).toMatch(/REKOMENDASI REK-2\/2023 \(whole institution\), dated 2023-05-02, due 2023-07-01 OVERDUE: proses/);

    const report = await patuh('report', 'entity', '--data', t.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2023', '--out', join(out, 'cli.docx'));
    expect(report.code).toBe(0);
    expect(report.out).toContain('REK-2/2023');
    expect((await readDocx(readFileSync(join(out, 'cli.docx')))).document).toContain('REK-2/2023');

    const usage = await patuh('products', '--data', t.dataDir);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('missing --entity');
  });
});
