import type { Migration } from '../migrate';
import { sealTriggers } from './sealed-guard';


/**
 * Proof of service per survey respondent (2025 method, opini-2025.md: the maladministration-
 * perception survey counts only users who can show a document or a photo from the service): a
 * document number, a photo in the content-addressed attachment store, or both. Like every audit
 * content table it refuses writes while its audit is sealed. Checksummed once applied: never edit.
 */
export const opini2025: Migration = {
  version: 8,
  name: 'opini-2025',
  sql: `
CREATE TABLE audit_respondent_proofs (
  audit_id TEXT NOT NULL REFERENCES audits(id),
  group_id TEXT NOT NULL,
  slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 99),
  document_no TEXT NOT NULL DEFAULT '' CHECK (length(document_no) <= 100),
  sha256 TEXT REFERENCES attachments(sha256),
  file_name TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  by_name TEXT NOT NULL,
  device_id TEXT NOT NULL,
  PRIMARY KEY (audit_id, group_id, slot),
  CHECK (document_no <> '' OR sha256 IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX audit_respondent_proofs_sha256 ON audit_respondent_proofs(sha256);${sealTriggers('audit_respondent_proofs')}
`,
};
