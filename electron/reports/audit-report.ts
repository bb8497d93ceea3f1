import type { FileChild } from 'docx';
import type { Language } from '../../shared/domain/settings';
import { itemShortfalls } from '../../shared/reports/item-shortfalls';
import { pathToTarget, scoreUnit, type UnitAnswers, type UnitScore } from '../../shared/scoring';
import { translator } from '../i18n';
import type { AuditReportData } from './audit-report-data';
import { dimensionSections } from './audit-report-items';
import { opiniSection } from './audit-report-opini';
import { pathSection, recommendationsSection, signOffSection } from './audit-report-actions';
import { MediaStore } from './docx-media';
import { barChart, dataTable, heading, pageBreak, paragraph, reportDocument, tableOfContents } from './docx-kit';
import { formatDate } from '../../shared/format/dates';
import { coverPage } from './official-form';
import { bandText, generatedText, num, periodText, placeholderNote, policyText, zoneBadge, type Translate } from './report-common';

/** Everything a section needs: the data, its translator and language, and the figures computed once. */
export interface AuditReportContext {
  data: AuditReportData;
  t: Translate;
  language: Language;
  score: UnitScore;
  itemLabel: (itemId: string) => string;
  media: MediaStore;
}

/**
 * The Word report of one audit: cover, contents, executive summary with a native chart, one
 * table per dimension (answers per respondent or product, notes, evidence photos), the auditor's
 * recommendations by dimension, the path to green, and the sign-off. A draft is marked on every page.
 */
export async function buildAuditReport(data: AuditReportData): Promise<Buffer> {
  const language = data.language;
  const t = translator(language) as unknown as Translate;
  const c = data.content;
  const input: UnitAnswers = {
    respondentCounts: Object.fromEntries(Object.entries(c.respondents).map(([id, r]) => [id, r.count])),
    answers: c.answers,
  };
  const score = scoreUnit(data.template, input, data.policy);
  const labels = new Map(data.template.groups.flatMap((g) => g.items.map((i) => [i.id, i.label[language]] as const)));
  const ctx: AuditReportContext = { data, t, language, score, itemLabel: (id) => labels.get(id) ?? id, media: new MediaStore() };
  const draft = c.status !== 'final';
  const title = t('reports.audit.title');
  const path = pathToTarget(data.template, input, data.policy);

  const children: FileChild[] = [
    ...coverPage({
      institution: data.institution,
      title,
      subject: c.unit.name,
      fields: coverFields(ctx),
      date: c.signOff?.date ?? data.generatedAt.slice(0, 10),
      t,
      ...(draft ? { warning: t('reports.audit.draftWarning') } : {}),
    }),
    ...tableOfContents(t('reports.common.contents')),
    pageBreak(),
    ...summarySection(ctx),
    ...opiniSection(ctx),
    pageBreak(),
    ...dimensionSections(ctx),
    // Nothing is unmet and there is no way to green when every item is N/A: the summary says why.
    ...(path ? [pageBreak(), ...recommendationsSection(ctx, itemShortfalls(data.template, score)), ...pathSection(ctx, path)] : []),
    // The signatures get a page of their own, so names, room to sign and the hash never part.
    pageBreak(),
    ...signOffSection(ctx),
  ];
  const doc = reportDocument({
    title: `${title} · ${c.unit.name}`,
    headerText: [data.institution.name, c.unit.name, String(c.period.year)].filter(Boolean).join(' · '),
    pageWord: t('reports.common.page'),
    ofWord: t('reports.common.of'),
    generatedText: generatedText(data.generatedAt, t, language),
    // The hash and its verification code are on the sign-off page, once; a draft says on every page that it has none.
    ...(draft ? { draftMark: t('reports.common.draftMark'), footerLines: [t('reports.common.noHash')] } : {}),
    tocPageNumbers: true,
    language: language === 'id' ? 'id-ID' : 'en-US',
    children,
  });
  return ctx.media.pack(doc);
}

