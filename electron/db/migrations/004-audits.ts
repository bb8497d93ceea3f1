import type { Migration } from '../migrate';
import { SEALED, sealTriggers } from './sealed-guard';

/** The tables holding an audit's content: each refuses every write while its audit is sealed. */
const CONTENT_TABLES = ['audit_respondents', 'audit_answers', 'audit_notes', 'audit_evidence'];

/** What a reopen may not touch: everything but status, the seal columns and updated_at. */
const HEADER_COLUMNS = [
  'id', 'unit_id', 'template_id', 'template_version', 'template_checksum',
  'period_year', 'period_label', 'period_start', 'period_end', 'auditors_json', 'created_at',
];

export const audits: Migration = {
  version: 4,
  name: 'audits',
  sql: `
CREATE TABLE templates (
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  checksum TEXT NOT NULL CHECK (length(checksum) = 64),
  json TEXT NOT NULL,
  builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
  stored_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TRIGGER templates_immutable BEFORE UPDATE ON templates BEGIN SELECT RAISE(ABORT, 'template is immutable'); END;

CREATE TABLE audits (
  id TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL REFERENCES service_units(id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  template_checksum TEXT NOT NULL,
  period_year INTEGER NOT NULL,
  period_label TEXT NOT NULL DEFAULT '',
  period_start TEXT,
  period_end TEXT,
  auditors_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  seal_hash TEXT,
  sealed_at TEXT,
  sealed_by TEXT,
  sign_off_json TEXT,
  sealed_content TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (template_id, template_version) REFERENCES templates(id, version),
  CHECK ((status = 'final') = (seal_hash IS NOT NULL AND sealed_content IS NOT NULL))
);
CREATE INDEX audits_unit ON audits(unit_id);
CREATE TRIGGER audits_sealed_update BEFORE UPDATE ON audits
  WHEN OLD.status = 'final' AND NOT (NEW.status = 'draft' AND ${HEADER_COLUMNS.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ')})
  BEGIN ${SEALED}; END;
CREATE TRIGGER audits_sealed_delete BEFORE DELETE ON audits WHEN OLD.status = 'final' BEGIN ${SEALED}; END;

CREATE TABLE audit_respondents (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  group_id TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 100),
  labels_json TEXT NOT NULL,
  PRIMARY KEY (audit_id, group_id)
) WITHOUT ROWID;

CREATE TABLE audit_answers (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  item_id TEXT NOT NULL,
  slot INTEGER NOT NULL CHECK (slot >= 0),
  value TEXT NOT NULL CHECK (value IN ('0', '1', '2', '3', 'na')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, item_id, slot)
) WITHOUT ROWID;

CREATE TABLE audit_notes (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  item_id TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (audit_id, item_id)
) WITHOUT ROWID;

CREATE TABLE audit_evidence (
  id TEXT PRIMARY KEY,
  audit_id TEXT NOT NULL REFERENCES audits(id),
  item_id TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES attachments(sha256),
  name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (audit_id, item_id, sha256)
);
CREATE INDEX audit_evidence_sha256 ON audit_evidence(sha256);
${CONTENT_TABLES.map(sealTriggers).join('\n')}

CREATE TABLE audit_trail (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  audit_id TEXT NOT NULL REFERENCES audits(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  item_id TEXT,
  slot INTEGER,
  old_value TEXT,
  new_value TEXT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_trail_audit ON audit_trail(audit_id, id);
CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
`,
};
