import { z } from 'zod';

/**
 * A lone UTF-16 surrogate has no UTF-8 form: SQLite and files would keep U+FFFD in its place, so
 * the text read back would differ from the text acknowledged. Pasted text can carry one (a cut
 * emoji), so it is refused with a message instead of being silently changed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** Any text that is stored or written to a file: a string that has a UTF-8 form. */
export const storableText = (typeMessage?: string) => z.string(typeMessage).refine(isWellFormed, 'validation.brokenText');

/** Free text, trimmed, at most `max` characters (may be empty). */
export const optionalText = (max: number) => storableText().trim().max(max, 'validation.tooLong');

/** Text that must say something: trimmed, 1 to `max` characters. */
export const requiredText = (max: number) =>
  storableText('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');
