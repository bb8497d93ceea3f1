import { cellMargins, grid, GRID, HEADER_FILL, MUTED, TABLE_TEXT_STYLE } from './docx-kit';

/**
 * WordprocessingML written as text, for the parts of a report that are too long for `docx`'s
 * object tree: a findings report of 5,000 findings held about 1 MB per finding there and did not
 * fit in 1 GB. Each block is the XML `docx-kit` writes for the same block (same styles, borders,
 * margins and widths), so both halves of a report look alike; a finding's XML is made, streamed
 * into the package and dropped.
 */

/** XML 1.0 has no place for most control characters; a pasted one would make Word refuse the file. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  muted?: boolean;
}

const runProps = (s: RunStyle): string =>
  `<w:rPr>${s.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>'}${s.italics ? '<w:i/><w:iCs/>' : ''}${s.muted ? `<w:color w:val="${MUTED}"/>` : ''}</w:rPr>`;

/** Text kept as typed: each line break is a line break in Word (as docx-kit's textRuns). */
export function runsXml(text: string, style: RunStyle = {}): string {
  const props = runProps(style);
  return text
    .split(/\r?\n/)
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

export const paragraphXml = (text: string, style: RunStyle = {}): string => `<w:p>${runsXml(text, style)}</w:p>`;

export const headingXml = (text: string, level: 1 | 2 | 3): string =>
  `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

const BORDER = `w:val="single" w:color="${GRID}" w:sz="4"`;
const TABLE_PROPS =
  '<w:tblPr><w:tblW w:type="pct" w:w="5000"/>' +
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
  `<w:tblCellMar><w:top w:type="dxa" w:w="${cellMargins.top}"/><w:left w:type="dxa" w:w="${cellMargins.left}"/><w:bottom w:type="dxa" w:w="${cellMargins.bottom}"/><w:right w:type="dxa" w:w="${cellMargins.right}"/></w:tblCellMar></w:tblPr>`;

function cellXml(text: string, width: number, opts: { header?: boolean; fill?: string | undefined }): string {
  const fill = opts.header ? HEADER_FILL : opts.fill;
  const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}</w:tcPr><w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE.id}"/></w:pPr>${runsXml(text, { bold: !!opts.header })}</w:p></w:tc>`;
}

const rowXml = (cells: string, header = false) => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;

function tableXml(widthsPct: number[], rows: string[]): string {
  const cols = grid(widthsPct).map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl>${TABLE_PROPS}<w:tblGrid>${cols}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** docx-kit's dataTable: a full-width table with a repeated, shaded header row and optional row fills. */
export function dataTableXml(o: { headers: string[]; rows: string[][]; widths: number[]; rowFills?: (string | undefined)[] }): string {
  const widths = grid(o.widths);
  const header = rowXml(o.headers.map((h, i) => cellXml(h, widths[i]!, { header: true })).join(''), true);
  const body = o.rows.map((r, ri) => rowXml(r.map((v, i) => cellXml(v, widths[i]!, { fill: o.rowFills?.[ri] })).join('')));
  return tableXml(o.widths, [header, ...body]);
}

/** docx-kit's fieldTable: label and value pairs, the labels shaded, an empty value as "—". */
export function fieldTableXml(rows: [string, string][], labelWidthPct = 28): string {
  const pct = [labelWidthPct, 100 - labelWidthPct];
  const [labelWidth, valueWidth] = grid(pct) as [number, number];
  return tableXml(pct, rows.map(([label, value]) => rowXml(cellXml(label, labelWidth, { header: true }) + cellXml(value || '—', valueWidth, {}))));
}

/** English Metric Units per pixel at 96 dpi, as Word measures drawings. */
const EMU_PER_PX = 9525;

/**
 * An inline picture whose bytes are the package part behind relationship `relId`. `drawingId`
 * must be unique in the document (docx numbers its own drawings from 1).
 */
export function imageXml(o: { relId: string; drawingId: number; name: string; width: number; height: number }): string {
  const cx = Math.round(o.width * EMU_PER_PX);
  const cy = Math.round(o.height * EMU_PER_PX);
  const name = escapeXml(o.name);
  return (
    '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${o.drawingId}" name="${name}" descr="${name}" title="${name}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="0" name="${name}" descr="${name}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${o.relId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}
