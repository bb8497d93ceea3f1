import type { z } from 'zod';
import type { Issue } from './result';

/**
 * Turns zod issues into i18n keys. Schemas in shared/ give their own key as the message
 * (`'validation.required'`); zod's built-in messages are mapped by issue code.
 */
const LIMIT_MESSAGES = new Set(['validation.tooSmall', 'validation.tooBig', 'validation.tooLong', 'validation.tooMany', 'validation.reasonTooShort']);

/** A key or value taken from the input is shown, never repeated in full: a 1 MB key stays a line. */
const MAX_SHOWN = 64;
export function clipText(text: string, max = MAX_SHOWN): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function customParams(issue: z.core.$ZodIssue): Record<string, string | number> | null {
  if (issue.code !== 'custom' || !issue.params) return null;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params)) {
    if (typeof value === 'number') params[key] = value;
    else if (typeof value === 'string') params[key] = clipText(value);
  }
  return params;
}

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue): Issue => {
    const path = issue.path.map((part) => clipText(String(part))).join('.');
    if (issue.message.startsWith('validation.')) {
      // Messages that say the limit ("at most {{max}} characters") get it as a parameter.
      const limits: Record<string, number> | null =
        issue.code === 'too_small' ? { min: Number(issue.minimum) } : issue.code === 'too_big' ? { max: Number(issue.maximum) } : null;
      const params = limits && LIMIT_MESSAGES.has(issue.message) ? limits : customParams(issue);
      return { path, message: issue.message, ...(params ? { params } : {}) };
    }
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? { path, message: 'validation.required' }
          : { path, message: 'validation.invalidType' };
      case 'too_small':
        return { path, message: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
      case 'too_big':
        return { path, message: 'validation.tooBig', params: { max: Number(issue.maximum) } };
      case 'invalid_value':
        return { path, message: 'validation.invalidOption' };
      case 'invalid_key': {
        // A record key that failed its own schema (e.g. not an item code): say what a key must be.
        const inner = issue.issues.find((i) => i.message.startsWith('validation.'));
        return { path, message: inner?.message ?? 'validation.invalid' };
      }
      case 'unrecognized_keys':
        return { path, message: 'validation.unknownField', params: { keys: clipText(issue.keys.join(', '), 200) } };
      default:
        return { path, message: 'validation.invalid' };
    }
  });
}
