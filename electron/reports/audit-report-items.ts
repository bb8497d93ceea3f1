import { Paragraph, TextRun, type FileChild } from 'docx';
import type { SlotAnswer } from '../../shared/scoring';
import type { TemplateGroup, TemplateItem } from '../../shared/methodology/template-schema';
import type { AuditReportContext } from './audit-report';
import type { EvidenceFile } from './audit-report-data';
import { groupCredits, type GroupCredits } from './audit-report-provenance';
import { heading, paragraph, richTable, type RichCell } from './docx-kit';
import { num, percent } from './report-common';

/** Up to this many respondents or products get a column each; more share one column. */
const MAX_SLOT_COLUMNS = 6;
const SMALL = 18;
const MUTED = '5D6776';
/** Photos sit in the table under their item, small enough for two or three to a page. */
const PHOTO_MAX = { width: 320, height: 220 };
/** Percent of the text width: wide enough for "PR-06b" and the "Capaian"/"Achieved" header on one line. */
const CODE_WIDTH = 11;
const ACHIEVED_WIDTH = 14;

/** One section per dimension: its points, how it was observed, and every item with its answers. */
export function dimensionSections(ctx: AuditReportContext): FileChild[] {
  const { data, t, language, score } = ctx;
  const figure = { n: 0 };
  const out: FileChild[] = [heading(t('reports.audit.resultsTitle'), 1)];
  data.template.groups.forEach((group, gi) => {
    const g = score.groups[gi]!;
    // Initials fit beside an answer in a column of its own; a shared cell keeps its ten to a line.
    const credits = groupCredits(ctx, group, slotCount(ctx, group) <= MAX_SLOT_COLUMNS);
    out.push(
      heading(
        g.applicable
          ? t('reports.audit.groupHeading', { group: group.label[language], points: num(g.points, language), weight: num(g.effectiveWeight, language) })
          : t('reports.audit.groupHeadingNa', { group: group.label[language] }),
        2,
      ),
      paragraph(methodText(ctx, group), { muted: true }),
      paragraph(respondentLegend(ctx, group), { muted: true }),
      ...(credits.line ? [credits.line] : []),
      itemTable(ctx, group, gi, figure, credits),
    );
  });
  return out;
}

const slotCount = (ctx: AuditReportContext, group: TemplateGroup): number =>
  ctx.data.content.respondents[group.id]?.count ?? group.respondents.defaultCount;

/**
 * The template's method in words, with the count the audit observed: the template says "2
 * produk layanan per unit" (its default), an audit of 3 products prints 3, as its table shows.
 * Only a count named once is replaced, so no other figure in the text can change.
 */
function methodText(ctx: AuditReportContext, group: TemplateGroup): string {
  const text = group.method[ctx.language];
  const count = slotCount(ctx, group);
  const defaultCount = group.respondents.defaultCount;
  const named = new RegExp(`(?<![\\d.,])${defaultCount}(?![\\d.,])`, 'g');
  if (count === defaultCount || (text.match(named) ?? []).length !== 1) return text;
  return text.replace(named, String(count));
}

function respondentLegend(ctx: AuditReportContext, group: TemplateGroup): string {
  const { data, t, language } = ctx;
  const r = data.content.respondents[group.id] ?? { count: group.respondents.defaultCount, labels: [] };
  // Unnamed slots are just numbered; the list is only worth printing when someone or something is named.
  const named = r.labels.some(Boolean)
    ? Array.from({ length: r.count }, (_, i) => `${i + 1} = ${r.labels[i] || `${group.respondents.label[language]} ${i + 1}`}`).join('; ')
    : `1–${r.count}`;
  return t('reports.audit.respondents', { kind: group.respondents.label[language], n: r.count, list: named });
}

function answerText(ctx: AuditReportContext, item: TemplateItem, a: SlotAnswer | undefined): string {
  if (a === 'na') return ctx.t('reports.common.na');
  if (a === null || a === undefined) return '–';
  if (item.scale === 'yesno') return ctx.t(a >= 1 ? 'reports.audit.yes' : 'reports.audit.no');
  return String(a);
}

const small = (text: string, style: { bold?: boolean; italics?: boolean; color?: string } = {}, keepNext = false) =>
  new Paragraph({ spacing: { after: 0 }, keepNext, children: text.split('\n').map((line, i) => new TextRun({ text: line, size: SMALL, ...style, ...(i ? { break: 1 } : {}) })) });
const cell = (text: string, style?: { bold?: boolean; italics?: boolean; color?: string }): RichCell => ({ children: [small(text, style)] });

