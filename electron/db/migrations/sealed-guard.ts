/**
 * The SQL every audit content table uses to refuse writes while its audit is sealed. Sealing is
 * enforced by SQLite itself (ARCHITECTURE.md, Storage): a script or a bug that bypasses the
 * services still cannot change a final audit. Migrations 004, 007 and 008 embed this text and are
 * checksummed once applied: it must never change; a new rule belongs in a new migration.
 */
export const SEALED = `SELECT RAISE(ABORT, 'audit is sealed')`;

/** True when the audit of the row `ref` (NEW or OLD) is final. */
export const isFinal = (ref: string) => `(SELECT status FROM audits WHERE id = ${ref}.audit_id) = 'final'`;

/** Insert, update and delete triggers that make `table` read-only while its audit is sealed. */
export function sealTriggers(table: string): string {
  return `
CREATE TRIGGER ${table}_sealed_insert BEFORE INSERT ON ${table} WHEN ${isFinal('NEW')} BEGIN ${SEALED}; END;
CREATE TRIGGER ${table}_sealed_update BEFORE UPDATE ON ${table} WHEN ${isFinal('OLD')} OR ${isFinal('NEW')} BEGIN ${SEALED}; END;
CREATE TRIGGER ${table}_sealed_delete BEFORE DELETE ON ${table} WHEN ${isFinal('OLD')} BEGIN ${SEALED}; END;`;
}
