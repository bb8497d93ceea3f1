import type { Db } from './open';
import { likePattern } from './registry-repo';
import type { ChangeValues } from '../../shared/domain/change-history';
import {
  FINDING_STATUSES, type CorrectiveAction, type Finding, type FindingGrade, type FindingStatus, type FindingSummary, type HistoryKind,
} from '../../shared/domain/findings';
import { daysBetween } from '../../shared/iso/dates';
import { isOverdue } from '../../shared/iso/due';
import { isSettled } from '../../shared/iso/workflow';
import { registerRecordsRepo } from './register-records-repo';
import { cachedStatement } from './statements';

/** A register row: the finding's own columns and, in one look-up, its actions' figures. */
interface SummaryRow {
  id: string; number: number; entity_id: string; entity_name: string; unit_id: string | null; unit_name: string | null;
  clause: string; grade: string; status: string; statement: string; auditor: string; found_on: string; closed_on: string | null;
  /** [earliest open due date, actions, open actions, [owners]] */
  actions_json: string;
}
interface FindingRow extends SummaryRow {
  requirement: string; evidence: string; audit_item_ref: string | null; correction: string; whys: string; root_cause: string;
  rejection_reason: string; verified_by: string; verified_on: string | null; verification_note: string;
  created_at: string; updated_at: string;
}
interface ActionRow {
  id: string; finding_id: string; description: string; owner: string; due_date: string; done_on: string | null;
  done_note: string; created_at: string; updated_at: string; status: string;
}

/** An open action with what a due list shows of its finding. */
export interface OpenActionRow extends ActionRow {
  number: number; clause: string; grade: string; statement: string; entity_name: string; unit_name: string | null;
}

