import type { FileChild } from 'docx';
import type { UnitResult } from '../../shared/domain/reports';
import { sealCheckOf, type SealCheck } from '../../shared/reports/seal-check';
import type { EntityReportContext } from './entity-report';
import { dataTable, fieldTable, heading, pageBreak, paragraph, richTable, tableParagraph, type RichCell } from './docx-kit';
import { bandText, num, percent, signatureText, ZONE_COLORS, zoneBadge } from './report-common';

/** The per-unit parts of the entity report: the ranking table, the items unmet across units, and one page per unit. */

function changeText(u: UnitResult, language: EntityReportContext['language']): string {
  if (u.change === null || !u.previous) return '—';
  return `${u.change > 0 ? '+' : ''}${num(u.change, language)} (${u.previous.year})`;
}

/** A seal the reader should not take at its word stands out: red when invalid, amber when unverified. */
const SEAL_COLORS: Record<SealCheck, string | undefined> = { verified: undefined, unknownSigner: '8A5A00', invalid: 'B42318', unsigned: '8A5A00' };

function sealCell(u: UnitResult, t: EntityReportContext['t']): RichCell {
  if (!u.signature) return '—';
  const check = sealCheckOf(u.signature);
  const color = SEAL_COLORS[check];
  return { children: [tableParagraph(t(`reports.common.sealCheck.${check}`), { bold: check === 'invalid', ...(color ? { color } : {}) })] };
}

/** Rank, unit, score, zone as a coloured cell, grade, change from the previous year, status, seal. */
export function rankingTable({ o, t, language }: EntityReportContext): FileChild {
  const rows: RichCell[][] = o.units.map((u) => [
    String(u.rank),
    u.unitName,
    num(u.score, language),
    { children: [tableParagraph(t(`reports.common.zoneShort.${u.zone}`), { color: ZONE_COLORS[u.zone].text, bold: true })], fill: ZONE_COLORS[u.zone].fill },
    u.grade ?? (u.bandLabel ? u.bandLabel[language] : '—'),
    changeText(u, language),
    // The seal column says what "sealed" is worth, so the status needs only its short word.
    t(`reports.common.statusShort.${u.status}`),
    sealCell(u, t),
  ]);
  return richTable({
    headers: [
      '#', t('reports.common.unit'), t('reports.common.score'), t('reports.common.zone'), t('reports.common.grade'), t('reports.entity.change'),
      t('reports.common.status'), t('reports.common.seal'),
    ],
    rows,
    widths: [4, 24, 9, 11, 13, 14, 10, 15],
  });
}

export function unmetAcrossSection({ o, t, language }: EntityReportContext): FileChild[] {
  if (!o.method || !o.units.length) return [];
  const groups = new Map(o.method.groups.map((g) => [g.id, g.label[language]]));
  const out: FileChild[] = [heading(t('reports.entity.unmetTitle'), 1)];
  if (!o.unmetItems.length) return [...out, paragraph(t('reports.entity.allMet'))];
  out.push(
    paragraph(t('reports.entity.unmetIntro')),
    dataTable({
      headers: [t('reports.audit.code'), t('reports.audit.item'), t('reports.common.dimension'), t('reports.entity.unmetUnits'), t('reports.entity.meanAchievement')],
      rows: o.unmetItems.map((i) => [
        i.itemId, i.label[language], groups.get(i.groupId) ?? i.groupId, t('reports.entity.unitsOf', { n: i.unmetUnits, of: i.assessedUnits }), percent(i.meanValue),
      ]),
      widths: [10, 40, 20, 15, 15],
    }),
  );
  return out;
}

/** One page per unit, in rank order, so each head of unit can be handed their page. */
export function unitPages(ctx: EntityReportContext): FileChild[] {
  const { o, t, language } = ctx;
  if (!o.units.length) return [];
  const out: FileChild[] = [pageBreak(), heading(t('reports.entity.unitPagesTitle'), 1)];
  o.units.forEach((u, i) => {
    if (i > 0) out.push(pageBreak());
    const band = u.bandLabel ? [t('reports.entity.gradeOnly', { grade: bandText({ grade: u.grade, label: u.bandLabel }, language) })] : [];
    out.push(
      heading(u.unitName, 2),
      zoneBadge(u.zone, u.score, t, language, band),
      paragraph(''),
      fieldTable([
        [t('reports.entity.rank'), t('reports.entity.rankOf', { rank: u.rank, of: o.units.length })],
        [t('reports.common.status'), `${t(`audits.status.${u.status}`)}${u.periodLabel ? ` · ${u.periodLabel}` : ''}`],
        [t('reports.entity.change'), changeText(u, language)],
        [t('reports.common.auditors'), u.auditors.join(', ')],
        [t('reports.audit.hashLabel'), u.contentHash ?? t('reports.common.noHash')],
        ...(u.signature ? [[t('reports.audit.signatureLabel'), signatureText(u.signature, t)] as [string, string]] : []),
      ]),
      heading(t('reports.audit.pointsTitle'), 3),
      dataTable({
        headers: [t('reports.common.dimension'), t('reports.common.weight'), t('reports.common.points'), t('reports.common.achievement')],
        rows: u.groups.map((g) => [g.label[language], num(g.weight, language), num(g.points, language), g.weight ? `${Math.round((g.points / g.weight) * 100)}%` : '—']),
        widths: [52, 16, 16, 16],
      }),
      heading(t('reports.entity.unitUnmetTitle'), 3),
      u.unmet.length
        ? dataTable({
            headers: [t('reports.audit.code'), t('reports.audit.item'), t('reports.common.achievement'), t('reports.audit.pointsLost')],
            rows: u.unmet.map((m) => [m.itemId, m.label[language], percent(m.value), num(m.lostPoints, language)]),
            widths: [12, 58, 15, 15],
          })
        : paragraph(t('reports.audit.allMet')),
    );
    if (!u.sameMethod) out.push(paragraph(t('reports.entity.otherMethod', { id: u.templateId, version: u.templateVersion }), { italics: true }));
  });
  return out;
}
