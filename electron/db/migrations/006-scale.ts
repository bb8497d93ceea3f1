import type { Migration } from '../migrate';

/**
 * A province's scale (issue 10): 5,000 audits hold 1.26 M answer rows, and scoring them all for
 * every list call took 17 s. Each audit's list score is kept in `audit_scores`, computed once per
 * revision and read with the list in one query, so zone filters and pages run in SQL.
 *
 * What a score depends on, and what drops a stored one: answers and respondent counts (the
 * triggers below, whatever writes them: answer, merge, import, or a future path, so a stale score
 * cannot survive a write that forgot something), the status (sealing keeps the seal's zone policy;
 * trigger), the scorer (a hash of the scoring code: rows of another build are dropped) and, for a
 * draft, the zone policy set now (rows of another setting are dropped); the template is pinned and
 * immutable. `revision` records the audit revision a score was computed at. A restore brings its
 * own rows, consistent with its own answers.
 *
 * Indexes from EXPLAIN QUERY PLAN: templates.list counted audits per template with a full scan of
 * `audits` for every template row (now an index count); the entity overview and report filter
 * audits by entity and year through the unit (audits_unit_year). The list reads its columns from
 * a covering index (audits_list): a scan of the table itself walks every sealed audit's sealed
 * content (tens of KB in overflow pages, since later columns sit behind it), 150 MB at 5,000.
 */
export const scale: Migration = {
  version: 6,
  name: 'scale',
  sql: `
CREATE INDEX audits_template ON audits(template_id, template_version);
CREATE INDEX audits_unit_year ON audits(unit_id, period_year);
CREATE INDEX audits_list ON audits(period_year DESC, unit_id, id, voided_at, status, revision, created_at, updated_at, sealed_at,
  template_id, template_version, template_checksum, period_label, period_start, period_end, auditors_json);

CREATE TABLE audit_scores (
  audit_id TEXT PRIMARY KEY REFERENCES audits(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  status TEXT NOT NULL,
  scorer TEXT NOT NULL,
  policy_from TEXT NOT NULL CHECK (policy_from IN ('seal', 'setting')),
  policy_green REAL NOT NULL,
  policy_yellow REAL NOT NULL,
  score REAL NOT NULL,
  zone TEXT CHECK (zone IN ('green', 'yellow', 'red')),
  grade TEXT,
  band_zone TEXT,
  progress REAL NOT NULL,
  scorable INTEGER NOT NULL,
  placeholder_weights INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER audit_scores_answer_insert AFTER INSERT ON audit_answers BEGIN DELETE FROM audit_scores WHERE audit_id = NEW.audit_id; END;
CREATE TRIGGER audit_scores_answer_update AFTER UPDATE ON audit_answers BEGIN DELETE FROM audit_scores WHERE audit_id = NEW.audit_id; END;
CREATE TRIGGER audit_scores_answer_delete AFTER DELETE ON audit_answers BEGIN DELETE FROM audit_scores WHERE audit_id = OLD.audit_id; END;
CREATE TRIGGER audit_scores_respondents_insert AFTER INSERT ON audit_respondents BEGIN DELETE FROM audit_scores WHERE audit_id = NEW.audit_id; END;
CREATE TRIGGER audit_scores_respondents_update AFTER UPDATE ON audit_respondents BEGIN DELETE FROM audit_scores WHERE audit_id = NEW.audit_id; END;
CREATE TRIGGER audit_scores_respondents_delete AFTER DELETE ON audit_respondents BEGIN DELETE FROM audit_scores WHERE audit_id = OLD.audit_id; END;
CREATE TRIGGER audit_scores_status AFTER UPDATE OF status ON audits WHEN NEW.status IS NOT OLD.status BEGIN DELETE FROM audit_scores WHERE audit_id = NEW.id; END;
`,
};