const toSummary = (r: SummaryRow, today: string): FindingSummary => {
  const status = r.status as FindingStatus;
  const [nextDue, actionCount, openActionCount, owners] = JSON.parse(r.actions_json) as [string | null, number, number, (string | null)[]];
  return {
    id: r.id, number: r.number, entityId: r.entity_id, entityName: r.entity_name, unitId: r.unit_id, unitName: r.unit_name,
    clause: r.clause, grade: r.grade as FindingGrade, status, statement: r.statement, auditor: r.auditor, foundOn: r.found_on,
    nextDue, owners: owners.filter((o): o is string => !!o).sort(), actionCount, openActionCount,
    overdue: nextDue !== null && isOverdue({ dueDate: nextDue, doneOn: null }, status, today),
    ageDays: Math.max(0, daysBetween(r.found_on, r.closed_on ?? today)),
  };
};
// Object.assign, not a spread: spreading the summary into a literal with twelve more fields took
// 14 µs a row in V8 (70 ms of an export of 5,000); adding them to the object made takes about 2.
const toFinding = (r: FindingRow, today: string): Finding => Object.assign(toSummary(r, today), {
  requirement: r.requirement, evidence: r.evidence, auditItemRef: r.audit_item_ref ?? '', correction: r.correction,
  whys: JSON.parse(r.whys) as string[], rootCause: r.root_cause, rejectionReason: r.rejection_reason,
  verifiedBy: r.verified_by, verifiedOn: r.verified_on, verificationNote: r.verification_note, closedOn: r.closed_on,
  createdAt: r.created_at, updatedAt: r.updated_at,
});
export const toAction = (r: ActionRow, today: string): CorrectiveAction => ({
  id: r.id, findingId: r.finding_id, description: r.description, owner: r.owner, dueDate: r.due_date, doneOn: r.done_on,
  doneNote: r.done_note, overdue: isOverdue({ dueDate: r.due_date, doneOn: r.done_on }, r.status as FindingStatus, today),
  createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Where actions can no longer be late (verified, closed, rejected), from the workflow's rule, as SQL text. */
export const SETTLED_SQL = FINDING_STATUSES.filter(isSettled).map((s) => `'${s}'`).join(', ');

export const NAMES_JOIN = 'JOIN entities e ON e.id = f.entity_id LEFT JOIN service_units u ON u.id = f.unit_id';
const ACTION_FIGURES = `(SELECT json_array(MIN(a.due_date) FILTER (WHERE a.done_on IS NULL), COUNT(*), COUNT(*) FILTER (WHERE a.done_on IS NULL),
  json_group_array(DISTINCT a.owner)) FROM finding_actions a WHERE a.finding_id = f.id) AS actions_json`;
const SUMMARY_COLUMNS = `f.id, f.number, f.entity_id, f.unit_id, f.clause, f.grade, f.status, f.statement, f.auditor, f.found_on, f.closed_on,
  e.name AS entity_name, u.name AS unit_name, ${ACTION_FIGURES}`;
const FINDING_COLUMNS = `f.*, e.name AS entity_name, u.name AS unit_name, ${ACTION_FIGURES}`;
const REGISTER_ORDER = 'f.found_on DESC, f.number DESC';
const ACTION_SELECT = 'SELECT a.*, f.status FROM finding_actions a JOIN findings f ON f.id = a.finding_id';

export interface FindingValues {
  unitId: string | null; clause: string; grade: FindingGrade; requirement: string; statement: string; evidence: string;
  auditor: string; foundOn: string; auditItemRef: string;
}
export interface AnalysisValues { correction: string; whys: string[]; rootCause: string }
export interface StatusValues {
  status: FindingStatus; rejectionReason: string; verifiedBy: string; verifiedOn: string | null; verificationNote: string; closedOn: string | null;
}
export interface ActionValues { description: string; owner: string; dueDate: string }
/** The register's filters, all applied in SQL; lateness and the due range need today. */
export interface FindingQuery {
  entityId?: string | undefined; unitId?: string | undefined; clause?: string | undefined; grade?: FindingGrade | undefined;
  status?: FindingStatus | undefined; owner?: string | undefined; dueFrom?: string | undefined; dueTo?: string | undefined;
  overdueOnly?: boolean | undefined; search: string;
}
/** One page of the register, in its order. */
export interface RegisterPage { limit: number; offset: number }
export type HistoryValues = ChangeValues<HistoryKind>;

export const whereOf = (conditions: readonly string[]) => (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '');

/**
 * The register's filters as SQL conditions on `findings f`, every value bound. `from` joins the
 * institution and unit (`e`, `u`) only when the search needs their names.
 */
export function findingFilterSql(q: FindingQuery, today: string): { from: string; conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => { conditions.push(sql); params.push(...values); };
  const nextDue = '(SELECT MIN(a.due_date) FROM finding_actions a WHERE a.finding_id = f.id AND a.done_on IS NULL)';
  if (q.entityId) add('f.entity_id = ?', q.entityId);
  if (q.unitId) add('f.unit_id = ?', q.unitId);
  // A clause and its sub-clauses: "8.5" matches "8.5" and "8.5.1", never "8.51".
  if (q.clause) add(`(f.clause = ? OR f.clause LIKE ? ESCAPE '\\')`, q.clause, `${q.clause.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`);
  if (q.grade) add('f.grade = ?', q.grade);
  if (q.status) add('f.status = ?', q.status);
  if (q.owner) add('EXISTS (SELECT 1 FROM finding_actions a WHERE a.finding_id = f.id AND a.owner = ? COLLATE NOCASE)', q.owner);
  // Late as isOverdue says: an action not done, due before today, of a finding not yet settled.
  if (q.overdueOnly) {
    add(`f.status NOT IN (${SETTLED_SQL}) AND EXISTS (SELECT 1 FROM finding_actions a WHERE a.finding_id = f.id AND a.done_on IS NULL AND a.due_date < ?)`, today);
  }
  if (q.dueFrom) add(`${nextDue} >= ?`, q.dueFrom);
  if (q.dueTo) add(`${nextDue} <= ?`, q.dueTo);
  if (q.search) {
    const like = likePattern(q.search);
    add(`(f.statement LIKE ? ESCAPE '\\' OR f.requirement LIKE ? ESCAPE '\\' OR f.evidence LIKE ? ESCAPE '\\'
      OR f.clause LIKE ? ESCAPE '\\' OR f.auditor LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\'
      OR u.name LIKE ? ESCAPE '\\' OR CAST(f.number AS TEXT) = ?)`, like, like, like, like, like, like, like, q.search.replace(/^#/, ''));
  }
  return { from: q.search ? `findings f ${NAMES_JOIN}` : 'findings f', conditions, params };
}

/** The SQL of ISO findings. Every value is a bound parameter; the WHERE clauses are fixed text. */
export function findingsRepo(db: Db) {
  return {
    /** Every finding that matches, in full (the exports). */
    list(q: FindingQuery, today: string): Finding[] {
      const f = findingFilterSql(q, today);
      return (cachedStatement(db, `SELECT ${FINDING_COLUMNS} FROM findings f ${NAMES_JOIN}${whereOf(f.conditions)} ORDER BY ${REGISTER_ORDER}`)
        .all(...f.params) as FindingRow[]).map((r) => toFinding(r, today));
    },
    /**
     * The register's rows: every match, or one page. A page picks its ids first, so only its own
     * rows have their actions looked up (a sort reads every row it sorts).
     */
    summaries(q: FindingQuery, today: string, page?: RegisterPage): FindingSummary[] {
      const f = findingFilterSql(q, today);
      const rows = page
        ? cachedStatement(db, `WITH page AS (SELECT f.id FROM ${f.from}${whereOf(f.conditions)} ORDER BY ${REGISTER_ORDER} LIMIT ? OFFSET ?)
            SELECT ${SUMMARY_COLUMNS} FROM page JOIN findings f ON f.id = page.id ${NAMES_JOIN} ORDER BY ${REGISTER_ORDER}`)
          .all(...f.params, page.limit, page.offset)
        : cachedStatement(db, `SELECT ${SUMMARY_COLUMNS} FROM findings f ${NAMES_JOIN}${whereOf(f.conditions)} ORDER BY ${REGISTER_ORDER}`)
          .all(...f.params);
      return (rows as SummaryRow[]).map((r) => toSummary(r, today));
    },
    count(q: FindingQuery, today: string): number {
      const f = findingFilterSql(q, today);
      return (cachedStatement(db, `SELECT COUNT(*) AS n FROM ${f.from}${whereOf(f.conditions)}`).get(...f.params) as { n: number }).n;
    },
    get(id: string, today: string): Finding | undefined {
      const row = cachedStatement(db, `SELECT ${FINDING_COLUMNS} FROM findings f ${NAMES_JOIN} WHERE f.id = ?`).get(id) as FindingRow | undefined;
      return row && toFinding(row, today);
    },
    nextNumber(): number {
      return (db.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM findings').get() as { n: number }).n;
    },
    insert(id: string, number: number, entityId: string, v: FindingValues, now: string): void {
      db.prepare(`INSERT INTO findings (id, number, entity_id, unit_id, clause, grade, requirement, statement, evidence, auditor,
        found_on, audit_item_ref, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, number, entityId, v.unitId, v.clause, v.grade, v.requirement, v.statement, v.evidence, v.auditor,
          v.foundOn, v.auditItemRef || null, now, now);
    },
    update(id: string, v: FindingValues, now: string): void {
      db.prepare(`UPDATE findings SET unit_id = ?, clause = ?, grade = ?, requirement = ?, statement = ?, evidence = ?, auditor = ?,
        found_on = ?, audit_item_ref = ?, updated_at = ? WHERE id = ?`)
        .run(v.unitId, v.clause, v.grade, v.requirement, v.statement, v.evidence, v.auditor, v.foundOn, v.auditItemRef || null, now, id);
    },
    updateAnalysis(id: string, v: AnalysisValues, now: string): void {
      db.prepare('UPDATE findings SET correction = ?, whys = ?, root_cause = ?, updated_at = ? WHERE id = ?')
        .run(v.correction, JSON.stringify(v.whys), v.rootCause, now, id);
    },
    setStatus(id: string, v: StatusValues, now: string): void {
      db.prepare(`UPDATE findings SET status = ?, rejection_reason = ?, verified_by = ?, verified_on = ?, verification_note = ?,
        closed_on = ?, updated_at = ? WHERE id = ?`)
        .run(v.status, v.rejectionReason, v.verifiedBy, v.verifiedOn, v.verificationNote, v.closedOn, now, id);
    },

    actions(findingId: string, today: string): CorrectiveAction[] {
      return (db.prepare(`${ACTION_SELECT} WHERE a.finding_id = ? ORDER BY a.due_date, a.created_at`).all(findingId) as ActionRow[])
        .map((r) => toAction(r, today));
    },
    action(id: string, today: string): CorrectiveAction | undefined {
      const row = db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
      return row && toAction(row, today);
    },
    insertAction(id: string, findingId: string, v: ActionValues, now: string): void {
      db.prepare('INSERT INTO finding_actions (id, finding_id, description, owner, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, findingId, v.description, v.owner, v.dueDate, now, now);
    },
    updateAction(id: string, v: ActionValues, now: string): void {
      db.prepare('UPDATE finding_actions SET description = ?, owner = ?, due_date = ?, updated_at = ? WHERE id = ?')
        .run(v.description, v.owner, v.dueDate, now, id);
    },
    completeAction(id: string, doneOn: string, note: string, now: string): void {
      db.prepare('UPDATE finding_actions SET done_on = ?, done_note = ?, updated_at = ? WHERE id = ?').run(doneOn, note, now, id);
    },
    owners(scope: { entityId?: string | undefined; unitId?: string | undefined }): string[] {
      return (db.prepare(`SELECT DISTINCT a.owner FROM finding_actions a JOIN findings f ON f.id = a.finding_id
        WHERE (? IS NULL OR f.entity_id = ?) AND (? IS NULL OR f.unit_id = ?) ORDER BY a.owner COLLATE NOCASE`)
        .all(scope.entityId ?? null, scope.entityId ?? null, scope.unitId ?? null, scope.unitId ?? null) as { owner: string }[])
        .map((r) => r.owner);
    },

    /** Evidence links and history: the same tables and SQL as every register. */
    ...registerRecordsRepo<HistoryKind>(db, 'finding'),
  };
}
export type FindingsRepo = ReturnType<typeof findingsRepo>;
