import type { Migration } from '../migrate';

/**
 * Audits that travel between laptops (issue: audit packages, merge and backups):
 * - provenance on every answer, note and evidence link (who, which installation, at which
 *   revision of the audit), so a merge and the report can credit each answer to its auditor;
 * - the seal's Ed25519 signature and the signer's public key;
 * - voiding a draft made by mistake (kept, hidden, restorable);
 * - the part of a split audit this laptop's auditor was given (person and dimensions);
 * - the revisions of an audit sent or received (the common base of a three-way merge), the
 *   conflicts a merge left for the lead, the packages already imported, and trusted devices.
 * Checksummed once applied: never edit, add the next migration.
 */
export const packages: Migration = {
  version: 5,
  name: 'packages',
  sql: `
ALTER TABLE audits ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audits ADD COLUMN seal_signature TEXT;
ALTER TABLE audits ADD COLUMN seal_public_key TEXT;
ALTER TABLE audits ADD COLUMN voided_at TEXT;
ALTER TABLE audits ADD COLUMN void_reason TEXT;
ALTER TABLE audits ADD COLUMN assignment_json TEXT;

ALTER TABLE audit_answers ADD COLUMN by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_answers ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_notes ADD COLUMN by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_notes ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_evidence ADD COLUMN added_by TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_evidence ADD COLUMN device_id TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_revisions (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  revision_id TEXT NOT NULL CHECK (length(revision_id) = 64),
  content_json TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, revision_id)
);

CREATE TABLE audit_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  audit_id TEXT NOT NULL REFERENCES audits(id),
  conflict_key TEXT NOT NULL,
  conflict_json TEXT NOT NULL,
  package_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (audit_id, conflict_key)
);

CREATE TABLE imported_packages (
  package_id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  imported_at TEXT NOT NULL,
  summary_json TEXT NOT NULL
);

CREATE TABLE trusted_devices (
  public_key TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  label TEXT NOT NULL,
  trusted_at TEXT NOT NULL
);
`,
};
