import type { Migration } from '../migrate';

/**
 * The evidence store: one row per distinct file, keyed by the SHA-256 of its bytes (the file
 * itself lives at attachments/ab/<sha256>). What links to a file, and under which name, is
 * each feature's own table.
 */
export const attachments: Migration = {
  version: 2,
  name: 'attachments',
  sql: `
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  mime TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
};
