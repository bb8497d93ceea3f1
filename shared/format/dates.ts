/**
 * The one place dates become text, for the UI, the Word reports and the CLI alike, in the
 * language of the screen or report: "21 Agustus 2024" / "21 August 2024". Calendar dates
 * (YYYY-MM-DD) are formatted at UTC midnight so they never shift with the laptop's time zone;
 * moments (full ISO timestamps) are shown on the laptop's own clock.
 */
export type DateLang = 'id' | 'en';

/** Intl locale per language: British English writes day before month, as Indonesian does. */
const LOCALE: Record<DateLang, string> = { id: 'id-ID', en: 'en-GB' };

export function dateLang(lang: string): DateLang {
  return lang === 'en' ? 'en' : 'id';
}

/** Building an Intl formatter costs far more than using one: one per language and kind. */
function cached(options: Intl.DateTimeFormatOptions): (lang: string) => Intl.DateTimeFormat {
  const byLang = new Map<DateLang, Intl.DateTimeFormat>();
  return (lang) => {
    const l = dateLang(lang);
    let f = byLang.get(l);
    if (!f) byLang.set(l, (f = new Intl.DateTimeFormat(LOCALE[l], options)));
    return f;
  };
}
const longDate = cached({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numericDate = cached({ day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const moment = cached({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const longMoment = cached({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const atUtcMidnight = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** A calendar date in words: "21 Agustus 2024". */
export function formatDate(isoDate: string, lang: string): string {
  return longDate(lang).format(atUtcMidnight(isoDate));
}

/** A calendar date in figures, as date fields show it: "21/08/2024". */
export function formatDateNumeric(isoDate: string, lang: string): string {
  return numericDate(lang).format(atUtcMidnight(isoDate));
}

/** A moment on this laptop's clock: "2 Des 2026, 05.52" (short month, for lists and trails). */
export function formatDateTime(isoMoment: string, lang: string): string {
  return moment(lang).format(new Date(isoMoment));
}

/** A moment with the month in words, for reports: "2 Desember 2026 pukul 05.52". */
export function formatDateTimeLong(isoMoment: string, lang: string): string {
  return longMoment(lang).format(new Date(isoMoment));
}

/**
 * What a user typed in a date field ("21/08/2024", "21-8-2024", "21.08.2024", or an ISO date)
 * as an ISO date, or null when it is not a real calendar date. Day first in both languages.
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
