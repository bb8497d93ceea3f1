import { Paragraph, TextRun, type FileChild } from 'docx';
import type { TemplateGroup } from '../../shared/methodology/template-schema';
import type { AuditReportContext } from './audit-report';
import { fieldTable, paragraph } from './docx-kit';
import { verificationCode } from './official-form';
import { signatureText } from './report-common';

/** Who gave the answers and who sealed them: the credit line of each dimension, the seal's hash and signature. */

const WARNING = 'B42318';

/** Who answered one dimension: the credit line under its heading, and the marker of each answer cell. */
export interface GroupCredits {
  line: Paragraph | null;
  /** Initials for an answer not given by the dimension's main auditor ("?" where no one is recorded); null for theirs. */
  marker(itemId: string, slot: number): string | null;
}

/** "Maria Goreti Seran, S.H." -> "MGS": the name before any degree, titles such as "dr." left out. */
function initialsOf(name: string): string {
  const words = (name.split(',')[0]!.trim() || name).split(/\s+/).filter(Boolean);
  const plain = words.filter((w) => !w.endsWith('.'));
  return (plain.length ? plain : words).slice(0, 3).map((w) => w[0]!.toLocaleUpperCase('id-ID')).join('');
}

/**
 * The credit line names everyone with their number of answers, most first. When several people
 * answered one dimension (and `markAnswers`), the answers of all but the first are marked with
 * their initials: a table answered mostly by one auditor stays as plain as before, and the
 * exceptions stand out.
 */
export function groupCredits(ctx: AuditReportContext, group: TemplateGroup, markAnswers: boolean): GroupCredits {
  const { data, t } = ctx;
  const { content, credits } = data;
  const by = (itemId: string, slot: number) => credits[itemId]?.[slot] ?? null;
  const tally = new Map<string | null, number>();
  for (const item of group.items) {
    (content.answers[item.id] ?? []).forEach((value, slot) => {
      if (value === null) return;
      const name = by(item.id, slot);
      tally.set(name, (tally.get(name) ?? 0) + 1);
    });
  }
  // Answers no one is recorded for (given before answers were credited) come last.
  const named = [...tally].filter((e): e is [string, number] => e[0] !== null).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!named.length) return { line: null, marker: () => null };
  const markers = new Map<string | null, string>();
  for (const [name] of markAnswers ? named.slice(1) : []) {
    const initials = initialsOf(name);
    let marker = initials;
    for (let n = 2; [...markers.values()].includes(marker); n++) marker = `${initials}${n}`;
    markers.set(name, marker);
  }
  const unknown = tally.get(null);
  if (unknown && markAnswers) markers.set(null, '?');

  const entries: [string | null, number][] = [...named, ...(unknown ? [[null, unknown] as [null, number]] : [])];
  // Semicolons, since names often carry degrees after a comma ("Maria Seran, S.H.").
  const list = entries
    .map(([name, count]) => {
      const shown = name ?? t('reports.audit.notRecorded');
      const marker = markers.get(name);
      return marker ? t('reports.audit.answerCountMarked', { name: shown, marker, count }) : t('reports.audit.answerCount', { name: shown, count });
    })
    .join('; ');
  return {
    line: paragraph(t('reports.audit.answeredBy', { list }), { muted: true }),
    marker: (itemId, slot) => markers.get(by(itemId, slot)) ?? null,
  };
}

/** The content hash and the digital signature, with a warning when the seal cannot be trusted. */
export function sealBlock(ctx: AuditReportContext): FileChild[] {
  const { data, t } = ctx;
  const s = data.signature;
  const rows: [string, string][] = [];
  if (data.contentHash) rows.push([t('reports.audit.hashLabel'), data.contentHash], [t('reports.audit.verificationCode'), verificationCode(data.contentHash)]);
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
