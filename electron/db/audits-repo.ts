import type { Db } from './open';
import { likePattern } from './registry-repo';
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

/** The SQL of audit headers and respondent groups. Every value is a bound parameter. */
export function auditsRepo(db: Db) {
  return {
    get(id: string): AuditRecord | undefined {
      const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AuditRow | undefined;
      return row && toRecord(row);
    },
    /** Filters that SQL can answer; zone depends on the score and is filtered by the service. */
    list(q: AuditListQuery): AuditRecord[] {
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
      const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.period_year DESC, e.name COLLATE NOCASE, u.name COLLATE NOCASE, a.created_at`;
      return (db.prepare(sql).all(...params) as AuditRow[]).map(toRecord);
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
      db.prepare('UPDATE audits SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, id);
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
      const rows = db.prepare('SELECT group_id, count, labels_json FROM audit_respondents WHERE audit_id = ?').all(auditId) as
        { group_id: string; count: number; labels_json: string }[];
      return new Map(rows.map((r) => [r.group_id, { count: r.count, labels: JSON.parse(r.labels_json) as RespondentLabel[] }]));
    },
    setRespondents(auditId: string, groupId: string, count: number, labels: RespondentLabel[]): void {
      db.prepare(`INSERT INTO audit_respondents (audit_id, group_id, count, labels_json) VALUES (?, ?, ?, ?)
        ON CONFLICT (audit_id, group_id) DO UPDATE SET count = excluded.count, labels_json = excluded.labels_json`)
        .run(auditId, groupId, count, JSON.stringify(labels));
    },
  };
}
export type AuditsRepo = ReturnType<typeof auditsRepo>;
