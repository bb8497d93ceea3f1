import type { z } from 'zod';
import type { Issue } from './result';

/**
 * Turns zod issues into i18n keys. Schemas in shared/ give their own key as the message
 * (`'validation.required'`); zod's built-in messages are mapped by issue code.
 */
const LIMIT_MESSAGES = new Set(['validation.tooSmall', 'validation.tooBig', 'validation.tooLong', 'validation.reasonTooShort']);

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue): Issue => {
    const path = issue.path.map(String).join('.');
    if (issue.message.startsWith('validation.')) {
      // Messages that say the limit ("at most {{max}} characters") get it as a parameter.
      const limits: Record<string, number> | null =
        issue.code === 'too_small' ? { min: Number(issue.minimum) } : issue.code === 'too_big' ? { max: Number(issue.maximum) } : null;
      return { path, message: issue.message, ...(limits && LIMIT_MESSAGES.has(issue.message) ? { params: limits } : {}) };
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
      case 'unrecognized_keys':
        return { path, message: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
      default:
        return { path, message: 'validation.invalid' };
    }
  });
}
