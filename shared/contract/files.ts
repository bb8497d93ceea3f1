import { z } from 'zod';
import { channel } from './channel';

const exported = z.strictObject({ path: z.string().min(1, 'validation.required') });

/** Opening or revealing a file this session exported (reports, CSV, packages). */
export const fileChannels = {
  'files.open': channel<null>()(exported),
  'files.showInFolder': channel<null>()(exported),
};
