import type { SealSignature } from '../domain/audit';

/**
 * A seal's signature in one word, for the "Segel" column of the entity overview and report. Only
 * a valid signature from this laptop or a device the coordinator trusts counts as verified: a
 * valid one from an unknown device proves the content is unchanged, not who sealed it.
 */
export type SealCheck = 'verified' | 'unknownSigner' | 'invalid' | 'unsigned';

export function sealCheckOf(signature: SealSignature): SealCheck {
  if (signature.status !== 'valid') return signature.status;
  return signature.signer === 'self' || signature.signer === 'trusted' ? 'verified' : 'unknownSigner';
}
