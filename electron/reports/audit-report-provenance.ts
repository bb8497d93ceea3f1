import { Paragraph, TextRun, type FileChild } from 'docx';
import type { TemplateGroup } from '../../shared/methodology/template-schema';
import type { AuditReportContext } from './audit-report';
import { fieldTable, paragraph } from './docx-kit';
import { signatureText } from './report-common';

/** Who gave the answers and who sealed them: the credit line of each dimension, the seal's hash and signature. */

const WARNING = 'B42318';

/** Names credited with the dimension's answers, most answers first; empty when no one is recorded. */
export function creditsOf(ctx: AuditReportContext, group: TemplateGroup): { name: string | null; answers: number }[] {
  const { content, credits } = ctx.data;
  const tally = new Map<string | null, number>();
  for (const item of group.items) {
    (content.answers[item.id] ?? []).forEach((value, slot) => {
      if (value === null) return;
      const by = credits[item.id]?.[slot] ?? null;
      tally.set(by, (tally.get(by) ?? 0) + 1);
    });
  }
  const named = [...tally].filter(([name]) => name !== null);
  if (!named.length) return [];
  // Answers no one is recorded for (given before answers were credited) come last.
  const sorted = named.sort((a, b) => b[1] - a[1] || a[0]!.localeCompare(b[0]!));
  const unknown = tally.get(null);
  return [...sorted, ...(unknown ? [[null, unknown] as const] : [])].map(([name, answers]) => ({ name, answers }));
}

/** "Dijawab oleh: Maria Goreti Seran (24 jawaban); Yohanes Bria (8 jawaban)." or null when no one is recorded. */
export function answeredByLine(ctx: AuditReportContext, group: TemplateGroup): Paragraph | null {
  const { t } = ctx;
  const credits = creditsOf(ctx, group);
  if (!credits.length) return null;
  // Semicolons, since names often carry degrees after a comma ("Maria Seran, S.H.").
  const list = credits.map((c) => t('reports.audit.answerCount', { name: c.name ?? t('reports.audit.notRecorded'), count: c.answers })).join('; ');
  return paragraph(t('reports.audit.answeredBy', { list }), { muted: true });
}

/** The content hash and the digital signature, with a warning when the seal cannot be trusted. */
export function sealBlock(ctx: AuditReportContext): FileChild[] {
  const { data, t } = ctx;
  const s = data.signature;
  const rows: [string, string][] = [];
  if (data.contentHash) rows.push([t('reports.audit.hashLabel'), data.contentHash]);
  if (s) rows.push([t('reports.audit.signatureLabel'), signatureText(s, t)]);
  if (!rows.length) return [];
  const out: FileChild[] = [fieldTable(rows, 28)];
  if (s?.status === 'valid' && s.signer === 'unknown') {
    out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t('reports.audit.signatureNote.unknown'), italics: true, size: 18, color: '5D6776' })] }));
  } else if (s && s.status !== 'valid') {
    out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t(`reports.audit.signatureNote.${s.status}`), bold: true, color: WARNING })] }));
  }
  return out;
}
