import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ItemShortfall } from '../../shared/domain/reports';
import type { PathToTarget, TargetPlan } from '../../shared/scoring';
import type { AuditReportContext } from './audit-report';
import { sealBlock } from './audit-report-provenance';
import { formatDate } from '../../shared/format/dates';
import { recommendationPlan } from '../../shared/reports/recommendation-plan';
import { dataTable, heading, paragraph, textRuns } from './docx-kit';
import { closingParagraph, placeAndDate, sealSignatureBlocks, signatureTable } from './official-form';
import { num, percent } from './report-common';

/**
 * What the agency head acts on: the auditor's recommendations, the cheapest way to the green
 * zone, and the sign-off.
 */

/**
 * The recommendations, by dimension (the most points to gain first): the auditor's word on the
 * dimension, then its unmet items, most points first, each with what it would add and the
 * auditor's recommendation. Where none was written the row says so; the evidence hint is what
 * to look for, not what to do, so it is never put in its place.
 */
export function recommendationsSection(ctx: AuditReportContext, unmet: ItemShortfall[]): FileChild[] {
  const { t, language, data } = ctx;
  const plan = recommendationPlan(data.template, unmet, data.content.recommendations);
  const out: FileChild[] = [heading(t('reports.audit.recommendationsTitle'), 1)];
  if (!plan.length) return [...out, paragraph(t('reports.audit.allMet'))];
  out.push(paragraph(t('reports.audit.recommendationsIntro', { n: unmet.length })));
  for (const g of plan) {
    out.push(heading(t('reports.audit.recommendationsGroup', { group: g.label[language], points: num(g.points, language) }), 2));
    if (g.text) out.push(new Paragraph({ spacing: { after: 120 }, children: textRuns(g.text) }));
    if (!g.items.length) continue;
    out.push(
      dataTable({
        headers: [t('reports.audit.code'), t('reports.audit.item'), t('reports.common.achievement'), t('reports.audit.pointsToGain'), t('reports.audit.recommendation')],
        rows: g.items.map((i) => [i.itemId, i.label[language], percent(i.value), `+${num(i.points, language)}`, i.text || t('reports.audit.noRecommendation')]),
        widths: [9, 30, 11, 13, 37],
      }),
    );
  }
  return out;
}

export function pathSection(ctx: AuditReportContext, path: PathToTarget): FileChild[] {
  const { t, language, data } = ctx;
  const out: FileChild[] = [heading(t('reports.audit.pathTitle'), 1)];
  const green = path.green;
  if (!green) return [...out, paragraph(t('reports.audit.alreadyGreen', { green: num(data.policy.green, language) }))];
  if (path.nextZone && path.nextZone !== green) out.push(planLine(ctx, path.nextZone));
  out.push(planLine(ctx, green));
  if (green.steps.length) {
    out.push(
      dataTable({
        headers: ['#', t('reports.audit.code'), t('reports.audit.item'), t('reports.audit.answersToRaise'), t('reports.common.points'), t('reports.audit.scoreAfter')],
        rows: green.steps.map((s, i) => [String(i + 1), s.itemId, ctx.itemLabel(s.itemId), String(s.cost), `+${num(s.points, language)}`, num(s.scoreAfter, language)]),
        widths: [5, 10, 41, 14, 12, 18],
      }),
    );
  }
  return out;
}

function planLine(ctx: AuditReportContext, plan: TargetPlan): Paragraph {
  const { t, language } = ctx;
  const zone = t(`zone.${plan.zone}`);
  const text = plan.reachable
    ? t('reports.audit.planLine', { zone, target: num(plan.target, language), items: plan.steps.length, answers: plan.cost, after: num(plan.scoreAfter, language) })
    : t('reports.audit.planUnreachable', { zone, target: num(plan.target, language) });
  return paragraph(text);
}

/**
 * The sign-off page: the closing sentence, place and date, a signature block for the unit's
 * representative and for every auditor (name, NIP, position, the drawn signature or room to
 * sign and stamp), then the content hash with its short verification code and the digital
 * signature: said once here, not in every footer. A draft says it is not signed.
 */
export function signOffSection(ctx: AuditReportContext): FileChild[] {
  const { t, data, language } = ctx;
  const signOff = data.content.signOff;
  const out: FileChild[] = [heading(t('reports.audit.signOffTitle'), 1)];
  if (data.content.status !== 'final' || !signOff) return [...out, paragraph(t('reports.audit.notSigned'), { bold: true })];
  out.push(
    paragraph(t('reports.audit.signOffIntro', { date: formatDate(signOff.date, language) })),
    closingParagraph(data.institution, t),
    placeAndDate(data.institution.place, signOff.date, language),
    signatureTable(sealSignatureBlocks(signOff.signers, { ...signOff, auditors: data.content.auditors }, t), t),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: t('reports.audit.sealNote'), italics: true, size: 18, color: '5D6776' })] }),
  );
  out.push(...sealBlock(ctx));
  return out;
}
