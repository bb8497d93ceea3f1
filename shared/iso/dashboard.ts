import {
  AGING_BUCKETS,
  FINDING_GRADES,
  FINDING_STATUSES,
  type AgingBucket,
  type DueItem,
  type FindingGrade,
  type FindingStatus,
  type FindingsDashboard,
} from '../domain/findings';
import { findClause, compareClauses } from './clauses';
import { isOpenStatus } from './workflow';

/** The upper ends of the aging buckets but the last, in days; the database's dashboard query reads them too. */
export const AGING_LIMITS = [30, 60, 90] as const;

export function agingBucket(days: number): AgingBucket {
  const index = AGING_LIMITS.findIndex((limit) => days <= limit);
  return AGING_BUCKETS[index === -1 ? AGING_LIMITS.length : index]!;
}

/** How many findings share a status, grade, clause and age bucket: what the database counts with GROUP BY. */
export interface FindingGroupCount {
  status: FindingStatus;
  grade: FindingGrade;
  clause: string;
  bucket: AgingBucket;
  count: number;
}

const byDue = (a: DueItem, b: DueItem) => a.dueDate.localeCompare(b.dueDate) || a.findingNumber - b.findingNumber;

/**
 * The quality manager's figures, from findings counted by group and the actions that are late or
 * due soon. Pure, so the dashboard (counted in SQL) and the Word report (from its list) count the
 * same way.
 */
export function dashboardOfCounts(
  groups: readonly FindingGroupCount[],
  due: { overdue: DueItem[]; dueSoon: DueItem[] },
  today: string,
  dueSoonDays: number,
): FindingsDashboard {
  const open = groups.filter((g) => isOpenStatus(g.status));
  const sum = (items: readonly FindingGroupCount[], pick: (g: FindingGroupCount) => boolean = () => true) =>
    items.reduce((n, g) => (pick(g) ? n + g.count : n), 0);
  const clauseCounts = new Map<string, number>();
  for (const g of open) {
    const group = findClause(g.clause)?.group ?? g.clause;
    clauseCounts.set(group, (clauseCounts.get(group) ?? 0) + g.count);
  }
  return {
    today,
    dueSoonDays,
    totals: {
      all: sum(groups),
      open: sum(open),
      overdue: due.overdue.length,
      dueSoon: due.dueSoon.length,
      closed: sum(groups, (g) => g.status === 'closed'),
    },
    openByClause: [...clauseCounts]
      .map(([clause, n]) => ({ clause, count: n }))
      .sort((a, b) => compareClauses(a.clause, b.clause)),
    openByGrade: FINDING_GRADES.map((grade) => ({ grade, count: sum(open, (g) => g.grade === grade) })),
    byStatus: FINDING_STATUSES.map((status) => ({ status, count: sum(groups, (g) => g.status === status) })),
    aging: AGING_BUCKETS.map((bucket) => ({ bucket, count: sum(open, (g) => g.bucket === bucket) })),
    overdue: [...due.overdue].sort(byDue),
    dueSoon: [...due.dueSoon].sort(byDue),
  };
}
