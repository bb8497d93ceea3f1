import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../electron/i18n';
import { seedRegistry } from './findings-fixtures';
import { testServices, type TestServices } from './helpers';
import { recordProduct, TUNTAS } from './products-fixtures';

let s: TestServices;
let entityId: string;
let unitId: string;
beforeEach(async () => {
  s = testServices();
  await s.call('settings.update', { auditorName: 'Dewi Koordinator' });
  const seeded = await seedRegistry(s);
  entityId = seeded.entity.id;
  unitId = seeded.unit.id;
});
afterEach(() => s.dispose());

const id = (key: string) => (translator('id') as unknown as (k: string) => string)(key);

describe('Ombudsman products register', () => {
  it('records a product per entity and unit, lists it with filters, and shows it overdue once its due date passed', async () => {
    const lahp = await recordProduct(s, entityId, { unitId });
    const saran = await recordProduct(s, entityId, { kind: 'saran', number: 'SP-04/2026', issuedOn: '2026-02-01', dueOn: '2026-05-01', request: 'Sediakan kanal pengaduan daring' });
    expect(lahp).toMatchObject({ entityName: 'Pemerintah Kota Kupang', unitName: 'Dinas Dukcapil', kind: 'lahp', status: 'belum', overdue: true });
    expect(saran).toMatchObject({ unitId: null, overdue: false });

    expect((await s.call('ombudsman.list', { entityId })).map((p) => p.number)).toEqual(['SP-04/2026', '0012/LM/VIII/2025/KPG']);
    expect((await s.call('ombudsman.list', { unitId })).map((p) => p.id)).toEqual([lahp.id]);
    expect((await s.call('ombudsman.list', { kind: 'saran' })).map((p) => p.id)).toEqual([saran.id]);
    expect((await s.call('ombudsman.list', { year: 2025 })).map((p) => p.id)).toEqual([lahp.id]);
    expect((await s.call('ombudsman.list', { overdueOnly: true })).map((p) => p.id)).toEqual([lahp.id]);
    expect((await s.call('ombudsman.list', { search: 'akta kelahiran' })).map((p) => p.id)).toEqual([lahp.id]);
  });

  it('moves through the follow-up statuses and keeps every change in its history, with who and when', async () => {
    const p = await recordProduct(s, entityId, { unitId });
    await s.call('ombudsman.update', { id: p.id, fields: { unitId, kind: 'lahp', number: p.number, issuedOn: p.issuedOn, request: p.request, dueOn: '2025-10-11' } });
    await s.call('ombudsman.setStatus', { id: p.id, status: 'proses', note: 'Rancangan SK standar waktu disusun' });
    s.setNow('2026-03-05T10:00:00.000Z');
    const done = await s.call('ombudsman.setStatus', { id: p.id, ...TUNTAS, note: 'SK Kepala Dinas 12/2025 terbit' });
    expect(done).toMatchObject({ status: 'tuntas', completedBy: 'Yohana Lay', completedOn: '2025-09-01', overdue: false });

    const { history } = await s.call('ombudsman.get', { id: p.id });
    expect(history.map((h) => [h.kind, h.field, h.oldValue, h.newValue, h.note])).toEqual([
      ['created', null, null, '0012/LM/VIII/2025/KPG', 'lahp'],
      ['field', 'dueOn', '2025-09-11', '2025-10-11', ''],
      ['status', 'status', 'belum', 'proses', 'Rancangan SK standar waktu disusun'],
      ['field', 'completedBy', '', 'Yohana Lay', ''],
      ['field', 'completedOn', '', '2025-09-01', ''],
      ['status', 'status', 'proses', 'tuntas', 'SK Kepala Dinas 12/2025 terbit'],
    ]);
    expect(history.every((h) => h.actor === 'Dewi Koordinator')).toBe(true);
    expect(history.at(-1)!.at).toBe('2026-03-05T10:00:00.000Z');
  });

  it('a tuntas product is a record: edits and evidence are refused until its status is changed back with a reason', async () => {
    const p = await recordProduct(s, entityId);
    await s.call('ombudsman.setStatus', { id: p.id, ...TUNTAS });
    const fields = { kind: 'lahp' as const, number: 'X-1', issuedOn: p.issuedOn, request: p.request, dueOn: p.dueOn };
    expect(await s.fail('ombudsman.update', { id: p.id, fields })).toMatchObject({ code: 'READ_ONLY', message: 'ombudsman.refused.locked' });
    const pdf = { name: 'sk.pdf', mime: 'application/pdf' as const, base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
    expect(await s.fail('ombudsman.attach', { productId: p.id, file: pdf })).toMatchObject({ code: 'READ_ONLY' });

    const noReason = await s.fail('ombudsman.setStatus', { id: p.id, status: 'proses' });
    expect(noReason.details?.issues).toEqual([{ path: 'note', message: 'validation.reopenReason' }]);
    expect(id('validation.reopenReason')).toBe('Tuliskan alasan mengubah status produk yang sudah tuntas.');
    const reopened = await s.call('ombudsman.setStatus', { id: p.id, status: 'proses', note: 'Ombudsman menilai SK belum diumumkan' });
    // Back in progress, the completion is no longer claimed.
    expect(reopened).toMatchObject({ status: 'proses', completedBy: '', completedOn: null });
    const linked = await s.call('ombudsman.attach', { productId: p.id, file: pdf });
    expect((await s.call('ombudsman.get', { id: p.id })).attachments).toEqual([linked]);
    expect((await s.call('ombudsman.list', { entityId }))[0]!.attachmentCount).toBe(1);
  });

  it('keeps evidence through the same store as ISO findings, with history', async () => {
    const p = await recordProduct(s, entityId);
    const pdf = { name: 'surat-tindak-lanjut.pdf', mime: 'application/pdf' as const, base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
    const linked = await s.call('ombudsman.attach', { productId: p.id, file: pdf });
    await s.call('ombudsman.detach', { productId: p.id, sha256: linked.sha256 });
    const { history, attachments } = await s.call('ombudsman.get', { id: p.id });
    expect(attachments).toEqual([]);
    expect(history.slice(1).map((h) => [h.kind, h.newValue ?? h.oldValue])).toEqual([
      ['attachmentAdded', 'surat-tindak-lanjut.pdf'],
      ['attachmentRemoved', 'surat-tindak-lanjut.pdf'],
    ]);
  });
});

describe('Ombudsman products: refused input, with clear messages and nothing saved', () => {
  it('tuntas requires a named person and a date, not in the future and not before the product', async () => {
    const p = await recordProduct(s, entityId);
    const missing = await s.fail('ombudsman.setStatus', { id: p.id, status: 'tuntas' });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.details?.issues?.map((i) => [i.path, i.message])).toEqual([
      ['completedBy', 'validation.required'],
      ['completedOn', 'validation.required'],
    ]);
    const future = await s.fail('ombudsman.setStatus', { id: p.id, ...TUNTAS, completedOn: '2026-03-03' });
    expect(future.details?.issues).toEqual([{ path: 'completedOn', message: 'validation.dateInFuture' }]);
    const early = await s.fail('ombudsman.setStatus', { id: p.id, ...TUNTAS, completedOn: '2025-08-11' });
    expect(early.details?.issues).toEqual([{ path: 'completedOn', message: 'validation.completedBeforeIssued' }]);
    expect(id('validation.completedBeforeIssued')).toBe('Tanggal tuntas tidak boleh sebelum tanggal produk.');
    const blank = await s.fail('ombudsman.setStatus', { id: p.id, ...TUNTAS, completedBy: '   ' });
    expect(blank.details?.issues?.[0]).toMatchObject({ path: 'completedBy', message: 'validation.required' });
    const same = await s.fail('ombudsman.setStatus', { id: p.id, status: 'belum' });
    expect(same).toMatchObject({ code: 'CONFLICT', message: 'ombudsman.refused.sameStatus' });

    const { product, history } = await s.call('ombudsman.get', { id: p.id });
    expect(product.status).toBe('belum');
    expect(history).toHaveLength(1);
  });

  it('refuses a due date before the product date, a future product date, an unknown kind and a unit of another entity', async () => {
    const base = { kind: 'lha', number: 'LHA-7/2025', issuedOn: '2025-08-12', request: 'Perbaiki alur pengaduan', dueOn: '2025-09-01' };
    const due = await s.fail('ombudsman.create', { entityId, fields: { ...base, dueOn: '2025-08-01' } });
    expect(due.details?.issues).toEqual([{ path: 'fields.dueOn', message: 'validation.dueBeforeIssued' }]);
    expect(id('validation.dueBeforeIssued')).toBe('Tenggat tidak boleh sebelum tanggal produk.');
    const future = await s.fail('ombudsman.create', { entityId, fields: { ...base, issuedOn: '2026-03-10', dueOn: '2026-04-10' } });
    expect(future.details?.issues).toEqual([{ path: 'fields.issuedOn', message: 'validation.dateInFuture' }]);
    const kind = await s.fail('ombudsman.create', { entityId, fields: { ...base, kind: 'teguran' } });
    expect(kind.details?.issues?.[0]).toMatchObject({ path: 'fields.kind', message: 'validation.invalidOption' });
    const other = await s.call('entities.create', { kind: 'pemkab', name: 'Pemerintah Kabupaten Kupang' });
    const wrongUnit = await s.fail('ombudsman.create', { entityId: other.id, fields: { ...base, unitId } });
    expect(wrongUnit.details?.issues).toEqual([{ path: 'fields.unitId', message: 'validation.unitNotInEntity' }]);
    const noNumber = await s.fail('ombudsman.create', { entityId, fields: { ...base, number: '' } });
    expect(noNumber.details?.issues?.[0]).toMatchObject({ path: 'fields.number', message: 'validation.required' });
    expect(await s.call('ombudsman.list', {})).toEqual([]);
  });

  it('the database itself refuses a tuntas without a person and date, and history that is changed', async () => {
    const p = await recordProduct(s, entityId);
    s.close();
    const db = new Database(join(s.dataDir, 'patuh.sqlite'));
    try {
      expect(() => db.prepare("UPDATE ombudsman_products SET status = 'tuntas' WHERE id = ?").run(p.id)).toThrow(/CHECK constraint/);
      expect(() => db.prepare('DELETE FROM ombudsman_product_history').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
