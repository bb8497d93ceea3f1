import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageBreak, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType, type FileChild,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import { TextWatermark } from 'docx/watermarks';

/**
 * Building blocks for Patuh's Word reports (findings now; audits and entities next): a document
 * shell with header and footer, headings, text, tables, a native bar chart and images. Charts
 * are real Word charts, so they stay sharp and editable and LibreOffice draws them too.
 */

const FONT = 'Calibri';
/** Colours shared with the hand-written parts of a report (wordml.ts). */
export const MUTED = '5D6776';
export const HEADER_FILL = 'E8EEF7';
export const GRID = 'C9CFD8';
/** A4 with 2 cm margins leaves about 17 cm, 643 px at 96 dpi. */
export const CONTENT_WIDTH_PX = 640;
/** The same width in twips: 11906 (A4) less two margins of 1134. */
const CONTENT_WIDTH_TWIPS = 11906 - 2 * 1134;

export interface ShellOptions {
  title: string;
  /** Shown at the top of every page, e.g. the institution and the report's name. */
  headerText: string;
  /** Footer words in the report's language: "Page {n} of {total}", "Generated ...". */
  pageWord: string;
  ofWord: string;
  generatedText: string;
  children: FileChild[];
  /** E.g. "DRAFT": a diagonal watermark and a red line in the header of every page. */
  draftMark?: string;
  /** More footer lines under the page number, e.g. the content hash. */
  footerLines?: string[];
  /** Lays the pages out once so a table of contents is written with its page numbers. */
  tocPageNumbers?: boolean;
  /** The text's language (e.g. "id-ID"), so Word spell-checks Indonesian as Indonesian. */
  language?: string;
}

export function reportDocument(o: ShellOptions): Document {
  const small = { size: 16, color: MUTED, font: FONT };
  const headerRuns = [
    ...(o.draftMark ? [new TextWatermark({ text: o.draftMark, color: 'D0D4DA', opacity: 0.45 }), new TextRun({ text: `${o.draftMark} · `, bold: true, color: 'B42318', size: 18, font: FONT })] : []),
    new TextRun({ text: o.headerText, ...small }),
  ];
  return new Document({
    title: o.title,
    creator: 'Patuh',
    ...(o.tocPageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    styles: {
      paragraphStyles: [o.language ? { ...TABLE_TEXT_STYLE, run: { ...TABLE_TEXT_STYLE.run, language: { value: o.language } } } : TABLE_TEXT_STYLE],
      default: {
        document: { run: { font: FONT, size: 21, ...(o.language ? { language: { value: o.language } } : {}) }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '14213D' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: '0B5CAB' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: headerRuns })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ ...small, children: [`${o.pageWord} `, PageNumber.CURRENT, ` ${o.ofWord} `, PageNumber.TOTAL_PAGES, ` · ${o.generatedText}`] }),
                ],
              }),
              ...(o.footerLines ?? []).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: line, ...small })] })),
            ],
          }),
        },
        children: o.children,
      },
    ],
  });
}

export const packDocument = (doc: Document): Promise<Buffer> => Packer.toBuffer(doc);

export function documentTitle(text: string, subtitle?: string): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text, font: FONT, size: 40, bold: true, color: '14213D' })] })];
  if (subtitle) out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: subtitle, color: MUTED, size: 22 })] }));
  return out;
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], text });
}

/** Text kept as the user typed it: each line break is a line break in Word. */
export function textRuns(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

export function paragraph(text: string, style: { bold?: boolean; italics?: boolean; muted?: boolean } = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, { bold: !!style.bold, italics: !!style.italics, ...(style.muted ? { color: MUTED } : {}) }) });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
export const cellMargins = { top: 50, bottom: 50, left: 90, right: 90 };

/**
 * Table text is a point smaller than body text: tables carry the most words per line. Size,
 * spacing, cell margins and column widths are set once (a style, the table, its grid) rather than
 * on every cell and run: a report of 500 findings then packs about twice as fast and its XML is
 * less than half the size.
 */
export const TABLE_TEXT_STYLE = { id: 'PatuhTableText', name: 'Patuh table text', run: { size: 19 }, paragraph: { spacing: { after: 0 } } };
/** Column widths in twips from percentages of the text width. */
export const grid = (widthsPct: number[]) => widthsPct.map((w) => Math.round((w / 100) * CONTENT_WIDTH_TWIPS));