function coverFields(ctx: AuditReportContext): [string, string][] {
  const { data, t, language } = ctx;
  const c = data.content;
  const period = { year: c.period.year, label: c.period.label ?? '', start: c.period.start ?? null, end: c.period.end ?? null };
  return [
    [t('reports.common.entity'), [c.entity.name, c.entity.province].filter(Boolean).join(', ')],
    [t('reports.common.unit'), [c.unit.name, c.unit.category].filter(Boolean).join(' · ')],
    [t('reports.common.period'), periodText(period, language)],
    [t('reports.common.method'), `${data.template.name[language]} (v${data.template.version})`],
    [t('reports.common.auditors'), c.auditors.map((a) => `${a.name}${a.nip ? ` (NIP ${a.nip})` : ''}${a.role === 'lead' ? ` · ${t('reports.audit.lead')}` : ''}`).join('\n')],
    [t('reports.common.status'), c.status === 'final' && c.signOff ? t('reports.audit.statusFinal', { date: formatDate(c.signOff.date, language) }) : t('reports.audit.statusDraft')],
  ];
}

function summarySection(ctx: AuditReportContext): FileChild[] {
  const { data, t, language, score } = ctx;
  const L = language;
  const band = score.band;
  const names = { unit: data.content.unit.name, entity: data.content.entity.name };
  const out: FileChild[] = [heading(t('reports.audit.summaryTitle'), 1)];
  if (score.zone === null) out.push(paragraph(t('reports.audit.notScorable', names), { bold: true }));
  else {
    out.push(
      paragraph(t('reports.audit.summaryLine', { ...names, score: num(score.score, L), zone: t(`zone.${score.zone}`), policy: policyText(data.policy, t, L) })),
      zoneBadge(score.zone, score.score, t, L, band && !score.opinion ? [t('reports.common.gradeLine', { grade: bandText(band, L), zone: t(`zone.${band.zone}`) })] : []),
    );
    if (score.placeholderWeights) out.push(placeholderNote(t));
  }
  out.push(paragraph(''));
  if (data.content.status !== 'final') {
    out.push(paragraph(t('reports.audit.progressLine', { percent: num(score.progress.percent, L, 0), answered: score.progress.answered, total: score.progress.total }), { italics: true }));
  }
  const groups = data.template.groups.map((g, i) => ({ label: g.label[L], s: score.groups[i]! }));
  out.push(
    heading(t('reports.audit.pointsTitle'), 2),
    dataTable({
      headers: [t('reports.common.dimension'), t('reports.common.weight'), t('reports.common.points'), t('reports.common.achievement')],
      rows: [
        ...groups.map(({ label, s }) =>
          s.applicable ? [label, num(s.effectiveWeight, L), num(s.points, L), `${num(s.effectiveWeight ? (s.points / s.effectiveWeight) * 100 : 0, L, 0)}%`] : [label, num(s.weight, L), t('reports.common.na'), '—']),
        score.scorable ? [t('reports.common.total'), num(100, L), num(score.score, L), `${num(score.score, L, 0)}%`] : [t('reports.common.total'), num(100, L), '—', '—'],
      ],
      widths: [52, 16, 16, 16],
    }),
  );
  // A chart of nothing but zeros would only look like a result.
  if (!score.scorable) return out;
  out.push(
    barChart({
      title: t('reports.audit.chartTitle'),
      horizontal: true,
      categories: groups.map((g) => g.label),
      series: [
        { name: t('reports.common.weight'), values: groups.map((g) => Number(g.s.effectiveWeight.toFixed(2))), color: 'C9CFD8' },
        { name: t('reports.common.points'), values: groups.map((g) => g.s.points), color: '0B5CAB' },
      ],
      labelText: (v) => num(v, L),
      height: Math.min(560, 110 + groups.length * (groups.length > 6 ? 40 : 52)),
    }),
  );
  return out;
}
