import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AGING_BUCKETS, FINDING_GRADES, FINDING_STATUSES, type DueItem, type FindingSummary, type FindingsDashboard,
} from '../../shared/domain/findings';
import { compareClauses, findClause } from '../../shared/iso/clauses';
import { daysBetween } from '../../shared/iso/dates';
import { isDueSoon, isOverdue } from '../../shared/iso/due';
import { isOpenStatus } from '../../shared/iso/workflow';
import { testServices, type TestServices } from './helpers';
import { seedVariedRegister } from './findings-fixtures';

// The dashboard is counted by the database (issue 10). It must give what the computation in JS
// over every finding gave before: that computation is written out here as it was, from the
// register's rows and each finding's actions.
let s: TestServices;
let ids: Awaited<ReturnType<typeof seedVariedRegister>>;
beforeEach(async () => {
  s = testServices();
  ids = await seedVariedRegister(s);
});
afterEach(() => s.dispose());

const TODAY = '2026-03-02';
type Scope = { entityId?: string; unitId?: string };

/** Late and due-soon actions of these findings, as the old dashboard listed them (actions in the order entered). */
async function dueOf(findings: FindingSummary[], days: number, order: Map<string, number>) {
  const due = { overdue: [] as DueItem[], dueSoon: [] as DueItem[] };
  for (const f of findings) {
    const { actions } = await s.call('findings.get', { id: f.id });
    for (const a of actions) {
      const item: DueItem = {
        actionId: a.id, findingId: f.id, findingNumber: f.number, entityName: f.entityName, unitName: f.unitName, clause: f.clause,
        grade: f.grade, statement: f.statement, description: a.description, owner: a.owner, dueDate: a.dueDate, daysLeft: daysBetween(TODAY, a.dueDate),
      };
      if (isOverdue(a, f.status, TODAY)) due.overdue.push(item);
      if (isDueSoon(a, f.status, TODAY, days)) due.dueSoon.push(item);
    }
  }
  const entered = (a: DueItem, b: DueItem) => order.get(a.actionId)! - order.get(b.actionId)!;
  return { overdue: due.overdue.sort(entered), dueSoon: due.dueSoon.sort(entered) };
}

/** The dashboard as computed in JS before issue 10 (shared/iso/dashboard.ts summarizeFindings at 98cf10b). */
function before(findings: FindingSummary[], due: { overdue: DueItem[]; dueSoon: DueItem[] }, order: Map<string, number>, days: number): FindingsDashboard {
  const open = findings.filter((f) => isOpenStatus(f.status));
  const clauseCounts = new Map<string, number>();
  for (const f of open) {
    const group = findClause(f.clause)?.group ?? f.clause;
    clauseCounts.set(group, (clauseCounts.get(group) ?? 0) + 1);
  }
  const bucket = (d: number) => (d <= 30 ? '0-30' : d <= 60 ? '31-60' : d <= 90 ? '61-90' : '90+');
  // Equal due dates went by finding number, then as the actions were entered.
  const byDue = (a: DueItem, b: DueItem) => a.dueDate.localeCompare(b.dueDate) || a.findingNumber - b.findingNumber || order.get(a.actionId)! - order.get(b.actionId)!;
  return {
    today: TODAY,
    dueSoonDays: days,
    totals: { all: findings.length, open: open.length, overdue: due.overdue.length, dueSoon: due.dueSoon.length, closed: findings.filter((f) => f.status === 'closed').length },
    openByClause: [...clauseCounts].map(([clause, count]) => ({ clause, count })).sort((a, b) => compareClauses(a.clause, b.clause)),
    openByGrade: FINDING_GRADES.map((grade) => ({ grade, count: open.filter((f) => f.grade === grade).length })),
    byStatus: FINDING_STATUSES.map((status) => ({ status, count: findings.filter((f) => f.status === status).length })),
    aging: AGING_BUCKETS.map((b) => ({ bucket: b, count: open.filter((f) => bucket(f.ageDays) === b).length })),
    overdue: [...due.overdue].sort(byDue),
    dueSoon: [...due.dueSoon].sort(byDue),
  };
}

/** Action ids in the order they were entered (rowid), for ties on the due date. */
const enteredOrder = () =>
  new Map((s.ctx.db.prepare('SELECT id FROM finding_actions ORDER BY rowid').all() as { id: string }[]).map((r, i) => [r.id, i]));

describe('findings dashboard counted in SQL', () => {
  it('equals the JS computation over every finding, for every scope and due-soon window', async () => {
    const scopes: Scope[] = [{}, { entityId: ids.kupang }, { entityId: ids.kupang, unitId: ids.rsud }, { entityId: ids.ntt }, { entityId: ids.ntt, unitId: ids.dukcapil }];
    const order = enteredOrder();
    for (const scope of scopes) {
      const findings = await s.call('findings.list', scope);
      for (const days of [1, 14, 15, 120, 365]) {
        const due = await dueOf(findings, days, order);
        const expected = before(findings, due, order, days);
        expect(await s.call('findings.dashboard', { ...scope, dueSoonDays: days }), JSON.stringify({ scope, days })).toEqual(expected);
      }
    }
  });

  it('is not an agreement on nothing: the seeded register fills every figure', async () => {
    const d = await s.call('findings.dashboard', {});
    // Verified findings are still open (they wait for closure); rejected and closed ones are not.
    expect(d.totals).toEqual({ all: 13, open: 11, overdue: 5, dueSoon: 2, closed: 1 });
    expect(d.byStatus.map((x) => x.count)).toEqual([8, 1, 1, 1, 1, 1]);
    expect(d.aging).toEqual([{ bucket: '0-30', count: 2 }, { bucket: '31-60', count: 3 }, { bucket: '61-90', count: 2 }, { bucket: '90+', count: 4 }]);
    expect(d.openByClause.map((x) => [x.clause, x.count])).toEqual([
      ['4.1', 1], ['7.1', 1], ['7.2', 1], ['7.5', 1], ['8.2', 1], ['8.5', 3], ['9.1', 1], ['9.2', 1], ['10.2', 1],
    ]);
    expect(d.overdue.map((x) => [x.dueDate, x.findingNumber, x.owner])).toEqual([
      ['2026-02-20', 4, 'Budi'], ['2026-02-20', 8, 'Budi'], ['2026-02-20', 8, 'Sari'], ['2026-02-27', 9, 'Budi'], ['2026-03-01', 5, 'Kepala Seksi'],
    ]);
    // Due today and due on the 14th day are due soon; the 15th day is not.
    expect(d.dueSoon.map((x) => [x.findingNumber, x.daysLeft])).toEqual([[2, 0], [3, 14]]);
  });
});
