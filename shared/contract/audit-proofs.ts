import { z } from 'zod';
import { channel } from './channel';
import { attachProofInput, removeProofPhotoInput, setProofInput, type RespondentProof } from '../domain/respondent-proof';
import { idSchema } from '../domain/registry';

/**
 * Proof of service per survey respondent (groups with `survey.proof`). Each write is one
 * transaction with its trail entry; a sealed audit refuses with READ_ONLY. A write returns the
 * respondent's proof as stored, null once it holds nothing.
 */
export const auditProofChannels = {
  'audits.proofs': channel<RespondentProof[]>()(z.strictObject({ auditId: idSchema })),
  'audits.setProof': channel<RespondentProof | null>()(setProofInput),
  'audits.attachProof': channel<RespondentProof>()(attachProofInput),
  'audits.removeProofPhoto': channel<RespondentProof | null>()(removeProofPhotoInput),
};
