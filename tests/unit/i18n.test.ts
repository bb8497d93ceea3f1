import { describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n/resources';
import { translator } from '../../electron/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English has exactly the keys of the Indonesian source', () => {
    expect(keys(translations.en).sort()).toEqual(keys(translations.id).sort());
  });

  it('no text is empty', () => {
    for (const lang of ['id', 'en'] as const) {
      const empty = keys(translations[lang]).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], translations[lang]);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('main-side text fails loudly on a missing key instead of printing it', () => {
    expect(translator('en')('nav.registry')).toBe('Registry');
    expect(translator('id')('nav.registry')).toBe('Registri');
    expect(() => (translator('id') as unknown as (k: string) => string)('nav.nope')).toThrow(/Missing translation key/);
  });
});
