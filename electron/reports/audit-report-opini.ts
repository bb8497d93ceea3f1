import type { FileChild } from 'docx';
import { roundHalfUp } from '../../shared/scoring';
import type { AuditReportContext } from './audit-report';
import { barChart, dataTable, heading, paragraph } from './docx-kit';
import { num } from './report-common';

/**
 * How far the internal block may lead public trust, in achievement points, before the report
 * names the "paradoks pelayanan" (jogja.antaranews.com 804886: near-perfect internal indicators,
 * low public perception). 20 is Patuh's choice, not the Ombudsman's.
 */
const PARADOX_GAP = 20;

/**
 * The 2025 part of the audit report (opini-2025.md): the opinion with its quality word, its inferred
 * bands and the qualifier decided per entity; the internal block and public trust side by side,
 * as a table and a chart, so a unit high inside and low with the public sees both; the placeholder
 * split of the 70 points. Empty for methods without blocks or an opinion.
 */
export function opiniSection(ctx: AuditReportContext): FileChild[] {
  const { data, t, language: L, score } = ctx;
  const template = data.template;
  if (score.blocks.length === 0 && !score.opinion) return [];
  const out: FileChild[] = [heading(t('reports.opini.title'), 2)];
  if (score.opinion) {
    out.push(paragraph(t('reports.opini.opinionLine', { unit: data.content.unit.name, opinion: score.opinion.label[L], quality: score.opinion.quality[L], score: num(score.score, L) }), { bold: true }));
    if (!score.opinion.officialBand) out.push(paragraph(t('reports.opini.inferred'), { italics: true }));
  } else if (!score.scorable) out.push(paragraph(t('reports.opini.noOpinion')));
  if (template.qualifier) out.push(paragraph(t('reports.opini.qualifier', { qualifier: template.qualifier.label[L] }), { italics: true }));

  const blocks = score.blocks.map((b) => ({ b, label: template.blocks!.find((x) => x.id === b.blockId)!.label[L] }));
  if (blocks.length === 0) return out;
  out.push(
    heading(t('reports.opini.sidesTitle'), 3),
    dataTable({
      headers: [t('reports.opini.component'), t('reports.common.weight'), t('reports.common.points'), t('reports.common.achievement')],
      rows: blocks.map(({ b, label }) => (b.applicable ? [label, num(b.effectiveWeight, L), num(b.points, L), `${num(b.percent, L)}%`] : [label, num(b.weight, L), t('reports.common.na'), '—'])),
      widths: [52, 16, 16, 16],
    }),
  );
  if (score.scorable) {
    out.push(barChart({
      title: t('reports.opini.chartTitle'),
      categories: blocks.map(({ label }) => label),
      series: [{ name: t('reports.common.achievement'), values: blocks.map(({ b }) => b.percent) }],
      barColors: blocks.map(({ b }) => (b.side === 'internal' ? '0B5CAB' : 'D9822B')),
      maximum: 100,
      labelText: (v) => `${num(v, L)}%`,
      height: 240,
    }));
    const inside = blocks.find(({ b }) => b.side === 'internal')?.b;
    const outside = blocks.find(({ b }) => b.side === 'public')?.b;
    if (inside?.applicable && outside?.applicable && inside.percent - outside.percent >= PARADOX_GAP) {
      out.push(paragraph(t('reports.opini.paradox', { internal: num(inside.percent, L), public: num(outside.percent, L) }), { bold: true }));
    }
  }
  // The split of a block between its groups is a placeholder where a member's weight is not official.
  for (const block of template.blocks ?? []) {
    const members = template.groups.filter((g) => block.groups.includes(g.id));
    if (members.length < 2 || members.every((g) => g.source.official)) continue;
    const split = members.map((g) => `${g.label[L]} ${num(roundHalfUp(g.weight), L)}`).join(' · ');
    out.push(paragraph(t('reports.opini.split', { block: block.label[L], weight: num(block.weight, L), split }), { italics: true }));
  }
  return out;
}
