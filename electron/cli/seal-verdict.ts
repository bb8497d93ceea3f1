import type { AnyAuditFile } from '../../shared/audit-file';
import type { SealSignature } from '../../shared/domain/audit';
import { fingerprintOf } from '../keys/device-identity';
import { sealProblems } from '../packages/package-read';
import { CliFailure, EXIT } from './terminal-io';

/**
 * What a seal is worth outside the app. A format-2 seal is an Ed25519 signature of the content
 * hash: a changed answer, or a hash recomputed after changing one, fails. A format-1 seal is a
 * bare SHA-256 that anyone can recompute, so it is reported as unsigned, never as verified.
 * The command line has no list of trusted devices: a valid signer is shown by fingerprint.
 */
export function sealVerdict(any: AnyAuditFile, file: string): SealSignature | null {
  if (any.file.status !== 'final') return null;
  if (!any.v2) return { status: 'unsigned', deviceId: null, signer: null, label: null };
  const problems = sealProblems(any.v2);
  if (problems.length) {
    const what = problems[0]!.message === 'errors.sealContentChanged' ? 'the sealed content was changed (content hash does not match)'
      : problems[0]!.message === 'errors.sealUnsigned' ? 'the final audit carries no seal signature'
        : 'the seal signature does not match the content: the file was forged or changed';
    throw new CliFailure(`${file}: refused: ${what}`, EXIT.badInput);
  }
  return { status: 'valid', deviceId: fingerprintOf(any.v2.seal!.publicKey), signer: 'unknown', label: null };
}

export const UNSIGNED_WARNING =
  'warning: this final audit is in format 1: its seal is a plain SHA-256 that anyone can recompute, so it cannot be verified. Export it again from Patuh to get a signed file.';
