import i18next, { type TFunction } from 'i18next';
import { translations } from '../shared/i18n/resources';
import type { Language } from '../shared/domain/settings';

const instances = new Map<Language, TFunction>();

/**
 * A translator for main-side text (Word reports, CSV headers, CLI messages), from the same
 * files as the UI. Missing keys throw, so a report never prints a raw key.
 */
export function translator(language: Language): TFunction {
  let t = instances.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: { id: { translation: translations.id }, en: { translation: translations.en } },
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      saveMissing: true,
      missingKeyHandler: (_l, _ns, key) => {
        throw new Error(`Missing translation key "${key}" (${language})`);
      },
    });
    t = instance.t;
    instances.set(language, t);
  }
  return t;
}
