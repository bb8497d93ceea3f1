import { Paragraph, TextRun, type FileChild } from 'docx';
import type { EntityReportContext } from './entity-report';
import { dataTable, heading, paragraph } from './docx-kit';
import { closingParagraph, placeAndDate, signatureTable } from './official-form';
import { num } from './report-common';

/**
 * What the head of the region reads last: conclusions drawn from the figures, the
 * recommendations the auditors wrote for the same item in several units (one city-wide measure
 * helps them all), and the signature of whoever issues the report.
 */

const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(text)] });

export function conclusionsSection(ctx: EntityReportContext): FileChild[] {
  const { o, t, language } = ctx;
  const out: FileChild[] = [heading(t('reports.entity.conclusionsTitle'), 1)];
  if (o.score === null || o.zone === null || !o.units.length) return [...out, paragraph(t('reports.entity.noAudits'))];
  const lines = [
    t('reports.entity.conclusionIndex', { entity: o.entity.name, year: o.year, score: num(o.score, language), zone: t(`zone.${o.zone}`) }),
    t('reports.entity.conclusionZones', { n: o.units.length, green: o.zoneCounts.green, yellow: o.zoneCounts.yellow, red: o.zoneCounts.red }),
  ];
  const weakest = [...o.dimensions].filter((d) => d.weight > 0).sort((a, b) => a.meanPoints / a.weight - b.meanPoints / b.weight)[0];
  if (weakest) lines.push(t('reports.entity.conclusionWeakest', { dimension: weakest.label[language], percent: Math.round((weakest.meanPoints / weakest.weight) * 100) }));
  const red = o.units.filter((u) => u.zone === 'red').map((u) => u.unitName);
  if (red.length) lines.push(t('reports.entity.conclusionRed', { units: red.join(', ') }));
  const top = o.unmetItems[0];
  if (top) lines.push(t('reports.entity.conclusionUnmet', { code: top.itemId, item: top.label[language], n: top.unmetUnits, of: top.assessedUnits }));
  if (o.drafts) lines.push(t('reports.entity.conclusionDrafts', { n: o.drafts }));
  out.push(...lines.map(bullet), ...recurringSection(ctx));
  return out;
}

function recurringSection(ctx: EntityReportContext): FileChild[] {
  const { o, t, language } = ctx;
  if (!o.method) return [];
  const recurring = o.recurringRecommendations;
  const out: FileChild[] = [heading(t('reports.entity.recurringTitle'), 2)];
  if (!recurring.length) return [...out, paragraph(t('reports.entity.noRecurring'))];
  out.push(
    paragraph(t('reports.entity.recurringIntro')),
    dataTable({
      headers: [t('reports.audit.code'), t('reports.audit.item'), t('reports.entity.recurringUnits'), t('reports.audit.recommendation')],
      rows: recurring.map((r) => [r.itemId, r.label[language], `${r.units.length}: ${r.units.join(', ')}`, r.texts.join('\n')]),
      widths: [10, 26, 24, 40],
    }),
  );
  return out;
}

/** The closing sentence, place and date, and one signature block for whoever issues the report. */
export function signOffSection(ctx: EntityReportContext): FileChild[] {
  const { t, language, institution } = ctx;
  const signer = institution.preparedBy;
  return [
    heading(t('reports.entity.signOffTitle'), 1),
    closingParagraph(institution, t),
    placeAndDate(institution.place, ctx.generatedAt.slice(0, 10), language),
    signatureTable([{ caption: t('reports.entity.signPreparer'), position: signer?.position ?? '', name: signer?.name || '……………………………', nip: signer?.nip ?? '' }], t),
  ];
}
