import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, SIGN_OFF } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

/** Kupang: a green 2023 audit (sealed) and a red 2024 draft; Ambon: a yellow 2023 draft. */
async function threeAudits() {
  const kupang = await auditFixture(t);
  await answerAll(t, kupang.auditId, () => 3);
  await t.call('audits.seal', { auditId: kupang.auditId, signOff: SIGN_OFF });
  const red = await t.call('audits.create', { unitId: kupang.unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2024 }, auditors: [{ name: 'Yohanes Bria' }] });

  const ambon = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Ambon' });
  const rsud = await t.call('units.create', { entityId: ambon.id, fields: { name: 'RSUD Haulussy' } });
  const yellow = await t.call('audits.create', { unitId: rsud.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023, label: 'Semester 2' }, auditors: [{ name: 'Siti Rahma' }] });
  await answerAll(t, yellow.audit.id, () => 2);
  return { kupang, redId: red.audit.id, yellowId: yellow.audit.id, ambon, rsud };
}

describe('audits.list', () => {
  it('lists every audit with names, template, status, score, zone, grade and progress', async () => {
    const { kupang, redId, yellowId } = await threeAudits();
    const rows = await t.call('audits.list', {});
    expect(rows.map((r) => r.id)).toEqual([redId, yellowId, kupang.auditId]);
    expect(rows.find((r) => r.id === kupang.auditId)).toMatchObject({
      entityName: 'Pemerintah Kota Kupang', unitName: 'Dinas Kependudukan dan Pencatatan Sipil', period: { year: 2023 },
      template: { id: 'ori-2022-2024', version: 1 }, status: 'final', score: 100, zone: 'green', grade: 'A', progress: 100,
      sealedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(rows.find((r) => r.id === yellowId)).toMatchObject({ score: 66.67, zone: 'yellow', grade: 'C', status: 'draft', progress: 100 });
    expect(rows.find((r) => r.id === redId)).toMatchObject({ score: 0, zone: 'red', grade: 'E', progress: 0 });
  });

  it('filters by entity, unit, period, status and zone, and searches', async () => {
    const { kupang, redId, yellowId, ambon, rsud } = await threeAudits();
    const ids = async (filter: Parameters<typeof t.call<'audits.list'>>[1]) => (await t.call('audits.list', filter)).map((r) => r.id).sort();
    expect(await ids({ entityId: ambon.id })).toEqual([yellowId]);
    expect(await ids({ unitId: kupang.unit.id })).toEqual([redId, kupang.auditId].sort());
    expect(await ids({ unitId: rsud.id, year: 2024 })).toEqual([]);
    expect(await ids({ year: 2023 })).toEqual([yellowId, kupang.auditId].sort());
    expect(await ids({ status: 'final' })).toEqual([kupang.auditId]);
    expect(await ids({ zone: 'yellow' })).toEqual([yellowId]);
    expect(await ids({ zone: 'red', entityId: kupang.entity.id })).toEqual([redId]);
    expect(await ids({ search: 'haulussy' })).toEqual([yellowId]);
    expect(await ids({ search: 'semester' })).toEqual([yellowId]);
    expect(await ids({ search: 'Bria' })).toEqual([redId, kupang.auditId].sort());
    expect(await ids({ search: 'ori-2022' })).toHaveLength(3);
    expect(await ids({ search: '100%' })).toEqual([]);
  });

  it('reads the zone from the zone-policy setting', async () => {
    const { yellowId } = await threeAudits();
    await t.call('settings.update', { zonePolicy: { green: 60, yellow: 40 } });
    expect((await t.call('audits.list', { zone: 'green' })).map((r) => r.id)).toContain(yellowId);
    expect((await t.call('audits.get', { auditId: yellowId })).score).toMatchObject({ policy: { green: 60, yellow: 40 }, unit: { zone: 'green' } });
  });
});
