import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';
import type { MethodologyTemplate } from './template-schema';

/**
 * SHA-256 of the template's canonical JSON. An audit pins its template by id, version and this
 * checksum, so an edited copy that kept its version number is caught on import or scoring.
 * Computed in shared/ (pure SHA-256) so the renderer, main and the CLI agree without node:crypto.
 */
export function templateChecksum(template: MethodologyTemplate): string {
  return sha256Hex(canonicalJson(template));
}
