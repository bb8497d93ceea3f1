import { canonicalJson } from '../methodology/canonical-json';
import { sha256Hex } from '../methodology/sha256';
import type { AuditFile } from './schema';

/**
 * The seal of a final audit: SHA-256 of the canonical JSON of everything in the file except the
 * hash itself and the export metadata (exportedAt, generator), so exporting the same sealed audit
 * again, from any Patuh version, gives the same hash while any edit to its content changes it.
 */
export function auditContentHash(file: AuditFile): string {
  const { contentHash: _hash, exportedAt: _at, generator: _by, ...content } = file;
  return sha256Hex(canonicalJson(content));
}
