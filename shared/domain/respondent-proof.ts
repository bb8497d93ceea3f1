import { z } from 'zod';
import { attachmentUpload, type AttachmentType } from './attachments';
import { idSchema } from './registry';
import { optionalText } from './text-fields';
import { codeSchema, MAX_RESPONDENTS } from '../methodology/template-schema';

/**
 * A survey respondent's proof of having been served (2025 method: only users who can show a
 * document or a photo from the service count, opini-2025.md): the document's number, a photo, or both.
 */
export interface RespondentProof {
  groupId: string;
  slot: number;
  documentNo: string;
  photo: { sha256: string; name: string; mime: AttachmentType } | null;
  updatedAt: string;
  by: string;
}

const slot = z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').max(MAX_RESPONDENTS - 1, 'validation.tooBig');
const where = { auditId: idSchema, groupId: codeSchema, slot };

/** An empty number removes it (the photo stays). */
export const setProofInput = z.strictObject({ ...where, documentNo: optionalText(100) });
export const attachProofInput = z.strictObject({ ...where, file: attachmentUpload });
export const removeProofPhotoInput = z.strictObject(where);
