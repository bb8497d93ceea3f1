import type { Language } from '../domain/settings';
import type { GradeBand, LocalizedText, MethodologyTemplate, TemplateQualifier } from '../methodology/template-schema';
import { bandFor } from './bands';

/**
 * The Ombudsman's opinion (2025 onward, "Opini Ombudsman RI"): the label of the band a rounded
 * score falls in ("Kualitas Tinggi") with its quality word ("Baik"). Templates say it as data: a
 * method has an opinion when its bands carry quality words. Since 2025 it replaces the colour zone;
 * Patuh's zone stays the city's own target beside it (opini-2025.md, Legal basis).
 *
 * The qualifier ("Tanpa Maladministrasi") is decided outside the checklist, per entity and period
 * (all Ombudsman products tuntas, shared/opini/): this function never decides it, callers that know
 * pass `qualified` to opinionLabel.
 */
export interface Opinion {
  /** "Kualitas Tinggi". */
  label: LocalizedText;
  /** "Baik". */
  quality: LocalizedText;
  band: GradeBand;
  /** False when the band is inferred or a placeholder (2025: 88 / 78 / 54 / 32 inferred). */
  officialBand: boolean;
  /** Only the highest band receives the "Opini Ombudsman RI" award (opini-2025.md, Opinion labels). */
  award: boolean;
  /** The template's qualifier, to append when its rule is met; null when the method has none. */
  qualifier: TemplateQualifier | null;
}

/** Whether the template's bands carry the opinion's quality words. */
export function hasOpinion(template: Pick<MethodologyTemplate, 'bands'>): boolean {
  return template.bands.some((b) => b.quality !== undefined);
}

/** The opinion for an already rounded score; null when the method has none or the score is not scorable (null). */
export function opinionFor(score: number | null, template: MethodologyTemplate): Opinion | null {
  if (score === null || !hasOpinion(template)) return null;
  const band = bandFor(template, score);
  if (!band?.quality) return null;
  const top = Math.max(...template.bands.map((b) => b.min));
  return {
    label: band.label,
    quality: band.quality,
    band,
    officialBand: band.source.official,
    award: band.min === top,
    qualifier: template.qualifier ?? null,
  };
}

/**
 * The opinion as one line: "Kualitas Tinggi", or with the qualifier met "Kualitas Tinggi Tanpa
 * Maladministrasi" (English: "High quality, free of maladministration").
 */
export function opinionLabel(opinion: Opinion, lang: Language, qualified = false): string {
  const label = opinion.label[lang];
  if (!qualified || !opinion.qualifier) return label;
  return lang === 'id' ? `${label} ${opinion.qualifier.label.id}` : `${label}, ${opinion.qualifier.label.en}`;
}
