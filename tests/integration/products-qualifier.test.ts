import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { qualifiedOpinion, TANPA_MALADMINISTRASI } from '../../shared/opini/maladministration';
import { seedRegistry } from './findings-fixtures';
import { testServices, type TestServices } from './helpers';
import { recordProduct, TUNTAS } from './products-fixtures';

/**
 * "Tanpa Maladministrasi" through the services: on only when every Ombudsman product of the
 * period (issued up to 31 December of the year) is tuntas; off while one is not; not added when
 * none is recorded.
 */
let s: TestServices;
let entityId: string;
beforeEach(async () => {
  s = testServices();
  entityId = (await seedRegistry(s)).entity.id;
});
afterEach(() => s.dispose());

const TINGGI = { id: 'Kualitas Tinggi', en: 'High quality' };

describe('the Tanpa Maladministrasi qualifier', () => {
  it('is off while any product of the period is not tuntas, and names those products; on when all are', async () => {
    const a = await recordProduct(s, entityId, { number: 'LAHP-1/2025' });
    const b = await recordProduct(s, entityId, { kind: 'lha', number: 'LHA-2/2025', dueOn: '2025-10-01' });
    const c = await recordProduct(s, entityId, { kind: 'rekomendasi', number: 'REK-3/2025', dueOn: '2025-12-01' });
    await s.call('ombudsman.setStatus', { id: a.id, ...TUNTAS });
    await s.call('ombudsman.setStatus', { id: b.id, status: 'proses', note: '' });

    const blocked = await s.call('ombudsman.standing', { entityId, year: 2025 });
    expect(blocked).toMatchObject({ verdict: 'blocked', counted: 3, tuntas: 1 });
    expect(blocked.blocking.map((p) => [p.number, p.status])).toEqual([['LHA-2/2025', 'proses'], ['REK-3/2025', 'belum']]);
    const qualifier = { ...blocked, qualifier: TANPA_MALADMINISTRASI };
    expect(qualifiedOpinion(TINGGI, qualifier).id).toBe('Kualitas Tinggi');

    await s.call('ombudsman.setStatus', { id: b.id, ...TUNTAS });
    await s.call('ombudsman.setStatus', { id: c.id, ...TUNTAS, completedOn: '2026-01-15' });
    const clear = await s.call('ombudsman.standing', { entityId, year: 2025 });
    expect(clear).toMatchObject({ verdict: 'qualifies', counted: 3, tuntas: 3, blocking: [] });
    expect(qualifiedOpinion(TINGGI, { ...clear, qualifier: TANPA_MALADMINISTRASI }).id).toBe('Kualitas Tinggi Tanpa Maladministrasi');

    // Reopening one takes the qualifier away again.
    await s.call('ombudsman.setStatus', { id: c.id, status: 'proses', note: 'Ombudsman: rekomendasi belum dilaksanakan penuh' });
    expect((await s.call('ombudsman.standing', { entityId, year: 2025 })).verdict).toBe('blocked');
  });

  it('counts products issued up to the end of the year: an open older one stands in the way, a later one does not', async () => {
    const old = await recordProduct(s, entityId, { number: 'LAHP-9/2024', issuedOn: '2024-05-02', dueOn: '2024-06-01' });
    await recordProduct(s, entityId, { number: 'SP-1/2026', kind: 'saran', issuedOn: '2026-01-20', dueOn: '2026-04-20' });
    const y2025 = await s.call('ombudsman.standing', { entityId, year: 2025 });
    expect(y2025).toMatchObject({ verdict: 'blocked', counted: 1 });
    expect(y2025.blocking[0]).toMatchObject({ number: 'LAHP-9/2024', overdue: true });

    await s.call('ombudsman.setStatus', { id: old.id, ...TUNTAS, completedOn: '2025-03-01' });
    expect((await s.call('ombudsman.standing', { entityId, year: 2025 })).verdict).toBe('qualifies');
    // In 2026 the open advice of January counts.
    expect((await s.call('ombudsman.standing', { entityId, year: 2026 })).verdict).toBe('blocked');
    // Before any product was issued there was nothing to follow up: not judged.
    expect((await s.call('ombudsman.standing', { entityId, year: 2023 })).verdict).toBe('noProducts');
  });

  it('is not added when no product is recorded, and another entity’s products do not count', async () => {
    const other = await s.call('entities.create', { kind: 'pemkab', name: 'Pemerintah Kabupaten Kupang' });
    await recordProduct(s, other.id);
    const standing = await s.call('ombudsman.standing', { entityId, year: 2025 });
    expect(standing).toMatchObject({ verdict: 'noProducts', counted: 0, blocking: [] });
    expect(qualifiedOpinion(TINGGI, { ...standing, qualifier: TANPA_MALADMINISTRASI }).id).toBe('Kualitas Tinggi');
  });

  it('takes the qualifier words from the 2025 method the entity was assessed with', async () => {
    const unit = await s.call('units.create', { entityId, fields: { name: 'Puskesmas Oebobo' } });
    await s.call('audits.create', { unitId: unit.id, template: { id: 'ori-opini-2025', version: 1 }, period: { year: 2025 }, auditors: [{ name: 'Maria Goreti Seran' }] });
    const p = await recordProduct(s, entityId);
    await s.call('ombudsman.setStatus', { id: p.id, ...TUNTAS });
    const standing = await s.call('ombudsman.standing', { entityId, year: 2025 });
    expect(standing.qualifier?.id).toBe('Tanpa Maladministrasi');
    expect(qualifiedOpinion(TINGGI, standing)).toEqual({ id: 'Kualitas Tinggi Tanpa Maladministrasi', en: 'High quality, free of maladministration' });
  });

  it('takes no qualifier words from a method that has none (2022-2024), and refuses an unknown entity', async () => {
    const standing = await s.call('ombudsman.standing', { entityId, year: 2024 });
    expect(standing.qualifier).toBeNull();
    expect(await s.fail('ombudsman.standing', { entityId: '00000000-0000-4000-8000-000000000000', year: 2025 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