function cell(text: string, opts: { header?: boolean; fill?: string | undefined } = {}): TableCell {
  const fill = opts.header ? HEADER_FILL : opts.fill;
  return new TableCell({
    children: [new Paragraph({ style: TABLE_TEXT_STYLE.id, children: textRuns(text, { bold: !!opts.header }) })],
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
  });
}

export interface TableOptions {
  headers: string[];
  rows: string[][];
  /** Column widths in percent of the text width. */
  widths?: number[];
  /** A fill colour per row (hex), e.g. to mark late rows; undefined leaves it white. */
  rowFills?: (string | undefined)[];
}

/** A full-width table with a repeated, shaded header row. */
export function dataTable(o: TableOptions): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: grid(o.widths ?? o.headers.map(() => 100 / o.headers.length)),
    margins: cellMargins,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: o.headers.map((h) => cell(h, { header: true })) }),
      ...o.rows.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v, { fill: o.rowFills?.[ri] })) })),
    ],
  });
}

/** Label and value pairs, two columns, the labels shaded. */
export function fieldTable(rows: [string, string][], labelWidthPct = 28): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: grid([labelWidthPct, 100 - labelWidthPct]),
    margins: cellMargins,
    borders,
    rows: rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, { header: true }), cell(value || '—')] })),
  });
}

export interface BarChartOptions {
  title: string;
  categories: string[];
  series: { name: string; values: number[]; color?: string }[];
  /** Horizontal bars read better with long category names. */
  horizontal?: boolean;
  /** Colour per bar of a single series, e.g. to match status colours. */
  barColors?: (string | undefined)[];
  height?: number;
  stacked?: boolean;
  /** Top of the value axis, e.g. 100 for scores. */
  maximum?: number;
  /** A flat line across the chart, e.g. a target score; drawn as a line series, without labels. */
  line?: { name: string; value: number; color: string };
  /** Series names to leave out of the legend (e.g. one whose bars are coloured one by one). */
  hiddenInLegend?: string[];
  /** False leaves the values off the bars, where there are too many bars for them to fit. */
  valueLabels?: boolean;
  /**
   * Writes each bar's label as text, e.g. "84,44": a chart's number format always shows '.', so
   * an Indonesian report gives its labels as the language writes them.
   */
  labelText?: (value: number) => string;
}

/** A native Word bar chart with whole-number axis and the value on each bar. */
export function barChart(o: BarChartOptions): Paragraph {
  return new Paragraph({
    children: [
      new ChartRun({
        type: o.horizontal ? 'bar' : 'column',
        title: { text: o.title, font: { size: 11, bold: true } },
        categories: o.categories,
        series: [
          ...o.series.map((s, i) => ({
            name: s.name,
            values: s.values,
            ...(s.color ? { color: s.color } : {}),
            ...(i === 0 && o.barColors ? { colors: o.barColors } : {}),
            ...(o.labelText && o.valueLabels !== false ? { pointLabels: s.values.map((v) => ({ text: o.labelText!(v) })) } : {}),
          })),
          ...(o.line
            ? [{ name: o.line.name, values: o.categories.map(() => o.line!.value), type: 'line' as const, color: o.line.color, markers: false, dataLabels: false as const }]
            : []),
        ],
        stacking: o.stacked ? 'stacked' : 'none',
        legend: o.series.length + (o.line ? 1 : 0) > 1 ? { position: 'bottom', ...(o.hiddenInLegend ? { hiddenEntries: o.hiddenInLegend } : {}) } : false,
        dataLabels: { value: o.valueLabels ?? true },
        valueAxis: { numberFormat: '0', minimum: 0, ...(o.maximum !== undefined ? { maximum: o.maximum } : {}) },
        ...(o.horizontal ? { categoryAxis: { reverseOrder: true } } : {}),
        transformation: { width: CONTENT_WIDTH_PX, height: o.height ?? 280 },
      }),
    ],
  });
}

