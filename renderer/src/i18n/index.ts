import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations, type TranslationShape } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/domain/settings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationShape };
  }
}

/**
 * A missing key is an error: it is logged with console.error, which the end-to-end fixture
 * turns into a failed test.
 */
void i18next.use(initReactI18next).init({
  resources: { id: { translation: translations.id }, en: { translation: translations.en } },
  lng: 'id',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => console.error(`[i18n] missing key: ${key}`),
  returnNull: false,
});

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
