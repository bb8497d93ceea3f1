import type { FileChild } from 'docx';
import type { EntityOverview } from '../../shared/domain/reports';
import type { Language } from '../../shared/domain/settings';
import { translator } from '../i18n';
import { barChart, dataTable, heading, packDocument, pageBreak, paragraph, pieChart, reportDocument, tableOfContents } from './docx-kit';
import { conclusionsSection, signOffSection } from './entity-report-conclusions';
import { rankingTable, unitPages, unmetAcrossSection } from './entity-report-units';
import { productsSection } from './entity-report-products';
import type { MaladministrationStanding } from '../../shared/opini/maladministration';
import { coverPage } from './official-form';
import { bandText, generatedText, num, placeholderNote, policyText, ZONE_COLORS, zoneBadge, ZONES, type Institution, type Translate } from './report-common';

export interface EntityReportData {
  language: Language;
  institution: Institution;
  /** Local "YYYY-MM-DD HH:mm". */
  generatedAt: string;
  overview: EntityOverview;
  /** The follow-up of Ombudsman products for the year ("Tanpa Maladministrasi"); no section without it. */
  products?: MaladministrationStanding;
}

export interface EntityReportContext {
  o: EntityOverview;
  t: Translate;
  language: Language;
  institution: Institution;
  /** Local "YYYY-MM-DD HH:mm", as EntityReportData has it. */
  generatedAt: string;
}

/** Category labels under a column stay legible when long unit names are cut. */
const shortName = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);
/** Beyond this many units, names and values no longer fit under and on the columns: ranks stand for the names. */
const NAMED_COLUMNS = 12;

/**
 * The city-wide (or ministry-wide) report for one year: the entity index and grade, units ranked
 * with their zones and a native chart against the green line, the zone distribution, points per
 * dimension, the items most often unmet, conclusions with the recommendations that recur across
 * units, the signature, and one summary page per unit.
 */
export async function buildEntityReport(data: EntityReportData): Promise<Buffer> {
  const { language, overview: o } = data;
  const t = translator(language) as unknown as Translate;
  const ctx: EntityReportContext = { o, t, language, institution: data.institution, generatedAt: data.generatedAt };
  const title = t('reports.entity.title');
  const year = o.year === null ? '—' : String(o.year);
  const children: FileChild[] = [
    ...coverPage({
      institution: data.institution,
      title,
      subject: `${o.entity.name} · ${year}`,
      fields: [
        [t('reports.common.entity'), [o.entity.name, o.entity.province].filter(Boolean).join(', ')],
        [t('reports.entity.year'), year],
        [t('reports.common.method'), o.method ? `${o.method.name[language]} (v${o.method.version})` : '—'],
        [t('reports.entity.unitsAssessed'), String(o.units.length)],
        [t('reports.entity.zonePolicy'), policyText(o.policy, t, language)],
      ],
      ...(o.drafts ? { warning: t('reports.entity.draftWarning', { n: o.drafts }) } : {}),
      date: data.generatedAt.slice(0, 10),
      t,
    }),
    ...tableOfContents(t('reports.common.contents')),
    pageBreak(),
    ...summarySection(ctx),
    ...productsSection(o, data.products, t, language),
    ...rankingSection(ctx),
    pageBreak(),
    ...zoneSection(ctx),
    ...dimensionSection(ctx),
    pageBreak(),
    ...unmetAcrossSection(ctx),
    pageBreak(),
    ...conclusionsSection(ctx),
    ...signOffSection(ctx),
    // One page per unit after the signature, as an annex each head of unit can be handed.
    ...unitPages(ctx),
  ];
  const doc = reportDocument({
    title: `${title} · ${o.entity.name} · ${year}`,
    headerText: [data.institution.name, o.entity.name, year].filter(Boolean).join(' · '),
    pageWord: t('reports.common.page'),
    ofWord: t('reports.common.of'),
    generatedText: generatedText(data.generatedAt, t, language),
    footerLines: [t('reports.entity.footer')],
    ...(o.drafts ? { draftMark: t('reports.common.draftMark') } : {}),
    tocPageNumbers: true,
    language: language === 'id' ? 'id-ID' : 'en-US',
    children,
  });
  return packDocument(doc);
}

