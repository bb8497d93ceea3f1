import { AlignmentType, BorderStyle, ImageRun, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import type { FileSigner } from '../../shared/audit-file';
import type { Language } from '../../shared/domain/settings';
import { formatDate } from '../../shared/format/dates';
import { documentNumber } from '../../shared/reports/document-number';
import { fieldTable, imageSize, pageBreak, paragraph, textRuns } from './docx-kit';
import { imageFromDataUrl, type EmbeddedImage, type Institution, type Translate } from './report-common';

/**
 * The parts of an Indonesian official document (Tata Naskah Dinas) the reports share: the
 * letterhead (kop surat) with its closing double rule, the document number, the cover, the
 * place-and-date line and the signature blocks with name, NIP and position.
 */

const INK = '14213D';
const MUTED = '5D6776';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** A signature drawn on the pad is wide and low; it is shown at most this size (px). */
const SIGNATURE_BOX = { width: 190, height: 72 };
/** The room to sign in: the drawing's box (72 px = 54 pt) and a little air, in twips. */
const SIGN_ROOM_TWIPS = 1250;
/** Holds an empty line at its size: an empty paragraph takes the default font's height instead. */
const NBSP = '\u00a0';

function scaledImage(image: EmbeddedImage, max: { width: number; height: number }, name: string): ImageRun | null {
  const size = imageSize(image.bytes);
  if (!size || !size.width || !size.height) return null;
  const scale = Math.min(1, max.width / size.width, max.height / size.height);
  return new ImageRun({
    type: image.type, data: image.bytes, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name, description: name, title: name },
  });
}

const centred = (text: string, style: { bold?: boolean; size: number; after?: number }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: style.after ?? 0 }, children: textRuns(text, { bold: !!style.bold, size: style.size, color: INK }) });

/**
 * The kop surat: logo on the left, the parent government and the agency in capitals, address
 * and contacts beneath, closed by a thick-thin double rule. Nothing when neither name nor logo is set.
 */
export function letterhead(inst: Institution): FileChild[] {
  if (!inst.name && !inst.logo) return [];
  const logo = inst.logo && scaledImage(inst.logo, { width: 86, height: 86 }, inst.name || 'Logo');
  const lines = [
    ...(inst.parent ? [centred(inst.parent.toLocaleUpperCase('id-ID'), { bold: true, size: 26 })] : []),
    ...(inst.name ? [centred(inst.name.toLocaleUpperCase('id-ID'), { bold: true, size: 28 })] : []),
    ...(inst.address ? [centred(inst.address, { size: 19 })] : []),
    ...(inst.contact ? [centred(inst.contact, { size: 19 })] : []),
  ];
  const text = new TableCell({ verticalAlign: VerticalAlign.CENTER, children: lines.length ? lines : [new Paragraph('')] });
  const row = logo
    ? [new TableCell({ verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ children: [logo] })] }), text, new TableCell({ children: [new Paragraph('')] })]
    : [text];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      // Logo, text and an empty column as wide as the logo's, so the text is centred on the page.
      columnWidths: logo ? [1250, 7138, 1250] : [9638],
      borders: NO_BORDERS,
      rows: [new TableRow({ cantSplit: true, children: row })],
    }),
    new Paragraph({ spacing: { before: 60, after: 240 }, border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } }, children: [] }),
  ];
}

export interface CoverOptions {
  institution: Institution;
  title: string;
  subject: string;
  fields: [string, string][];
  /** The date the number's year and month are read from (sign-off or generation). */
  date: string;
  t: Translate;
  /** Shown in red under the title, e.g. that the audit is a draft. */
  warning?: string;
}

/** The first page: letterhead, number, title and subject, the cover text, and the key facts. */
export function coverPage(o: CoverOptions): FileChild[] {
  const out: FileChild[] = [...letterhead(o.institution)];
  if (o.institution.numberPattern) {
    out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: `${o.t('reports.common.number')}: ${documentNumber(o.institution.numberPattern, o.date)}`, size: 21 })] }));
  }
  out.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 200 }, children: [new TextRun({ text: o.title, bold: true, size: 40, color: INK })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: o.subject, bold: true, size: 30, color: '0B5CAB' })] }),
  );
  if (o.institution.coverText) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: textRuns(o.institution.coverText, { italics: true }) }));
  if (o.warning) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: o.warning, bold: true, color: 'B42318', size: 24 })] }));
  out.push(fieldTable(o.fields, 32), paragraph(''), pageBreak());
  return out;
}

