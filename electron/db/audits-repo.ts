import type { Db } from './open';
import { likePattern } from './registry-repo';
import { cachedStatement } from './statements';
import { VALID_SCORE_JOIN, toStoredScore, validScoreParams, type ScoreRow, type StoredScore } from './audit-scores-repo';
import type { Zone, ZonePolicy } from '../../shared/domain/zone';
import type { EntityKind } from '../../shared/domain/registry';
import type { AuditAssignment, AuditStatus, Auditor, RespondentLabel, SignOff } from '../../shared/domain/audit';

/** An audit's header as stored, with its entity and unit as they are now in the registry. */
export interface AuditRecord {
  id: string;
  entity: { id: string; name: string; kind: EntityKind; province: string };
  unit: { id: string; name: string; category: string };
  templateId: string;
  templateVersion: number;
  templateChecksum: string;
  period: { year: number; label: string; start: string | null; end: string | null };
  auditors: Auditor[];
  status: AuditStatus;
  /** `signature`: Ed25519 over the hash by `publicKey`; null for audits sealed before seals were signed. */
  seal: { hash: string; sealedAt: string; sealedBy: string; signOff: SignOff; content: string; signature: string | null; publicKey: string | null } | null;
  /** Bumped by every content change: the revision an answer or note was written at. */
  revision: number;
  /** A draft voided as made by mistake: hidden from lists and reports, restorable. */
  voided: { at: string; reason: string } | null;
  /** When the lead split the work: the part this laptop received. */
  assignment: AuditAssignment | null;
  createdAt: string;
  updatedAt: string;
}

