import type { Db } from './open';
import { AGING_BUCKETS, type FindingGrade, type FindingStatus, type AgingBucket } from '../../shared/domain/findings';
import { AGING_LIMITS, type FindingGroupCount } from '../../shared/iso/dashboard';
import { findingFilterSql, NAMES_JOIN, SETTLED_SQL, whereOf, type FindingQuery, type OpenActionRow } from './findings-repo';
import { cachedStatement } from './statements';

/** agingBucket in SQL, from the same limits: constants, so fixed text. */
const BUCKET_SQL = `CASE ${AGING_LIMITS.map((limit, i) => `WHEN age <= ${limit} THEN '${AGING_BUCKETS[i]}'`).join(' ')}
  ELSE '${AGING_BUCKETS[AGING_LIMITS.length]}' END`;

/**
 * The quality manager's dashboard counted by the database (issue 10): at 5,000 findings, loading
 * them all to count them in JS took most of the dashboard's 214 ms. Same filters as the register.
 */
export function findingsDashboardRepo(db: Db) {
  return {
    /** Matching findings counted by status, grade, clause and age bucket (days to closure, or to today). */
    groupCounts(q: FindingQuery, today: string): FindingGroupCount[] {
      const f = findingFilterSql(q, today);
      // julianday of two calendar dates differs by whole days; ROUND only makes it an integer, as daysBetween does.
      const rows = cachedStatement(db, `SELECT status, grade, clause, ${BUCKET_SQL} AS bucket, COUNT(*) AS count
        FROM (SELECT f.status, f.grade, f.clause, ROUND(julianday(COALESCE(f.closed_on, ?)) - julianday(f.found_on)) AS age
          FROM ${f.from}${whereOf(f.conditions)})
        GROUP BY status, grade, clause, bucket`).all(today, ...f.params) as
        { status: string; grade: string; clause: string; bucket: string; count: number }[];
      return rows.map((r) => ({
        status: r.status as FindingStatus, grade: r.grade as FindingGrade, clause: r.clause, bucket: r.bucket as AgingBucket, count: r.count,
      }));
    },
    /**
     * Actions not done, of matching findings not yet settled, due on or before `until`: the late
     * ones and those due soon, by due date and finding number (then as entered).
     */
    dueBy(q: FindingQuery, today: string, until: string): OpenActionRow[] {
      const f = findingFilterSql(q, today);
      const conditions = ['a.done_on IS NULL', 'a.due_date <= ?', `f.status NOT IN (${SETTLED_SQL})`, ...f.conditions];
      return cachedStatement(db, `SELECT a.*, f.status, f.number, f.clause, f.grade, f.statement, e.name AS entity_name, u.name AS unit_name
        FROM finding_actions a JOIN findings f ON f.id = a.finding_id ${NAMES_JOIN}${whereOf(conditions)}
        ORDER BY a.due_date, f.number, a.rowid`).all(until, ...f.params) as OpenActionRow[];
    },
  };
}
