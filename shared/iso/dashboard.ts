import {
  AGING_BUCKETS,
  FINDING_GRADES,
  FINDING_STATUSES,
  type AgingBucket,
  type DueItem,
  type FindingSummary,
  type FindingsDashboard,
} from '../domain/findings';
import { findClause, compareClauses } from './clauses';
import { isOpenStatus } from './workflow';

export function agingBucket(days: number): AgingBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/**
 * The quality manager's figures, from the findings and the actions that are late or due soon.
 * Pure, so the dashboard, the home screen and the Word report count the same way.
 */
export function summarizeFindings(
  findings: readonly FindingSummary[],
  due: { overdue: DueItem[]; dueSoon: DueItem[] },
  today: string,
  dueSoonDays: number,
): FindingsDashboard {
  const open = findings.filter((f) => isOpenStatus(f.status));
  const clauseCounts = new Map<string, number>();
  for (const f of open) {
    const group = findClause(f.clause)?.group ?? f.clause;
    clauseCounts.set(group, (clauseCounts.get(group) ?? 0) + 1);
  }
  const count = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length;
  return {
    today,
    dueSoonDays,
    totals: {
      all: findings.length,
      open: open.length,
      overdue: due.overdue.length,
      dueSoon: due.dueSoon.length,
      closed: count(findings, (f) => f.status === 'closed'),
    },
    openByClause: [...clauseCounts]
      .map(([clause, n]) => ({ clause, count: n }))
      .sort((a, b) => compareClauses(a.clause, b.clause)),
    openByGrade: FINDING_GRADES.map((grade) => ({ grade, count: count(open, (f) => f.grade === grade) })),
    byStatus: FINDING_STATUSES.map((status) => ({ status, count: count(findings, (f) => f.status === status) })),
    aging: AGING_BUCKETS.map((bucket) => ({ bucket, count: count(open, (f) => agingBucket(f.ageDays) === bucket) })),
    overdue: [...due.overdue].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.findingNumber - b.findingNumber),
    dueSoon: [...due.dueSoon].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.findingNumber - b.findingNumber),
  };
}
