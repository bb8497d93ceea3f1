import type { Db } from './open';
import { cachedStatement } from './statements';

export interface StoredTemplateRow {
  id: string;
  version: number;
  checksum: string;
  json: string;
  builtin: boolean;
  auditCount: number;
}

interface Row { id: string; version: number; checksum: string; json: string; builtin: number; audit_count: number }

const toStored = (r: Row): StoredTemplateRow => ({
  id: r.id, version: r.version, checksum: r.checksum, json: r.json, builtin: r.builtin === 1, auditCount: r.audit_count,
});

// The count is an index count (audits_template, migration 6); paths that only load a template use `stored`.
const SELECT = `SELECT t.*, (SELECT COUNT(*) FROM audits a WHERE a.template_id = t.id AND a.template_version = t.version) AS audit_count FROM templates t`;

/** Stored template versions. Rows are never updated (a trigger refuses it): a change is a new version. */
export function templatesRepo(db: Db) {
  return {
    list(): StoredTemplateRow[] {
      return (db.prepare(`${SELECT} ORDER BY t.id, t.version DESC`).all() as Row[]).map(toStored);
    },
    get(id: string, version: number): StoredTemplateRow | undefined {
      const row = cachedStatement(db, `${SELECT} WHERE t.id = ? AND t.version = ?`).get(id, version) as Row | undefined;
      return row && toStored(row);
    },
    /** The stored version without its audit count: what loading an audit's template needs. */
    stored(id: string, version: number): { checksum: string; json: string } | undefined {
      return cachedStatement(db, 'SELECT checksum, json FROM templates WHERE id = ? AND version = ?').get(id, version) as { checksum: string; json: string } | undefined;
    },
    insert(v: { id: string; version: number; checksum: string; json: string; builtin: boolean }, now: string): void {
      db.prepare('INSERT INTO templates (id, version, checksum, json, builtin, stored_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(v.id, v.version, v.checksum, v.json, v.builtin ? 1 : 0, now);
    },
  };
}
export type TemplatesRepo = ReturnType<typeof templatesRepo>;
