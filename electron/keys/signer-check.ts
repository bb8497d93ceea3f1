import type { SealSignature } from '../../shared/domain/audit';
import { trustRepo } from '../db/trust-repo';
import type { ServiceContext } from '../services/context';
import { fingerprintOf, verifySignature } from './device-identity';

/**
 * Who signed something, as the user should see it: this laptop, a device the coordinator marked
 * trusted, or an unknown signer, which is shown as such and never silently trusted.
 */
export function signerOf(ctx: Pick<ServiceContext, 'db' | 'device'>, publicKey: string): Pick<SealSignature, 'deviceId' | 'signer' | 'label'> {
  if (publicKey === ctx.device.publicKey) return { deviceId: ctx.device.id, signer: 'self', label: ctx.device.name };
  const trusted = trustRepo(ctx.db).get(publicKey);
  return { deviceId: fingerprintOf(publicKey), signer: trusted ? 'trusted' : 'unknown', label: trusted?.label ?? null };
}

/** A seal's signature checked against its content hash. */
export function sealSignatureOf(
  ctx: Pick<ServiceContext, 'db' | 'device'>,
  hash: string,
  signature: string | null,
  publicKey: string | null,
): SealSignature {
  if (!signature || !publicKey) return { status: 'unsigned', deviceId: null, signer: null, label: null };
  return { status: verifySignature(publicKey, hash, signature) ? 'valid' : 'invalid', ...signerOf(ctx, publicKey) };
}
