import { z } from 'zod';

/** Free text, trimmed, at most `max` characters (may be empty). */
export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** Text that must say something: trimmed, 1 to `max` characters. */
export const requiredText = (max: number) =>
  z.string('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');