/** Pixel size of a PNG or JPEG, read from its header (no image library needed). */
export function imageSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic coding) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * An image scaled to fit `maxWidth` x `maxHeight` pixels, or null if its size cannot be read.
 * `data` is what goes into the package (docx-media.ts passes a placeholder for the bytes).
 */
export function imageParagraph(
  bytes: Buffer, type: 'png' | 'jpg', altText: string, maxWidth = CONTENT_WIDTH_PX, maxHeight = 360, data: Buffer = bytes,
): Paragraph | null {
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  const scale = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return new Paragraph({
    children: [
      new ImageRun({
        type,
        data,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: altText, description: altText, title: altText },
      }),
    ],
  });
}

/** A native Word pie chart, one colour per slice, with the count on each slice. */
export function pieChart(o: { title: string; categories: string[]; values: number[]; colors: string[]; height?: number }): Paragraph {
  return new Paragraph({
    keepNext: true,
    children: [
      new ChartRun({
        type: 'pie',
        title: { text: o.title, font: { size: 11, bold: true } },
        categories: o.categories,
        series: [{ name: o.title, values: o.values, colors: o.colors }],
        dataLabels: { value: true },
        legend: { position: 'right' },
        transformation: { width: Math.round(CONTENT_WIDTH_PX * 0.7), height: o.height ?? 240 },
      }),
    ],
  });
}

export const pageBreak = (): Paragraph => new Paragraph({ children: [new PageBreak()] });

/**
 * A table of contents of heading levels 1 and 2, written with an entry per heading so it is not
 * empty before Word updates it (page numbers need `tocPageNumbers` on the document).
 */
export function tableOfContents(title: string): FileChild[] {
  return [
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: title, font: FONT, size: 30, bold: true, color: '14213D' })] }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/** A coloured label (one shaded table cell), e.g. a zone: Word keeps it editable, unlike a picture. */
export function badge(lines: string[], fill: string, textColor: string, widthPct = 45): Table {
  return new Table({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: { top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' } },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            margins: { top: 100, bottom: 100, left: 160, right: 160 },
            children: lines.map((line, i) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: line, color: textColor, bold: i === 0, size: i === 0 ? 30 : 20, font: FONT })] })),
          }),
        ],
      }),
    ],
  });
}

/** Text in a table's own size, for cells built by hand (a coloured word in a richTable). */
export const tableParagraph = (text: string, style: { bold?: boolean; color?: string } = {}): Paragraph =>
  new Paragraph({ style: TABLE_TEXT_STYLE.id, children: textRuns(text, style) });

/** A cell of richTable: text, or paragraphs (e.g. with images), optionally spanning columns. */
export type RichCell = string | { children: Paragraph[]; columnSpan?: number; fill?: string };

/**
 * Like dataTable, but a cell may hold any paragraphs and span columns, for rows such as an item's
 * note and photos under the item. Rows listed in `splittable` may break across pages (a row of
 * tall photos must); the others are kept whole.
 */
export function richTable(o: { headers: string[]; rows: RichCell[][]; widths: number[]; splittable?: Set<number> }): Table {
  const widthOf = (from: number, span: number) => o.widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const toCell = (c: RichCell, column: number, header: boolean) => {
    const span = typeof c === 'string' ? 1 : (c.columnSpan ?? 1);
    const fill = header ? HEADER_FILL : typeof c === 'string' ? undefined : c.fill;
    return new TableCell({
      children: typeof c === 'string' ? [tableParagraph(c, { bold: header })] : c.children,
      margins: cellMargins,
      width: { size: widthOf(column, span), type: WidthType.PERCENTAGE },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    });
  };
  const cells = (row: RichCell[], header: boolean) => {
    let column = 0;
    return row.map((c) => {
      const cell = toCell(c, column, header);
      column += typeof c === 'string' ? 1 : (c.columnSpan ?? 1);
      return cell;
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // The grid too, not only each cell's percentage: LibreOffice otherwise shares the width out
    // evenly, and a narrow header ("Predikat") breaks mid-word while "#" gets an eighth of the page.
    columnWidths: grid(o.widths),
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: cells(o.headers, true) }),
      ...o.rows.map((r, i) => new TableRow({ cantSplit: !o.splittable?.has(i), children: cells(r, false) })),
    ],
  });
}
