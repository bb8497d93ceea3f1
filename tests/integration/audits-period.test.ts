import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFixture } from './support/audit-fixture';
import { testServices, type TestServices } from './helpers';

/**
 * An audit cannot be started or moved to a year that has not begun. "This year" is the latest
 * local year anywhere in Indonesia (UTC+7 to +9), as for the sign-off date.
 */

let t: TestServices;
beforeEach(() => {
  t = testServices({ now: '2026-03-02T09:00:00.000Z' });
});
afterEach(() => t.dispose());

const futureYear = { path: 'period.year', message: 'validation.futureYear' };

describe('audit period', () => {
  it('refuses a year after the current one on create and on update', async () => {
    const { unit, auditId } = await auditFixture(t, { period: { year: 2026 } });
    const create = await t.fail('audits.create', {
      unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2030 }, auditors: [{ name: 'Maria Goreti Seran' }],
    });
    expect(create).toMatchObject({ code: 'VALIDATION', details: { issues: [expect.objectContaining(futureYear)] } });
    const update = await t.fail('audits.update', { auditId, period: { year: 2027 }, auditors: [{ name: 'Maria Goreti Seran' }] });
    expect(update).toMatchObject({ code: 'VALIDATION', details: { issues: [expect.objectContaining(futureYear)] } });
    expect((await t.call('audits.get', { auditId })).audit.period.year).toBe(2026);
  });

  it('takes the new year as begun once it has in eastern Indonesia (UTC+9)', async () => {
    const { unit } = await auditFixture(t);
    const create = () => ({ unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2027 }, auditors: [{ name: 'Maria Goreti Seran' }] });
    t.setNow('2026-12-31T14:59:00.000Z');
    expect((await t.fail('audits.create', create())).details?.issues).toEqual([expect.objectContaining(futureYear)]);
    t.setNow('2026-12-31T15:00:00.000Z');
    expect((await t.call('audits.create', create())).audit.period.year).toBe(2027);
  });
});
