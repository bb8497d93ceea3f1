import type { FollowUpStatus, OmbudsmanProductKind } from '../domain/products';
import type { LocalizedText } from '../methodology/template-schema';

/**
 * The "Tanpa Maladministrasi" qualifier of the 2025 opinion (Perom 61/2025): added to an entity's
 * opinion when it has followed up the Ombudsman's products to completion (opini-2025.md, Opinion
 * labels [S]). A qualifier, not points: it never changes the score or the band.
 *
 * Which products count for a period (the reference does not say; decided here, [I]):
 * - every product issued on or before 31 December of the assessment year. A product from an
 *   earlier year that is still not followed up is still non-compliance with the Ombudsman's
 *   products, so it keeps standing in the way until it is tuntas; one issued after the year
 *   belongs to a later period;
 * - a product counts as followed up when its status is tuntas now (the assessment is run and
 *   published after the year ends, so follow-up done before the opinion is read counts).
 * - No product recorded: the reference only ever names the qualifier for entities that followed
 *   products up [?]. Patuh cannot tell "none issued" from "none recorded yet", so it does not
 *   add the qualifier and says why.
 */
export type MaladministrationVerdict = 'qualifies' | 'blocked' | 'noProducts';

/** A product as the qualifier needs it. */
export interface ProductForQualifier {
  id: string;
  kind: OmbudsmanProductKind;
  number: string;
  issuedOn: string;
  dueOn: string;
  status: FollowUpStatus;
  unitName: string | null;
  overdue: boolean;
}

export interface MaladministrationStanding {
  entityId: string;
  year: number;
  verdict: MaladministrationVerdict;
  /** Products of the period, and how many of them are tuntas. */
  counted: number;
  tuntas: number;
  /** The products that stand in the way (not tuntas), earliest due first. */
  blocking: ProductForQualifier[];
  /**
   * The qualifier's words as the entity's method for the year declares them (2025: "Tanpa
   * Maladministrasi"); null when that method has no qualifier (2016-2024 methods).
   */
  qualifier: LocalizedText | null;
}

/** The qualifier's words where no method gives them (as published [S]; the English as the 2025 template has it). */
export const TANPA_MALADMINISTRASI: LocalizedText = { id: 'Tanpa Maladministrasi', en: 'free of maladministration' };

/** The last day of the period: products issued up to it count. */
export const periodEnd = (year: number) => `${year}-12-31`;

export function productsOfPeriod<P extends { issuedOn: string }>(products: readonly P[], year: number): P[] {
  return products.filter((p) => p.issuedOn <= periodEnd(year));
}

export function maladministrationStanding(
  entityId: string,
  year: number,
  products: readonly ProductForQualifier[],
  qualifier: LocalizedText | null,
): MaladministrationStanding {
  const counted = productsOfPeriod(products, year);
  const blocking = counted
    .filter((p) => p.status !== 'tuntas')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.issuedOn.localeCompare(b.issuedOn) || a.number.localeCompare(b.number));
  const verdict: MaladministrationVerdict = counted.length === 0 ? 'noProducts' : blocking.length ? 'blocked' : 'qualifies';
  return { entityId, year, verdict, counted: counted.length, tuntas: counted.length - blocking.length, blocking, qualifier };
}

/**
 * The opinion as it reads with the qualifier: "Kualitas Tinggi" becomes "Kualitas Tinggi Tanpa
 * Maladministrasi" only when the method has the qualifier and every product of the period is tuntas.
 * Joined as shared/scoring/opinion.ts (opinionLabel) joins them: "High quality, free of maladministration".
 */
export function qualifiedOpinion(label: LocalizedText, standing: Pick<MaladministrationStanding, 'verdict' | 'qualifier'>): LocalizedText {
  const q = standing.qualifier;
  if (!q || standing.verdict !== 'qualifies') return label;
  return { id: `${label.id} ${q.id}`, en: `${label.en}, ${q.en}` };
}
