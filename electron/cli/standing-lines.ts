import type { OmbudsmanProduct } from '../../shared/domain/products';
import type { LocalizedText } from '../../shared/methodology/template-schema';
import { qualifiedOpinion, TANPA_MALADMINISTRASI, type MaladministrationStanding } from '../../shared/opini/maladministration';

/** One product as a line: kind, number, unit, dates, follow-up. */
export function productLine(p: Pick<OmbudsmanProduct, 'kind' | 'number' | 'unitName' | 'issuedOn' | 'dueOn' | 'status' | 'overdue'>): string {
  return `${p.kind.toUpperCase()} ${p.number} (${p.unitName ?? 'whole institution'}), dated ${p.issuedOn}, due ${p.dueOn}${p.overdue ? ' OVERDUE' : ''}: ${p.status}`;
}

/**
 * What the command line says about "Tanpa Maladministrasi" for an entity's year: the opinion as
 * it reads, and the products that stand in the way (the same decision as the screen and report).
 */
export function standingLines(standing: MaladministrationStanding, opinion: LocalizedText | null): string[] {
  const words = (standing.qualifier ?? TANPA_MALADMINISTRASI).id;
  const lines: string[] = [];
  if (opinion) lines.push(`opinion: ${qualifiedOpinion(opinion, standing).id}`);
  if (standing.verdict === 'qualifies') lines.push(`Ombudsman products: all ${standing.counted} up to ${standing.year} tuntas`);
  if (standing.verdict === 'noProducts') lines.push(`Ombudsman products: none recorded up to ${standing.year}; "${words}" is not added`);
  if (standing.verdict === 'blocked') {
    lines.push(`Ombudsman products: ${standing.blocking.length} of ${standing.counted} up to ${standing.year} not tuntas, so no "${words}":`);
    lines.push(...standing.blocking.map((p) => `  ${productLine(p)}`));
  }
  if (!standing.qualifier) lines.push(`note: the method of ${standing.year} has no "${words}" qualifier (it came with the 2025 method)`);
  return lines;
}
