import type { Db } from './open';
import type { AuditSide, MergeConflict } from '../../shared/merge/types';

export interface StoredConflict {
  id: number;
  key: string;
  conflict: MergeConflict;
  packageId: string;
  createdAt: string;
}

/** The conflicts a merge left for the lead to resolve, one per slot, note or respondent group. */
export function conflictsRepo(db: Db) {
  return {
    count(auditId: string): number {
      return (db.prepare('SELECT COUNT(*) AS n FROM audit_conflicts WHERE audit_id = ?').get(auditId) as { n: number }).n;
    },
    list(auditId: string): StoredConflict[] {
      const rows = db.prepare('SELECT * FROM audit_conflicts WHERE audit_id = ? ORDER BY id').all(auditId) as
        { id: number; conflict_key: string; conflict_json: string; package_id: string; created_at: string }[];
      return rows.map((r) => ({ id: r.id, key: r.conflict_key, conflict: JSON.parse(r.conflict_json) as MergeConflict, packageId: r.package_id, createdAt: r.created_at }));
    },
    /** A later package's conflict on the same slot replaces the earlier one: it compares against newer work. */
    put(auditId: string, key: string, conflict: MergeConflict, packageId: string, now: string): void {
      db.prepare(`INSERT INTO audit_conflicts (audit_id, conflict_key, conflict_json, package_id, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (audit_id, conflict_key) DO UPDATE SET conflict_json = excluded.conflict_json, package_id = excluded.package_id, created_at = excluded.created_at`)
        .run(auditId, key, JSON.stringify(conflict), packageId, now);
    },
    remove(auditId: string, key: string): void {
      db.prepare('DELETE FROM audit_conflicts WHERE audit_id = ? AND conflict_key = ?').run(auditId, key);
    },
  };
}

/**
 * The revisions of an audit this laptop sent or received. A package names the revisions its audit
 * descends from; the newest of them known here is the common base of the three-way merge.
 */
export function revisionsRepo(db: Db) {
  return {
    record(auditId: string, revisionId: string, content: AuditSide, direction: 'sent' | 'received', now: string): void {
      db.prepare(`INSERT OR IGNORE INTO audit_revisions (audit_id, revision_id, content_json, direction, recorded_at) VALUES (?, ?, ?, ?, ?)`)
        .run(auditId, revisionId, JSON.stringify(content), direction, now);
    },
    /** Oldest first. */
    ids(auditId: string): string[] {
      return (db.prepare('SELECT revision_id FROM audit_revisions WHERE audit_id = ? ORDER BY rowid').all(auditId) as { revision_id: string }[])
        .map((r) => r.revision_id);
    },
    /** The newest revision recorded here among `candidates`. */
    newestOf(auditId: string, candidates: readonly string[]): { id: string; content: AuditSide } | null {
      const row = db.prepare(`SELECT revision_id, content_json FROM audit_revisions WHERE audit_id = ? AND revision_id IN (SELECT value FROM json_each(?))
        ORDER BY rowid DESC LIMIT 1`).get(auditId, JSON.stringify(candidates)) as { revision_id: string; content_json: string } | undefined;
      return row ? { id: row.revision_id, content: JSON.parse(row.content_json) as AuditSide } : null;
    },
  };
}

/** Packages already imported, by id and by the hash of their bytes: importing one again does nothing. */
export function importedPackagesRepo(db: Db) {
  return {
    find(packageId: string, fingerprint: string): { importedAt: string } | undefined {
      const row = db.prepare('SELECT imported_at FROM imported_packages WHERE package_id = ? OR fingerprint = ?').get(packageId, fingerprint) as
        { imported_at: string } | undefined;
      return row && { importedAt: row.imported_at };
    },
    record(packageId: string, fingerprint: string, summary: unknown, now: string): void {
      db.prepare('INSERT INTO imported_packages (package_id, fingerprint, imported_at, summary_json) VALUES (?, ?, ?, ?)')
        .run(packageId, fingerprint, now, JSON.stringify(summary));
    },
  };
}
