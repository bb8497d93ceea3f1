import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';

let s: TestServices;
beforeEach(() => { s = testServices(); });
afterEach(() => s.dispose());

/** What a compromised or buggy page could send straight to a handler. */
const BAD_PAYLOADS: [string, unknown][] = [
  ['entities.create', null],
  ['entities.create', 'DROP TABLE entities'],
  ['entities.create', { kind: 'pemkot', name: 42 }],
  ['entities.create', { kind: 'pemkot', name: 'Kota', admin: true }],
  ['entities.update', { id: "' OR 1=1 --", fields: { kind: 'pemkot', name: 'X' } }],
  ['units.list', { entityId: ['a'] }],
  ['settings.update', { language: 'fr' }],
  ['settings.update', { zonePolicy: { green: 50, yellow: 70 } }],
  ['settings.update', { institutionLogo: 'data:text/html;base64,PHNjcmlwdD4=' }],
  ['__proto__', {}],
  ['constructor', {}],
];

describe('every channel validates its input', () => {
  it.each(BAD_PAYLOADS)('%s with %j gets a typed error and main keeps working', async (channel, payload) => {
    const error = await s.fail(channel, payload);
    expect(['VALIDATION', 'UNKNOWN_CHANNEL']).toContain(error.code);
    expect(error.message).toMatch(/^errors\./);
    // Nothing was written, and the next good call works.
    expect(await s.call('entities.list', { includeArchived: true })).toEqual([]);
    expect((await s.call('settings.get', {})).language).toBe('id');
  });

  it('lists every problem of an input, each with its path and an i18n key', async () => {
    const error = await s.fail('entities.create', { kind: 'desa', name: '', notes: 'x'.repeat(3000) });
    expect(error.details?.issues).toEqual([
      { path: 'kind', message: 'validation.invalidOption' },
      { path: 'name', message: 'validation.nameTooShort' },
      { path: 'notes', message: 'validation.tooLong', params: { max: 2000 } },
    ]);
  });
});
