import type { SealedProof } from './schema';

/** What a stored proof and a format-2 proof entry have in common: all the seal covers. */
export interface ProofLike {
  groupId: string;
  slot: number;
  documentNo: string;
  photo: { sha256: string } | null;
}

/**
 * Proofs of service in their sealed form and canonical order (group id by UTF-16 code unit, then
 * slot), so the content hash does not depend on the order rows or a file list them. Undefined
 * when there are none: an audit without proofs keeps the content, and the hash, it had before
 * proofs were sealed.
 */
export function sealedProofsOf(proofs: readonly ProofLike[] | undefined): SealedProof[] | undefined {
  if (!proofs?.length) return undefined;
  return proofs
    .map((p) => ({ groupId: p.groupId, slot: p.slot, documentNo: p.documentNo, photo: p.photo?.sha256 ?? null }))
    .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.slot - b.slot));
}
