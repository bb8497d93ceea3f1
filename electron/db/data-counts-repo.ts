import type Database from 'better-sqlite3';

export interface DataCounts {
  entities: number;
  audits: number;
  findings: number;
  attachments: number;
}

/**
 * How much a database holds, for backups. It may be an old backup whose schema predates a table
 * (findings came in migration 3, audits in 4), so a missing table counts as none.
 */
export function dataCounts(db: Database.Database): DataCounts {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  const count = (table: keyof DataCounts) =>
    exists.get(table) ? (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  return { entities: count('entities'), audits: count('audits'), findings: count('findings'), attachments: count('attachments') };
}
