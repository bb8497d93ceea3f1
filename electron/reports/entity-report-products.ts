import type { FileChild } from 'docx';
import type { EntityOverview } from '../../shared/domain/reports';
import type { Language } from '../../shared/domain/settings';
import { formatDate } from '../../shared/format/dates';
import { qualifiedOpinion, TANPA_MALADMINISTRASI, type MaladministrationStanding } from '../../shared/opini/maladministration';
import { dataTable, heading, paragraph } from './docx-kit';
import type { Translate } from './report-common';

/**
 * The entity report's section on the follow-up of Ombudsman products: the opinion as it reads
 * with (or without) "Tanpa Maladministrasi", and the products that stand in the way. The same
 * words as the overview screen (ombudsman.standing.*), from the same decision
 * (shared/opini/maladministration.ts).
 */
export function productsSection(o: EntityOverview, standing: MaladministrationStanding | undefined, t: Translate, language: Language): FileChild[] {
  if (!standing || o.year === null) return [];
  const year = o.year;
  const words = (standing.qualifier ?? TANPA_MALADMINISTRASI)[language];
  const out: FileChild[] = [heading(t('ombudsman.report.title'), 1), paragraph(t('ombudsman.report.intro', { year }))];
  if (o.band) out.push(paragraph(t('ombudsman.report.opinionLine', { opinion: qualifiedOpinion(o.band.label, standing)[language] }), { bold: true }));
  if (standing.verdict === 'qualifies') out.push(paragraph(t('ombudsman.standing.qualifies', { count: standing.counted, year })));
  if (standing.verdict === 'noProducts') out.push(paragraph(t('ombudsman.standing.noProducts', { year, qualifier: words })));
  if (standing.verdict === 'blocked') {
    out.push(
      paragraph(t('ombudsman.standing.blocked', { open: standing.blocking.length, count: standing.counted, year, qualifier: words })),
      dataTable({
        headers: (['kind', 'number', 'unit', 'issued', 'due', 'status'] as const).map((c) => t(`ombudsman.report.columns.${c}`)),
        rows: standing.blocking.map((p) => [
          t(`ombudsman.kind.${p.kind}`),
          p.number,
          p.unitName ?? t('ombudsman.noUnit'),
          formatDate(p.issuedOn, language),
          `${formatDate(p.dueOn, language)}${p.overdue ? ` (${t('ombudsman.list.overdue')})` : ''}`,
          t(`ombudsman.status.${p.status}`),
        ]),
        widths: [18, 18, 16, 14, 16, 18],
      }),
    );
  }
  if (!standing.qualifier) out.push(paragraph(t('ombudsman.standing.noQualifier', { qualifier: words }), { italics: true }));
  out.push(paragraph(t('ombudsman.standing.rule', { year }), { italics: true }));
  return out;
}