interface AuditRow {
  id: string; unit_id: string; template_id: string; template_version: number; template_checksum: string;
  period_year: number; period_label: string; period_start: string | null; period_end: string | null;
  auditors_json: string; status: string; seal_hash: string | null; sealed_at: string | null; sealed_by: string | null;
  sign_off_json: string | null; sealed_content: string | null; created_at: string; updated_at: string;
  revision: number; assignment_json: string | null; seal_signature: string | null; seal_public_key: string | null; voided_at: string | null; void_reason: string | null;
  entity_id: string; entity_name: string; entity_kind: string; entity_province: string; unit_name: string; unit_category: string;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  entity: { id: r.entity_id, name: r.entity_name, kind: r.entity_kind as EntityKind, province: r.entity_province },
  unit: { id: r.unit_id, name: r.unit_name, category: r.unit_category },
  templateId: r.template_id,
  templateVersion: r.template_version,
  templateChecksum: r.template_checksum,
  period: { year: r.period_year, label: r.period_label, start: r.period_start, end: r.period_end },
  auditors: JSON.parse(r.auditors_json) as Auditor[],
  status: r.status as AuditStatus,
  seal:
    r.seal_hash && r.sealed_at && r.sign_off_json && r.sealed_content
      ? {
          hash: r.seal_hash, sealedAt: r.sealed_at, sealedBy: r.sealed_by ?? '', signOff: JSON.parse(r.sign_off_json) as SignOff,
          content: r.sealed_content, signature: r.seal_signature, publicKey: r.seal_public_key,
        }
      : null,
  revision: r.revision,
  voided: r.voided_at ? { at: r.voided_at, reason: r.void_reason ?? '' } : null,
  assignment: r.assignment_json ? (JSON.parse(r.assignment_json) as AuditAssignment) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT a.*, u.name AS unit_name, u.category AS unit_category,
  e.id AS entity_id, e.name AS entity_name, e.kind AS entity_kind, e.province AS entity_province
  FROM audits a JOIN service_units u ON u.id = a.unit_id JOIN entities e ON e.id = u.entity_id`;

export interface AuditHeaderValues {
  unitId: string;
  template: { id: string; version: number; checksum: string };
  period: AuditRecord['period'];
  auditors: Auditor[];
}

export interface AuditListQuery {
  entityId?: string | undefined;
  unitId?: string | undefined;
  year?: number | undefined;
  status?: AuditStatus | undefined;
  search: string;
  voided?: boolean | undefined;
}

const ORDER = 'a.period_year DESC, e.name COLLATE NOCASE, u.name COLLATE NOCASE, a.created_at, a.id';

/**
 * The list's tables. Audits are read through their covering index (audits_list, migration 6):
 * the table's rows carry sealed content, which a scan would walk page by page. Unfiltered, the
 * audits lead (CROSS JOIN fixes the order), so a page stops after the newest years; filtered by
 * entity or unit, SQLite starts from those.
 */
const listFrom = (q: Pick<AuditListQuery, 'entityId' | 'unitId'>) => {
  const join = q.entityId || q.unitId ? 'JOIN' : 'CROSS JOIN';
  return `audits a INDEXED BY audits_list ${join} service_units u ON u.id = a.unit_id ${join} entities e ON e.id = u.entity_id`;
};

/** The WHERE clause of a list query (and one more condition, e.g. on the stored score), values bound. */
function filterOf(q: AuditListQuery, extra?: [string, ...(string | number)[]]): { where: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (q.entityId) add('e.id = ?', q.entityId);
  if (q.unitId) add('a.unit_id = ?', q.unitId);
  if (q.year !== undefined) add('a.period_year = ?', q.year);
  if (q.status) add('a.status = ?', q.status);
  where.push(q.voided ? 'a.voided_at IS NOT NULL' : 'a.voided_at IS NULL');
  if (q.search) {
    const like = likePattern(q.search);
    add(
      `(e.name LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\' OR a.period_label LIKE ? ESCAPE '\\'
        OR a.auditors_json LIKE ? ESCAPE '\\' OR CAST(a.period_year AS TEXT) = ? OR a.template_id LIKE ? ESCAPE '\\')`,
      like, like, like, like, q.search, like,
    );
  }
  if (extra) add(...extra);
  return { where: ` WHERE ${where.join(' AND ')}`, params };
}

/** A list row: the header without sealed content, and the stored score if still valid. */
export interface AuditSummaryRow {
  id: string;
  entity: { id: string; name: string };
  unit: { id: string; name: string };
  template: { id: string; version: number; checksum: string };
  period: AuditRecord['period'];
  auditors: Auditor[];
  status: AuditStatus;
  updatedAt: string;
  sealedAt: string | null;
  voidedAt: string | null;
  stored: StoredScore | null;
}

/** What scoring an audit for the list needs besides its answers. */
export interface UnscoredAudit {
  id: string;
  template: { id: string; version: number; checksum: string };
  status: AuditStatus;
  revision: number;
  /** The policy kept in the seal, where the audit is sealed and its seal kept one. */
  sealedPolicy: ZonePolicy | null;
}

const SUMMARY_COLUMNS = `a.id, a.unit_id, u.name AS unit_name, e.id AS entity_id, e.name AS entity_name, a.template_id, a.template_version,
  a.template_checksum, a.period_year, a.period_label, a.period_start, a.period_end, a.auditors_json, a.status, a.sealed_at, a.updated_at, a.voided_at`;
interface SummaryRow {
  id: string; unit_id: string; unit_name: string; entity_id: string; entity_name: string; template_id: string; template_version: number;
  template_checksum: string; period_year: number; period_label: string; period_start: string | null; period_end: string | null;
  auditors_json: string; status: string; sealed_at: string | null; updated_at: string; voided_at: string | null;
}
const toSummaryRow = (r: SummaryRow): Omit<AuditSummaryRow, 'stored'> => ({
  id: r.id,
  entity: { id: r.entity_id, name: r.entity_name },
  unit: { id: r.unit_id, name: r.unit_name },
  template: { id: r.template_id, version: r.template_version, checksum: r.template_checksum },
  period: { year: r.period_year, label: r.period_label, start: r.period_start, end: r.period_end },
  auditors: JSON.parse(r.auditors_json) as Auditor[],
  status: r.status as AuditStatus,
  updatedAt: r.updated_at,
  sealedAt: r.sealed_at,
  voidedAt: r.voided_at,
});

/** The SQL of audit headers and respondent groups. Every value is a bound parameter. */
export function auditsRepo(db: Db) {
  return {
    get(id: string): AuditRecord | undefined {
      const row = cachedStatement(db, `${SELECT} WHERE a.id = ?`).get(id) as AuditRow | undefined;
      return row && toRecord(row);
    },
    /** Full records (with sealed content) of every audit that matches; the zone is not a filter here. */
    list(q: AuditListQuery): AuditRecord[] {
      const { where, params } = filterOf(q);
      return (cachedStatement(db, `${SELECT}${where} ORDER BY ${ORDER}`).all(...params) as AuditRow[]).map(toRecord);
    },
    /**
     * One page of the list, with each audit's stored score where it is still valid (null where
     * not: the service computes and stores those first, so a zone filter sees every audit).
     * Reads no sealed content and no answers.
     */
    summaries(
      q: AuditListQuery & { zone?: Zone | undefined; limit?: number | undefined; offset?: number | undefined; order?: 'period' | 'updated' | undefined },
      scorer: string, setting: ZonePolicy,
    ): AuditSummaryRow[] {
      const { where, params } = filterOf(q, q.zone ? ['s.zone = ?', q.zone] : undefined);
      const page = q.limit !== undefined ? ` LIMIT ${Math.trunc(q.limit)} OFFSET ${Math.trunc(q.offset ?? 0)}` : '';
      const rows = cachedStatement(db, `SELECT ${SUMMARY_COLUMNS}, s.audit_id AS score_audit_id, s.score, s.zone, s.grade, s.band_zone, s.progress, s.scorable, s.placeholder_weights
        FROM ${listFrom(q)} ${VALID_SCORE_JOIN}${where} ORDER BY ${q.order === 'updated' ? `a.updated_at DESC, ${ORDER}` : ORDER}${page}`)
        .all(...validScoreParams(scorer, setting), ...params) as (SummaryRow & ScoreRow & { score_audit_id: string | null })[];
      return rows.map((r) => ({ ...toSummaryRow(r), stored: r.score_audit_id === null ? null : toStoredScore(r) }));
    },
    /** The matching audits whose stored score is missing or no longer valid, with what scoring them needs. */
    unscored(q: AuditListQuery | 'every', scorer: string, setting: ZonePolicy, limit = -1): UnscoredAudit[] {
      const { where, params } = q === 'every' ? { where: ' WHERE s.audit_id IS NULL', params: [] } : filterOf(q, ['s.audit_id IS NULL']);
      const rows = cachedStatement(db, `SELECT a.id, a.template_id, a.template_version, a.template_checksum, a.status, a.revision
        FROM ${listFrom(q === 'every' ? {} : q)} ${VALID_SCORE_JOIN}${where} LIMIT ?`)
        .all(...validScoreParams(scorer, setting), ...params, limit) as
        { id: string; template_id: string; template_version: number; template_checksum: string; status: string; revision: number }[];
      // Only a stale sealed audit's own policy is read from its sealed content (by id: the scan above stays on the index).
      const sealedPolicy = cachedStatement(db, `SELECT json_extract(sealed_content, '$.zonePolicy') AS policy FROM audits WHERE id = ?`);
      return rows.map((r) => {
        const policy = r.status === 'final' ? (sealedPolicy.get(r.id) as { policy: string | null } | undefined)?.policy : null;
        return {
          id: r.id, template: { id: r.template_id, version: r.template_version, checksum: r.template_checksum },
          status: r.status as AuditStatus, revision: r.revision, sealedPolicy: policy ? (JSON.parse(policy) as ZonePolicy) : null,
        };
      });
    },
    years(): number[] {
      return (cachedStatement(db, 'SELECT DISTINCT period_year AS y FROM audits WHERE voided_at IS NULL ORDER BY period_year DESC').all() as { y: number }[]).map((r) => r.y);
    },
    insert(id: string, v: AuditHeaderValues, now: string): void {
      db.prepare(`INSERT INTO audits (id, unit_id, template_id, template_version, template_checksum, period_year, period_label,
        period_start, period_end, auditors_json, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`)
        .run(id, v.unitId, v.template.id, v.template.version, v.template.checksum, v.period.year, v.period.label,
          v.period.start, v.period.end, JSON.stringify(v.auditors), now, now);
    },
    updateHeader(id: string, period: AuditRecord['period'], auditors: Auditor[], now: string): void {
      db.prepare(`UPDATE audits SET period_year = ?, period_label = ?, period_start = ?, period_end = ?, auditors_json = ?, updated_at = ? WHERE id = ?`)
        .run(period.year, period.label, period.start, period.end, JSON.stringify(auditors), now, id);
    },
    /** Bumps updated_at: every content write goes through here, so the sealed-row trigger also guards it. */
    touch(id: string, now: string): void {
      cachedStatement(db, 'UPDATE audits SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, id);
    },
    /** `sealedAt` is the seal's own time: now here, or when it was sealed on the laptop it came from. */
    seal(id: string, s: { hash: string; sealedBy: string; signOff: SignOff; content: string; signature: string | null; publicKey: string | null; sealedAt: string }, now: string): void {
      db.prepare(`UPDATE audits SET status = 'final', seal_hash = ?, sealed_at = ?, sealed_by = ?, sign_off_json = ?, sealed_content = ?,
        seal_signature = ?, seal_public_key = ?, updated_at = ? WHERE id = ?`)
        .run(s.hash, s.sealedAt, s.sealedBy, JSON.stringify(s.signOff), s.content, s.signature, s.publicKey, now, id);
    },
    reopen(id: string, now: string): void {
      db.prepare(`UPDATE audits SET status = 'draft', seal_hash = NULL, sealed_at = NULL, sealed_by = NULL, sign_off_json = NULL, sealed_content = NULL,
        seal_signature = NULL, seal_public_key = NULL, updated_at = ? WHERE id = ?`)
        .run(now, id);
    },
    setAssignment(id: string, assignment: AuditAssignment | null): void {
      db.prepare('UPDATE audits SET assignment_json = ? WHERE id = ?').run(assignment ? JSON.stringify(assignment) : null, id);
    },
    setVoided(id: string, voided: { at: string; reason: string } | null, now: string): void {
      db.prepare('UPDATE audits SET voided_at = ?, void_reason = ?, updated_at = ? WHERE id = ?').run(voided?.at ?? null, voided?.reason ?? null, now, id);
    },
    periodTaken(unitId: string, year: number, label: string, exceptId: string | null): boolean {
      // A voided audit was made by mistake: it does not hold its period against the right one.
      return !!db.prepare('SELECT 1 FROM audits WHERE unit_id = ? AND period_year = ? AND period_label = ? COLLATE NOCASE AND id IS NOT ? AND voided_at IS NULL')
        .get(unitId, year, label, exceptId);
    },

    respondents(auditId: string): Map<string, { count: number; labels: RespondentLabel[] }> {
      const rows = cachedStatement(db, 'SELECT group_id, count, labels_json FROM audit_respondents WHERE audit_id = ?').all(auditId) as
        { group_id: string; count: number; labels_json: string }[];
      return new Map(rows.map((r) => [r.group_id, { count: r.count, labels: JSON.parse(r.labels_json) as RespondentLabel[] }]));
    },
    /** The respondent groups of many audits in one query (a list used to ask once per audit). */
    respondentsOfAudits(auditIds: string[]): Map<string, Map<string, { count: number; labels: RespondentLabel[] }>> {
      const out = new Map<string, Map<string, { count: number; labels: RespondentLabel[] }>>(auditIds.map((id) => [id, new Map()]));
      const rows = cachedStatement(db, 'SELECT audit_id, group_id, count, labels_json FROM audit_respondents WHERE audit_id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(auditIds)) as { audit_id: string; group_id: string; count: number; labels_json: string }[];
      for (const r of rows) out.get(r.audit_id)?.set(r.group_id, { count: r.count, labels: JSON.parse(r.labels_json) as RespondentLabel[] });
      return out;
    },
    setRespondents(auditId: string, groupId: string, count: number, labels: RespondentLabel[]): void {
      db.prepare(`INSERT INTO audit_respondents (audit_id, group_id, count, labels_json) VALUES (?, ?, ?, ?)
        ON CONFLICT (audit_id, group_id) DO UPDATE SET count = excluded.count, labels_json = excluded.labels_json`)
        .run(auditId, groupId, count, JSON.stringify(labels));
    },
  };
}
export type AuditsRepo = ReturnType<typeof auditsRepo>;
