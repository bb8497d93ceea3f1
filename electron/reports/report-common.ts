import { AlignmentType, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { SealSignature } from '../../shared/domain/audit';
import type { Language } from '../../shared/domain/settings';
import type { Zone, ZonePolicy } from '../../shared/domain/zone';
import type { GradeBand, LocalizedText } from '../../shared/methodology/template-schema';
import { badge, fieldTable, imageSize, pageBreak, paragraph } from './docx-kit';

/**
 * What the audit and entity reports share: number formats, zone colours and badges, the cover
 * page. Generic Word pieces live in docx-kit.ts.
 */

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface EmbeddedImage {
  type: 'png' | 'jpg';
  bytes: Buffer;
}

export interface Institution {
  name: string;
  logo: EmbeddedImage | null;
}

/** Badge fill and text, and bar colour in charts; the traffic light of the Ombudsman's zones. */
export const ZONE_COLORS: Record<Zone, { fill: string; text: string; chart: string }> = {
  green: { fill: '1A7F37', text: 'FFFFFF', chart: '2E9E4F' },
  yellow: { fill: 'F2C230', text: '3D2E00', chart: 'E0A800' },
  red: { fill: 'B42318', text: 'FFFFFF', chart: 'C0392B' },
};
export const ZONES: readonly Zone[] = ['green', 'yellow', 'red'];

/** Scores with two decimals as each language writes them: 84,44 in Indonesian, 84.44 in English. */
export function num(value: number, language: Language, decimals = 2): string {
  return value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** An achievement of 0..1 as a whole percentage. */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;

export const localized = (text: LocalizedText, language: Language): string => text[language];

/** The settings' logo (a data: URL) as image bytes; null when there is none. */
export function imageFromDataUrl(url: string): EmbeddedImage | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(url);
  return match ? { type: match[1] === 'png' ? 'png' : 'jpg', bytes: Buffer.from(match[2]!, 'base64') } : null;
}

export function periodText(period: { year: number; label: string; start: string | null; end: string | null }): string {
  const dates = period.start || period.end ? ` (${period.start ?? '…'} – ${period.end ?? '…'})` : '';
  return `${period.year}${period.label ? ` · ${period.label}` : ''}${dates}`;
}

/** "B · Kualitas Tinggi" or, for methods with zones only, the band's label. */
export function bandText(band: Pick<GradeBand, 'label'> & { grade?: string | null | undefined }, language: Language): string {
  return band.grade ? `${band.grade} · ${band.label[language]}` : band.label[language];
}

export function policyText(policy: ZonePolicy, t: Translate, language: Language): string {
  return t('reports.common.policy', { green: num(policy.green, language), yellow: num(policy.yellow, language) });
}

/**
 * The caveat under a score computed with placeholder weights, said once per report: the grade is
 * the Ombudsman's band, but the score it is read from is not the Ombudsman's computation.
 */
export function placeholderNote(t: Translate): FileChild {
  return paragraph(t('reports.common.placeholderWeights'), { italics: true });
}

/** The score and zone as a coloured block, the grade beneath. */
export function zoneBadge(zone: Zone, score: number, t: Translate, language: Language, extra: string[] = []): FileChild {
  return badge([`${num(score, language)} · ${t(`zone.${zone}`)}`, ...extra], ZONE_COLORS[zone].fill, ZONE_COLORS[zone].text, 62);
}

/** "sah — perangkat 3f2a-91c0-7d4e-b816 (tepercaya: Laptop Maria)", or "tidak ada" for an unsigned seal. */
export function signatureText(s: SealSignature, t: Translate): string {
  if (s.status === 'unsigned') return t('reports.common.signature.unsigned');
  const signer = s.signer === 'trusted' ? t('reports.common.signer.trusted', { label: s.label ?? '' }) : t(`reports.common.signer.${s.signer ?? 'unknown'}`);
  return t(`reports.common.signature.${s.status}`, { device: s.deviceId ?? '—', signer });
}

export interface CoverOptions {
  institution: Institution;
  title: string;
  subject: string;
  fields: [string, string][];
  /** Shown in red under the title, e.g. that the audit is a draft. */
  warning?: string;
}

/** The first page: logo and institution, the report's title and subject, and its key facts. */
export function coverPage(o: CoverOptions): FileChild[] {
  const out: FileChild[] = [];
  const logo = o.institution.logo && centredLogo(o.institution.logo, o.institution.name || 'Logo');
  if (logo) out.push(logo);
  if (o.institution.name) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: logo ? 120 : 600, after: 600 }, children: [new TextRun({ text: o.institution.name, bold: true, size: 26, color: '14213D' })] }));
  }
  out.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 200 }, children: [new TextRun({ text: o.title, bold: true, size: 40, color: '14213D' })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: o.subject, bold: true, size: 30, color: '0B5CAB' })] }),
  );
  if (o.warning) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: o.warning, bold: true, color: 'B42318', size: 24 })] }));
  out.push(fieldTable(o.fields, 32), paragraph(''), pageBreak());
  return out;
}

function centredLogo(image: EmbeddedImage, name: string): Paragraph | null {
  const size = imageSize(image.bytes);
  if (!size || !size.width || !size.height) return null;
  const scale = Math.min(1, 120 / size.width, 120 / size.height);
  const transformation = { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 600 },
    children: [new ImageRun({ type: image.type, data: image.bytes, transformation, altText: { name, description: name, title: name } })],
  });
}