function summarySection({ o, t, language }: EntityReportContext): FileChild[] {
  const out: FileChild[] = [heading(t('reports.entity.summaryTitle'), 1)];
  // Audits with every item N/A have no score: named, never counted in the index.
  const unscorable = o.unscorable.length ? [paragraph(t('reports.entity.unscorableLine', { units: o.unscorable.map((u) => u.unitName).join(', ') }))] : [];
  if (o.score === null || o.zone === null) return [...out, paragraph(t('reports.entity.noAudits')), ...unscorable];
  out.push(
    paragraph(t('reports.entity.summaryLine', { entity: o.entity.name, score: num(o.score, language), zone: t(`zone.${o.zone}`), n: o.units.length, year: o.year })),
    zoneBadge(o.zone, o.score, t, language, o.band ? [t('reports.common.gradeLine', { grade: bandText(o.band, language), zone: t(`zone.${o.band.zone}`) })] : []),
  );
  if (o.placeholderWeights) out.push(placeholderNote(t));
  if (o.roundedUnitsDiffer) out.push(paragraph(t('reports.entity.roundingNote'), { italics: true }));
  out.push(
    paragraph(''),
    paragraph(t('reports.entity.zoneLine', { green: o.zoneCounts.green, yellow: o.zoneCounts.yellow, red: o.zoneCounts.red })),
  );
  if (o.otherPolicies.length) {
    const units = o.otherPolicies.map((u) => `${u.unitName} (${policyText(u.policy, t, language)})`).join('; ');
    out.push(paragraph(t('reports.entity.otherPoliciesLine', { units })));
  }
  out.push(...unscorable);
  if (o.drafts) out.push(paragraph(t('reports.entity.draftsLine', { units: o.units.filter((u) => u.status === 'draft').map((u) => u.unitName).join(', ') }), { bold: true }));
  if (o.unassessed.length) out.push(paragraph(t('reports.entity.unassessedLine', { units: o.unassessed.map((u) => u.unitName).join(', ') })));
  if (o.mixedMethods) out.push(paragraph(t('reports.entity.mixedMethods'), { italics: true }));
  return out;
}

function rankingSection(ctx: EntityReportContext): FileChild[] {
  const { o, t, language } = ctx;
  if (!o.units.length) return [];
  const named = o.units.length <= NAMED_COLUMNS;
  return [
    heading(t('reports.entity.rankingTitle'), 1),
    rankingTable(ctx),
    barChart({
      title: named ? t('reports.entity.scoresChart') : t('reports.entity.scoresChartByRank'),
      categories: o.units.map((u) => (named ? shortName(u.unitName) : String(u.rank))),
      valueLabels: named,
      series: [{ name: t('reports.common.score'), values: o.units.map((u) => u.score) }],
      barColors: o.units.map((u) => ZONE_COLORS[u.zone].chart),
      line: { name: t('reports.entity.greenLine', { green: num(o.policy.green, language) }), value: o.policy.green, color: ZONE_COLORS.green.fill },
      hiddenInLegend: [t('reports.common.score')],
      maximum: 100,
      labelText: (v) => num(v, language),
      height: o.units.length > 8 ? 440 : 340,
    }),
  ];
}

function zoneSection({ o, t }: EntityReportContext): FileChild[] {
  if (!o.units.length) return [];
  const total = o.units.length;
  return [
    heading(t('reports.entity.zonesTitle'), 1),
    dataTable({
      headers: [t('reports.common.zone'), t('reports.entity.unitCount'), t('reports.entity.share')],
      rows: ZONES.map((z) => [t(`zone.${z}`), String(o.zoneCounts[z]), `${Math.round((o.zoneCounts[z] / total) * 100)}%`]),
      widths: [50, 25, 25],
    }),
    pieChart({
      title: t('reports.entity.zonesChart'),
      categories: ZONES.map((z) => t(`zone.${z}`)),
      values: ZONES.map((z) => o.zoneCounts[z]),
      colors: ZONES.map((z) => ZONE_COLORS[z].chart),
    }),
  ];
}

function dimensionSection({ o, t, language }: EntityReportContext): FileChild[] {
  if (!o.method || !o.units.length) return [];
  return [
    heading(t('reports.entity.dimensionsTitle'), 1),
    paragraph(t('reports.entity.dimensionsIntro')),
    dataTable({
      headers: [t('reports.common.dimension'), t('reports.common.weight'), t('reports.entity.meanPoints'), t('reports.common.achievement')],
      rows: o.dimensions.map((d) => [d.label[language], num(d.weight, language), num(d.meanPoints, language), `${Math.round((d.meanPoints / d.weight) * 100)}%`]),
      widths: [52, 16, 16, 16],
    }),
    barChart({
      title: t('reports.entity.dimensionsChart'),
      horizontal: true,
      categories: o.dimensions.map((d) => d.label[language]),
      series: [
        { name: t('reports.common.weight'), values: o.dimensions.map((d) => d.weight), color: 'C9CFD8' },
        { name: t('reports.entity.meanPoints'), values: o.dimensions.map((d) => d.meanPoints), color: '0B5CAB' },
      ],
      labelText: (v) => num(v, language),
      height: Math.min(560, 110 + o.dimensions.length * (o.dimensions.length > 6 ? 40 : 52)),
    }),
  ];
}
