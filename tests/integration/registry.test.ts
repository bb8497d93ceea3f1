import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';

let s: TestServices;
beforeEach(() => { s = testServices(); });
afterEach(() => s.dispose());

describe('registry service on a real database', () => {
  it('creates, edits, lists and searches entities', async () => {
    const kupang = await s.call('entities.create', { kind: 'pemkot', name: '  Pemerintah Kota Kupang ', province: 'NTT' });
    expect(kupang).toMatchObject({ name: 'Pemerintah Kota Kupang', kind: 'pemkot', unitCount: 0, archivedAt: null });
    await s.call('entities.create', { kind: 'pemprov', name: 'Pemerintah Provinsi Jawa Timur' });
    expect((await s.call('entities.list', { search: 'kupang' })).map((e) => e.name)).toEqual(['Pemerintah Kota Kupang']);
    expect((await s.call('entities.list', { search: 'ntt' })).map((e) => e.name)).toEqual(['Pemerintah Kota Kupang']);
    expect(await s.call('entities.list', { search: '%' })).toEqual([]);

    s.setNow('2026-03-03T10:00:00.000Z');
    const edited = await s.call('entities.update', { id: kupang.id, fields: { kind: 'pemkot', name: 'Pemerintah Kota Kupang', notes: 'Ibu kota NTT' } });
    expect(edited.notes).toBe('Ibu kota NTT');
    expect(edited.updatedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(edited.createdAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('archives and restores without deleting, and hides archived rows by default', async () => {
    const e = await s.call('entities.create', { kind: 'lembaga', name: 'Badan Pertanahan Nasional' });
    await s.call('entities.archive', { id: e.id, archived: true });
    expect(await s.call('entities.list', {})).toEqual([]);
    expect(await s.call('entities.list', { includeArchived: true })).toHaveLength(1);
    const restored = await s.call('entities.archive', { id: e.id, archived: false });
    expect(restored.archivedAt).toBeNull();
  });

  it('keeps units and products under their parents, counting only active ones', async () => {
    const e = await s.call('entities.create', { kind: 'pemkab', name: 'Pemerintah Kabupaten Maluku Tenggara' });
    const unit = await s.call('units.create', { entityId: e.id, fields: { name: 'Dinas Kesehatan', category: 'Kesehatan' } });
    const p1 = await s.call('products.create', { unitId: unit.id, fields: { name: 'Surat keterangan sehat' } });
    await s.call('products.create', { unitId: unit.id, fields: { name: 'Izin praktik' } });
    await s.call('products.archive', { id: p1.id, archived: true });
    expect((await s.call('units.get', { id: unit.id })).productCount).toBe(1);
    expect((await s.call('entities.get', { id: e.id })).unitCount).toBe(1);
    expect((await s.call('products.list', { unitId: unit.id })).map((p) => p.name)).toEqual(['Izin praktik']);
  });

  it('refuses a duplicate name, an archived parent and an unknown id with typed errors', async () => {
    const e = await s.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
    expect(await s.fail('entities.create', { kind: 'pemkot', name: 'PEMERINTAH KOTA KUPANG' })).toEqual({
      code: 'VALIDATION', message: 'errors.validation', details: { issues: [{ path: 'name', message: 'validation.duplicateName' }] },
    });
    await s.call('entities.archive', { id: e.id, archived: true });
    expect((await s.fail('units.create', { entityId: e.id, fields: { name: 'Dinas Dukcapil' } })).code).toBe('READ_ONLY');
    expect((await s.fail('entities.get', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(await s.call('entities.list', { includeArchived: true })).toHaveLength(1);
  });
});
