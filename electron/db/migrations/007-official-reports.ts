import type { Migration } from '../migrate';
import { sealTriggers } from './sealed-guard';


/**
 * Reports a Kepala Dinas signs (issue 11): the auditor's own recommendations, one per item and
 * one per dimension (scope 'item' or 'group'), with the provenance notes carry, so packages merge
 * them and the report credits them. Like every content table they are part of what a seal
 * vouches for, so SQLite refuses every write while their audit is final (as in 004-audits.ts).
 * The signers of a seal (names, NIP, position, drawn signature) need no table: they are part of
 * the sign-off, kept in audits.sign_off_json and the sealed content.
 * Checksummed once applied: never edit, add the next migration.
 */
export const officialReports: Migration = {
  version: 7,
  name: 'official-reports',
  sql: `
CREATE TABLE audit_recommendations (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  scope TEXT NOT NULL CHECK (scope IN ('item', 'group')),
  target_id TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length(text) > 0),
  updated_at TEXT NOT NULL,
  by_name TEXT NOT NULL DEFAULT '',
  device_id TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (audit_id, scope, target_id)
) WITHOUT ROWID;${sealTriggers('audit_recommendations')}
`,
};
