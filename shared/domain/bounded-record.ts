import { z } from 'zod';

/**
 * Keys that mean something to JavaScript objects. zod drops `__proto__` from a record without a
 * word, so a file carrying one would be read as if the key were not there; all three are refused.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * A record (an object used as a map) read from a file or a call: at most `max` keys, counted
 * before any key is parsed so a file of a million keys costs one count, and no reserved key.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number) {
  const record = z.record(key, value);
  return z
    .preprocess<unknown, typeof record, z.input<typeof record>>((raw, ctx) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
      const keys = Object.keys(raw);
      if (keys.length > max) {
        ctx.issues.push({ code: 'too_big', origin: 'object', maximum: max, inclusive: true, input: raw, message: 'validation.tooMany' });
        return raw;
      }
      for (const k of keys) {
        if (RESERVED_KEYS.includes(k)) ctx.issues.push({ code: 'custom', path: [k], input: raw, message: 'validation.reservedKey', params: { key: k } });
      }
      return raw;
    }, record)
    .meta({ maxProperties: max });
}
