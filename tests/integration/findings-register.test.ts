import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { findingAt, raise, seedRegistry } from './findings-fixtures';

let s: TestServices;
let ids: Awaited<ReturnType<typeof seedRegistry>>;
beforeEach(async () => {
  s = testServices();
  ids = await seedRegistry(s);
});
afterEach(() => s.dispose());

const count = (table: string) => (s.ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('findings register: validation saves nothing', () => {
  it('refuses an empty statement and an unknown clause with a message per field', async () => {
    const error = await s.fail('findings.create', {
      entityId: ids.entity.id,
      fields: { clause: '11.2', grade: 'major', statement: '   ', foundOn: '2026-02-10' },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toEqual([
      { path: 'fields.clause', message: 'validation.unknownClause' },
      { path: 'fields.statement', message: 'validation.required' },
    ]);
    expect((await s.fail('findings.create', { entityId: ids.entity.id, fields: { clause: '8', grade: 'minor', statement: 'x', foundOn: '2026-02-10' } })).details?.issues)
      .toEqual([{ path: 'fields.clause', message: 'validation.unknownClause' }]);
    expect(count('findings')).toBe(0);
    expect(count('finding_history')).toBe(0);
  });

  it('refuses a finding dated after today, or in a unit of another institution', async () => {
    expect((await s.fail('findings.create', { entityId: ids.entity.id, fields: { clause: '8.5.1', grade: 'major', statement: 'x', foundOn: '2026-03-03' } })).details?.issues)
      .toEqual([{ path: 'foundOn', message: 'validation.dateInFuture' }]);
    const other = await s.call('entities.create', { kind: 'pemprov', name: 'Pemerintah Provinsi NTT' });
    expect((await s.fail('findings.create', { entityId: other.id, fields: { unitId: ids.unit.id, clause: '8.5.1', grade: 'major', statement: 'x', foundOn: '2026-02-10' } })).details?.issues)
      .toEqual([{ path: 'unitId', message: 'validation.unitNotInEntity' }]);
    expect(count('findings')).toBe(0);
  });

  it('refuses an action due before the finding date, and a finding date moved past its actions', async () => {
    const f = await raise(s, ids.entity.id, { foundOn: '2026-02-10' });
    const history = count('finding_history');
    const error = await s.fail('findings.addAction', { findingId: f.id, fields: { description: 'Latih petugas', owner: 'Kasi', dueDate: '2026-02-09' } });
    expect(error.details?.issues).toEqual([{ path: 'dueDate', message: 'validation.dueBeforeFound' }]);
    expect(count('finding_actions')).toBe(0);
    expect(count('finding_history')).toBe(history);

    await s.call('findings.addAction', { findingId: f.id, fields: { description: 'Latih petugas', owner: 'Kasi', dueDate: '2026-02-15' } });
    const moved = await s.fail('findings.update', { id: f.id, fields: { clause: '8.5.1', grade: 'major', statement: 'x', foundOn: '2026-02-20' } });
    expect(moved.details?.issues).toEqual([{ path: 'foundOn', message: 'validation.foundAfterDue' }]);
    expect((await s.call('findings.get', { id: f.id })).finding.foundOn).toBe('2026-02-10');
  });

  it('refuses to close an unverified nonconformity and leaves it as it was', async () => {
    const { id } = await findingAt(s, ids.entity.id, 'implemented');
    const before = await s.call('findings.get', { id });
    expect(await s.fail('findings.transition', { id, command: 'close' })).toMatchObject({ code: 'CONFLICT', message: 'findings.refused.needsVerification' });
    expect(await s.call('findings.get', { id })).toEqual(before);
  });
});

describe('findings register: records, history and lists', () => {
  it('numbers findings and keeps each edited field in the history, old and new', async () => {
    await s.call('settings.update', { auditorName: 'Dewi' });
    const first = await raise(s, ids.entity.id);
    const second = await raise(s, ids.entity.id, { unitId: ids.unit.id, grade: 'minor' });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second).toMatchObject({ unitName: 'Dinas Dukcapil', entityName: 'Pemerintah Kota Kupang', status: 'open', overdue: false, ageDays: 20 });

    s.setNow('2026-03-02T10:30:00.000Z');
    await s.call('findings.update', { id: second.id, fields: { unitId: null, clause: '7.5.3', grade: 'major', statement: second.statement, foundOn: '2026-02-10', requirement: second.requirement, auditor: 'Maria Dami' } });
    const { history } = await s.call('findings.get', { id: second.id });
    expect(history.slice(1).map((h) => [h.field, h.oldValue, h.newValue, h.actor, h.at])).toEqual([
      ['unit', 'Dinas Dukcapil', '', 'Dewi', '2026-03-02T10:30:00.000Z'],
      ['clause', '8.5.1', '7.5.3', 'Dewi', '2026-03-02T10:30:00.000Z'],
      ['grade', 'minor', 'major', 'Dewi', '2026-03-02T10:30:00.000Z'],
    ]);
  });

  it('filters by unit, clause (with sub-clauses), grade, status, owner, due date and text', async () => {
    const e = ids.entity.id;
    const a = await raise(s, e, { unitId: ids.unit.id, clause: '8.5.1', statement: 'Antrean tidak tercatat' });
    const b = await raise(s, e, { clause: '8.5', grade: 'minor', statement: 'SOP 50% belum diperbarui' });
    const c = await raise(s, e, { clause: '9.2', grade: 'observation', statement: 'Jadwal audit internal terlambat' });
    await s.call('findings.addAction', { findingId: a.id, fields: { description: 'Pasang sistem antrean', owner: 'Budi', dueDate: '2026-02-20' } });
    await s.call('findings.addAction', { findingId: b.id, fields: { description: 'Perbarui SOP', owner: 'Sari', dueDate: '2026-03-10' } });
    const list = async (filter: Record<string, unknown>) => (await s.call('findings.list', filter)).map((f) => f.number).sort();

    expect(await list({ unitId: ids.unit.id })).toEqual([a.number]);
    expect(await list({ clause: '8.5' })).toEqual([a.number, b.number]);
    expect(await list({ clause: '8.5.1' })).toEqual([a.number]);
    expect(await list({ grade: 'observation' })).toEqual([c.number]);
    expect(await list({ status: 'open' })).toEqual([a.number, b.number, c.number]);
    expect(await list({ owner: 'sari' })).toEqual([b.number]);
    expect(await list({ dueFrom: '2026-03-01', dueTo: '2026-03-31' })).toEqual([b.number]);
    expect(await list({ overdueOnly: true })).toEqual([a.number]);
    expect(await list({ search: '50%' })).toEqual([b.number]);
    expect(await list({ search: 'antrean' })).toEqual([a.number]);
    expect(await list({ search: `#${c.number}` })).toEqual([c.number]);
    expect(await s.call('findings.owners', {})).toEqual(['Budi', 'Sari']);
  });

  it('computes overdue from today: due yesterday is late, due today is not, done or verified never is', async () => {
    const f = await raise(s, ids.entity.id);
    const action = await s.call('findings.addAction', { findingId: f.id, fields: { description: 'Latih petugas', owner: 'Kasi', dueDate: '2026-03-02' } });
    expect(action.overdue).toBe(false);
    s.setNow('2026-03-03T09:00:00.000Z');
    expect((await s.call('findings.get', { id: f.id })).actions[0]!.overdue).toBe(true);
    expect((await s.call('findings.list', { overdueOnly: true })).map((x) => x.id)).toEqual([f.id]);
    await s.call('findings.completeAction', { id: action.id, doneOn: '2026-03-03' });
    expect(await s.call('findings.list', { overdueOnly: true })).toEqual([]);
  });
});

describe('quality manager dashboard', () => {
  it('counts open findings by clause, grade, status and age, and lists late and due-soon actions', async () => {
    const e = ids.entity.id;
    const late = await raise(s, e, { clause: '8.5.1', foundOn: '2025-11-20' });
    const soon = await raise(s, e, { clause: '8.5.2', grade: 'minor', foundOn: '2026-02-01' });
    await raise(s, e, { clause: '7.5.3', grade: 'observation', foundOn: '2026-02-25' });
    await findingAt(s, e, 'closed', { clause: '9.2' });
    await s.call('findings.addAction', { findingId: late.id, fields: { description: 'Latih petugas', owner: 'Budi', dueDate: '2026-02-20' } });
    await s.call('findings.addAction', { findingId: soon.id, fields: { description: 'Perbarui SOP', owner: 'Sari', dueDate: '2026-03-10' } });
    await s.call('findings.addAction', { findingId: soon.id, fields: { description: 'Audit ulang', owner: 'Sari', dueDate: '2026-04-30' } });

    const d = await s.call('findings.dashboard', { entityId: e });
    expect(d.today).toBe('2026-03-02');
    expect(d.dueSoonDays).toBe(14);
    expect(d.totals).toEqual({ all: 4, open: 3, overdue: 1, dueSoon: 1, closed: 1 });
    expect(d.openByClause).toEqual([{ clause: '7.5', count: 1 }, { clause: '8.5', count: 2 }]);
    expect(d.openByGrade).toEqual([{ grade: 'major', count: 1 }, { grade: 'minor', count: 1 }, { grade: 'observation', count: 1 }, { grade: 'ofi', count: 0 }]);
    expect(d.byStatus.find((x) => x.status === 'closed')!.count).toBe(1);
    expect(d.aging).toEqual([{ bucket: '0-30', count: 2 }, { bucket: '31-60', count: 0 }, { bucket: '61-90', count: 0 }, { bucket: '90+', count: 1 }]);
    expect(d.overdue).toEqual([expect.objectContaining({ findingNumber: late.number, owner: 'Budi', dueDate: '2026-02-20', daysLeft: -10, clause: '8.5.1' })]);
    expect(d.dueSoon).toEqual([expect.objectContaining({ findingNumber: soon.number, description: 'Perbarui SOP', daysLeft: 8 })]);
    // The window follows the setting, or what the page passes.
    expect((await s.call('findings.dashboard', { dueSoonDays: 60 })).dueSoon).toHaveLength(2);
    await s.call('settings.update', { dueSoonDays: 5 });
    expect((await s.call('findings.dashboard', {})).dueSoon).toEqual([]);
  });
});