/** The closing sentence before the signatures: the settings' text, or the standard wording. */
export const closingParagraph = (inst: Institution, t: Translate): Paragraph =>
  new Paragraph({ spacing: { before: 240, after: 240 }, children: textRuns(inst.closingText || t('reports.common.closing')) });

/** "Kupang, 21 Agustus 2024", right-aligned above the signatures; the date alone without a place. */
export function placeAndDate(place: string | undefined, isoDate: string, language: Language): Paragraph {
  const date = formatDate(isoDate, language);
  return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 240 }, children: [new TextRun({ text: place ? `${place}, ${date}` : date })] });
}

/** One signature block: who signs as what, room to sign (and stamp), the drawn signature, name, NIP. */
export interface SignatureBlock {
  caption: string;
  /** The position (jabatan) under the caption, e.g. "Kepala Dinas". */
  position: string;
  name: string;
  nip: string;
  /** Printed small under the caption, e.g. "(tanda tangan dan cap)". */
  hint?: string;
  drawn?: string | undefined;
}

function blockCell(b: SignatureBlock, t: Translate): TableCell {
  const image = b.drawn ? imageFromDataUrl(b.drawn) : null;
  const drawn = image && scaledImage(image, SIGNATURE_BOX, t('reports.common.drawnSignature', { name: b.name }));
  const line = (text: string, style: { bold?: boolean; underline?: boolean; size?: number; color?: string } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { after: 0 },
      children: [new TextRun({ text, bold: !!style.bold, size: style.size ?? 21, ...(style.underline ? { underline: {} } : {}), ...(style.color ? { color: style.color } : {}) })],
    });
  return new TableCell({
    children: [
      // Every block has the same lines, empty where there is nothing, so names side by side align.
      line(b.caption, { bold: true }),
      line(b.position || NBSP),
      line(b.hint || NBSP, { size: 16, color: MUTED }),
      // The drawn signature, or room of the same height to sign and stamp by hand.
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: SIGN_ROOM_TWIPS, lineRule: LineRuleType.EXACT }, children: [drawn ?? new TextRun(NBSP)] }),
      line(b.name, { bold: true, underline: true }),
      line(b.nip ? `NIP. ${b.nip}` : t('reports.common.noNip'), { size: 19 }),
    ],
  });
}

/** Signature blocks two to a row, the first row holding the first two (representative and lead). */
export function signatureTable(blocks: SignatureBlock[], t: Translate): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const pair = blocks.slice(i, i + 2);
    const cells = pair.map((b) => blockCell(b, t));
    if (pair.length === 1) cells.push(new TableCell({ children: [new Paragraph('')] }));
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [4819, 4819],
    borders: NO_BORDERS,
    margins: { top: 120, bottom: 240, left: 90, right: 90 },
    rows,
  });
}

/** The blocks of a seal: the representative first (left), then every auditor, the lead first. */
export function sealSignatureBlocks(
  signers: FileSigner[] | undefined,
  fallback: { auditorName: string; agencyRepresentative: string; auditors: { name: string; nip?: string | undefined }[] },
  t: Translate,
): SignatureBlock[] {
  const list: FileSigner[] = signers ?? [
    { role: 'representative', name: fallback.agencyRepresentative },
    { role: 'auditor', name: fallback.auditorName, ...(nipOf(fallback.auditors, fallback.auditorName) ? { nip: nipOf(fallback.auditors, fallback.auditorName)! } : {}) },
  ];
  const representative = list.filter((s) => s.role === 'representative');
  const auditors = list.filter((s) => s.role === 'auditor');
  return [
    ...representative.map((s) => ({ caption: t('reports.common.signRepresentative'), position: s.position ?? '', name: s.name, nip: s.nip ?? '', hint: t('reports.common.stampHint'), drawn: s.drawn })),
    ...auditors.map((s, i) => ({
      caption: i === 0 ? t('reports.common.signLead') : t('reports.common.signMember'),
      position: s.position ?? '', name: s.name, nip: s.nip ?? '', drawn: s.drawn,
    })),
  ];
}

const nipOf = (auditors: { name: string; nip?: string | undefined }[], name: string) => auditors.find((a) => a.name === name)?.nip;

/** "3F2A-91C0-7D4E": the first twelve characters of the content hash, to read out or type in. */
export const verificationCode = (hash: string): string => hash.slice(0, 12).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
