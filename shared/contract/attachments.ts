import { z } from 'zod';
import { channel } from './channel';
import { sha256Schema } from '../domain/attachments';
import { storableText } from '../domain/text-fields';

/** A file written by an export: where it went and how big it is. Null output = the user cancelled. */
export interface ExportedFile {
  path: string;
  bytes: number;
}

/** The evidence store, whoever links to it (findings now, audit evidence later). */
export const attachmentChannels = {
  /** A data: URL for an image to show as a thumbnail (the page may load nothing else); null for other types. */
  'attachments.preview': channel<{ dataUrl: string | null }>()(z.strictObject({ sha256: sha256Schema })),
  /** Saves a copy where the user chooses, after checking the stored bytes still match their hash. */
  'attachments.saveCopy': channel<ExportedFile | null>()(
    z.strictObject({ sha256: sha256Schema, name: storableText().trim().min(1, 'validation.required').max(255, 'validation.tooLong') }),
  ),
};