/** An answer, with the initials of who gave it raised after it where the dimension's credit line asks for them. */
interface Answer { text: string; marker: string | null }
/** `before`: what parts it from the answer before it in a shared cell. */
const answerRuns = (a: Answer, before: 'none' | 'space' | 'line' = 'none'): TextRun[] => [
  new TextRun({ text: before === 'space' ? `  ${a.text}` : a.text, size: SMALL, ...(before === 'line' ? { break: 1 } : {}) }),
  ...(a.marker ? [new TextRun({ text: a.marker, size: SMALL, superScript: true, color: MUTED })] : []),
];
const runsCell = (runs: TextRun[]): RichCell => ({ children: [new Paragraph({ spacing: { after: 0 }, children: runs })] });

/** Many answers in one cell, ten to a line, so respondent 17 is easy to find. */
const inTens = (answers: Answer[]): RichCell => runsCell(answers.flatMap((a, i) => answerRuns(a, i === 0 ? 'none' : i % 10 === 0 ? 'line' : 'space')));

function itemTable(ctx: AuditReportContext, group: TemplateGroup, gi: number, figure: { n: number }, credits: GroupCredits): FileChild {
  const { data, t, language } = ctx;
  const count = slotCount(ctx, group);
  const perSlot = count <= MAX_SLOT_COLUMNS;
  const slotWidth = perSlot ? Math.min(9, Math.floor(36 / count)) : 36;
  const itemWidth = 100 - CODE_WIDTH - ACHIEVED_WIDTH - (perSlot ? slotWidth * count : slotWidth);
  const widths = [CODE_WIDTH, itemWidth, ...(perSlot ? Array.from({ length: count }, () => slotWidth) : [slotWidth]), ACHIEVED_WIDTH];
  const headers = [
    t('reports.audit.code'),
    t('reports.audit.item'),
    ...(perSlot ? Array.from({ length: count }, (_, i) => String(i + 1)) : [t('reports.audit.answersRange', { last: count })]),
    t('reports.common.achievement'),
  ];
  const span = widths.length;
  const sections = new Map((group.sections ?? []).map((s) => [s.id, s.label[language]]));
  const rows: RichCell[][] = [];
  // Notes (up to 5000 characters) and photos can be taller than a page: only those rows may break.
  const details = new Set<number>();
  let section: string | undefined;
  group.items.forEach((item, ii) => {
    if (item.section && item.section !== section) {
      section = item.section;
      // Kept with the next row, so a section's title never ends a page alone.
      rows.push([{ children: [small(sections.get(item.section) ?? item.section, { bold: true }, true)], columnSpan: span, fill: 'F3F5F8' }]);
    }
    const s = ctx.score.groups[gi]!.items[ii]!;
    const answers = Array.from({ length: count }, (_, slot): Answer => {
      const value = data.content.answers[item.id]?.[slot];
      return { text: answerText(ctx, item, value), marker: value === null || value === undefined ? null : credits.marker(item.id, slot) };
    });
    rows.push([
      cell(item.id, { bold: true }),
      cell(item.label[language]),
      ...(perSlot ? answers.map((a) => runsCell(answerRuns(a))) : [inTens(answers)]),
      cell(s.applicable ? percent(s.value) : t('reports.common.na')),
    ]);
    const detail = itemDetail(ctx, item, figure);
    if (detail.length) {
      details.add(rows.length);
      rows.push([{ children: detail, columnSpan: span }]);
    }
  });
  return richTable({ headers, rows, widths, splittable: details });
}

/** The item's note and evidence: photos scaled and captioned, other files by name, missing ones said so. */
function itemDetail(ctx: AuditReportContext, item: TemplateItem, figure: { n: number }): Paragraph[] {
  const { data, t } = ctx;
  const out: Paragraph[] = [];
  const note = data.content.notes[item.id];
  if (note) out.push(small(`${t('reports.audit.note')}: ${note}`, { italics: true }));
  const files = data.evidence.filter((e) => e.itemId === item.id);
  for (const file of files) {
    const picture = file.image && ctx.media.imageParagraph(file.image.bytes, file.image.type, file.name, PHOTO_MAX.width, PHOTO_MAX.height, file.sha256);
    if (picture) {
      figure.n++;
      out.push(picture, small(t('reports.audit.photoCaption', { n: figure.n, item: item.id, name: file.name }), { italics: true, color: MUTED }));
    } else {
      out.push(small(evidenceLine(ctx, file), { color: file.problem ? 'B42318' : MUTED }));
    }
  }
  return out;
}

function evidenceLine(ctx: AuditReportContext, file: EvidenceFile): string {
  const { t } = ctx;
  if (file.problem === 'missing') return t('reports.audit.evidenceMissing', { name: file.name });
  if (file.problem === 'changed') return t('reports.audit.evidenceChanged', { name: file.name });
  return t('reports.audit.evidenceFile', { name: file.name });
}
