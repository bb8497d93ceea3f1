import { z } from 'zod';
import { storableText } from './text-fields';

/**
 * Files kept as evidence (photos, scans), stored once by content. Generic on purpose: audit
 * evidence and ISO findings both link to the same store.
 */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Base64 takes 4 characters for every 3 bytes. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const sha256Schema = z.string('validation.required').regex(/^[0-9a-f]{64}$/, 'validation.invalidId');

/** A file as the page sends it: its name, its declared type and its bytes in base64. */
export const attachmentUpload = z.strictObject({
  name: storableText('validation.required').trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  mime: z.enum(ATTACHMENT_TYPES, 'validation.fileType'),
  base64: z
    .string('validation.required')
    .min(1, 'validation.required')
    .max(MAX_BASE64_CHARS, 'validation.fileTooLarge')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.invalid'),
});
export type AttachmentUpload = z.input<typeof attachmentUpload>;

export interface StoredAttachment {
  sha256: string;
  size: number;
  mime: AttachmentType;
}

/** An attachment as something links to it: under the name the user gave it. */
export interface LinkedAttachment extends StoredAttachment {
  name: string;
  addedAt: string;
}
