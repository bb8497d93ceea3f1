import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ItemShortfall } from '../../shared/domain/reports';
import type { PathToTarget, TargetPlan } from '../../shared/scoring';
import type { AuditReportContext } from './audit-report';
import { sealBlock } from './audit-report-provenance';
import { dataTable, heading, paragraph } from './docx-kit';
import { num, percent } from './report-common';

/**
 * What the agency head acts on: the unmet items with what to put right, the cheapest way to the
 * green zone, and the sign-off.
 */

export function unmetSection(ctx: AuditReportContext, unmet: ItemShortfall[]): FileChild[] {
  const { t, language, data } = ctx;
  const hints = new Map(data.template.groups.flatMap((g) => g.items.map((i) => [i.id, i.evidenceHint[language]] as const)));
  const out: FileChild[] = [heading(t('reports.audit.unmetTitle'), 1)];
  if (!unmet.length) return [...out, paragraph(t('reports.audit.allMet'))];
  out.push(
    paragraph(t('reports.audit.unmetIntro', { n: unmet.length })),
    dataTable({
      headers: [t('reports.audit.code'), t('reports.audit.item'), t('reports.common.achievement'), t('reports.audit.pointsLost'), t('reports.audit.recommendation')],
      rows: unmet.map((u) => [
        u.itemId,
        u.label[language],
        percent(u.value),
        num(u.lostPoints, language),
        hints.get(u.itemId) ?? '',
      ]),
      widths: [10, 27, 13, 11, 39],
    }),
  );
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
        widths: [6, 10, 44, 14, 12, 14],
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

/** Names, date and room to sign, the hash and the digital signature; a draft says it is not signed. */
export function signOffSection(ctx: AuditReportContext): FileChild[] {
  const { t, data } = ctx;
  const signOff = data.content.signOff;
  const out: FileChild[] = [heading(t('reports.audit.signOffTitle'), 1)];
  if (data.content.status !== 'final' || !signOff) return [...out, paragraph(t('reports.audit.notSigned'), { bold: true })];
  out.push(
    paragraph(t('reports.audit.signOffIntro', { date: signOff.date })),
    dataTable({
      headers: [t('reports.audit.signAuditor'), t('reports.audit.signAgency')],
      rows: [[`\n\n\n${signOff.auditorName}`, `\n\n\n${signOff.agencyRepresentative}`]],
      widths: [50, 50],
    }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: t('reports.audit.sealNote'), italics: true, size: 18, color: '5D6776' })] }),
  );
  out.push(...sealBlock(ctx));
  return out;
}
