import type { Migration } from '../migrate';

/**
 * ISO 9001 findings, their corrective actions, evidence links and history. The database keeps
 * the rules that matter most even against a faulty caller: a nonconformity cannot be verified
 * or closed without a named verifier, date and note; a closed finding and its actions no longer
 * change; history is append-only.
 */
export const isoFindings: Migration = {
  version: 3,
  name: 'iso-findings',
  sql: `
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  unit_id TEXT REFERENCES service_units(id),
  clause TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('major','minor','observation','ofi')),
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open','action_planned','implemented','verified','closed','rejected')),
  requirement TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL CHECK (length(trim(statement)) > 0),
  evidence TEXT NOT NULL DEFAULT '',
  auditor TEXT NOT NULL DEFAULT '',
  found_on TEXT NOT NULL,
  audit_item_ref TEXT,
  correction TEXT NOT NULL DEFAULT '',
  whys TEXT NOT NULL DEFAULT '[]',
  root_cause TEXT NOT NULL DEFAULT '',
  rejection_reason TEXT NOT NULL DEFAULT '',
  verified_by TEXT NOT NULL DEFAULT '',
  verified_on TEXT,
  verification_note TEXT NOT NULL DEFAULT '',
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> 'verified' OR (verified_by <> '' AND verified_on IS NOT NULL AND verification_note <> '')),
  CHECK (status <> 'closed' OR grade NOT IN ('major','minor')
    OR (verified_by <> '' AND verified_on IS NOT NULL AND verification_note <> ''))
);
CREATE INDEX findings_entity ON findings(entity_id, unit_id);
CREATE INDEX findings_status ON findings(status);

CREATE TABLE finding_actions (
  id TEXT PRIMARY KEY,
  finding_id TEXT NOT NULL REFERENCES findings(id),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT NOT NULL,
  done_on TEXT,
  done_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX finding_actions_finding ON finding_actions(finding_id);
CREATE INDEX finding_actions_open_due ON finding_actions(due_date) WHERE done_on IS NULL;

CREATE TABLE finding_attachments (
  finding_id TEXT NOT NULL REFERENCES findings(id),
  sha256 TEXT NOT NULL REFERENCES attachments(sha256),
  name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (finding_id, sha256)
);

CREATE TABLE finding_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  finding_id TEXT NOT NULL REFERENCES findings(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_history_finding ON finding_history(finding_id, id);

CREATE TRIGGER finding_history_append_only_update BEFORE UPDATE ON finding_history
BEGIN SELECT RAISE(ABORT, 'finding history is append-only'); END;
CREATE TRIGGER finding_history_append_only_delete BEFORE DELETE ON finding_history
BEGIN SELECT RAISE(ABORT, 'finding history is append-only'); END;

CREATE TRIGGER findings_closed_is_final BEFORE UPDATE ON findings WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed finding cannot change'); END;
CREATE TRIGGER finding_actions_closed_insert BEFORE INSERT ON finding_actions
WHEN (SELECT status FROM findings WHERE id = NEW.finding_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed finding cannot change'); END;
CREATE TRIGGER finding_actions_closed_update BEFORE UPDATE ON finding_actions
WHEN (SELECT status FROM findings WHERE id = OLD.finding_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed finding cannot change'); END;
CREATE TRIGGER finding_attachments_closed_insert BEFORE INSERT ON finding_attachments
WHEN (SELECT status FROM findings WHERE id = NEW.finding_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed finding cannot change'); END;
CREATE TRIGGER finding_attachments_closed_delete BEFORE DELETE ON finding_attachments
WHEN (SELECT status FROM findings WHERE id = OLD.finding_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed finding cannot change'); END;
`,
};
