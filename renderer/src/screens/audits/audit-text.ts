import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GroupRespondents } from '../../../../shared/domain/audit';
import type { LocalizedText, Scale, TemplateGroup } from '../../../../shared/methodology/template-schema';
import type { SlotAnswer } from '../../../../shared/scoring';

/** Template texts carry both languages; this picks the one the UI is in. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return useCallback((text: LocalizedText) => text[lang], [lang]);
}

/** One formatter per language and kind: building an Intl formatter costs far more than using one. */
function cached<F>(make: (lang: string) => F): (lang: string) => F {
  const byLang = new Map<string, F>();
  return (lang) => {
    let f = byLang.get(lang);
    if (!f) byLang.set(lang, (f = make(lang)));
    return f;
  };
}
const scoreFormat = cached((lang) => new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** Scores are published with two decimals, in the UI language's notation (82,50 in Indonesian). */
export function formatScore(value: number, lang: string): string {
  return scoreFormat(lang).format(value);
}

const sizeFormat = cached((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }));

/** A file's size as people read it: "640 KB", "2,4 MB" (1 KB at least, so a tiny file is not "0"). */
export function formatBytes(bytes: number, lang: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${sizeFormat(lang).format(bytes / (1024 * 1024))} MB`;
}

/** Dates on screen come from the one formatter the reports and the CLI use too. */
export { formatDate, formatDateTime } from '../../../../shared/format/dates';

/** Today on this laptop's calendar (not UTC), as an ISO date: the default sign-off date. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** How one answer reads: "Ya"/"Tidak" on yes/no items, the number on 0..3 items. */
export function answerText(t: TFunction, scale: Scale, value: SlotAnswer | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === 'na') return t('audits.answer.na');
  if (scale === 'yesno') return value >= 1 ? t('audits.answer.yes') : t('audits.answer.no');
  return String(value);
}

/** Ends a sentence with a period, unless it already ends with one (a name such as "Yohanes Bria, S.H."). */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`;
}

/** A slot's own label if the audit gave one, else "<kind> <n>" from the template. */
export function slotLabel(group: TemplateGroup, respondents: GroupRespondents | undefined, slot: number, loc: (t: LocalizedText) => string): string {
  const own = respondents?.labels[slot]?.label;
  return own || `${loc(group.respondents.label)} ${slot + 1}`;
}

/** The values a slot can take, in the order the buttons show them. */
export function scaleValues(scale: Scale): (number | 'na')[] {
  return scale === 'yesno' ? [1, 0, 'na'] : [0, 1, 2, 3, 'na'];
}
