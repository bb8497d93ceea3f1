import type { FileChild } from 'docx';
import type { SealSignature } from '../../shared/domain/audit';
import type { Language, Settings } from '../../shared/domain/settings';
import { formatDate } from '../../shared/format/dates';
import type { Zone, ZonePolicy } from '../../shared/domain/zone';
import type { GradeBand, LocalizedText } from '../../shared/methodology/template-schema';
import { badge, paragraph } from './docx-kit';

/**
 * What the audit and entity reports share: number formats, zone colours and badges, the
 * institution. The official form (letterhead, cover, signatures) is official-form.ts; generic
 * Word pieces live in docx-kit.ts.
 */

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface EmbeddedImage {
  type: 'png' | 'jpg';
  bytes: Buffer;
}

/**
 * Who issues the report, and its official form (Settings → report layout): the letterhead (kop
 * surat), the number pattern, the cover and closing texts, the city of the place-and-date line,
 * and who signs a report that is not one audit's (the entity report). All but name and logo are
 * optional, so `patuh report audit --institution NAME` needs nothing else.
 */
export interface Institution {
  name: string;
  logo: EmbeddedImage | null;
  parent?: string;
  address?: string;
  contact?: string;
  place?: string;
  numberPattern?: string;
  coverText?: string;
  closingText?: string;
  preparedBy?: { name: string; nip: string; position: string };
}

/** The institution and report layout as the settings hold them. */
export function institutionOf(s: Settings): Institution {
  return {
    name: s.institutionName,
    logo: s.institutionLogo ? imageFromDataUrl(s.institutionLogo) : null,
    parent: s.letterheadParent,
    address: s.institutionAddress,
    contact: s.institutionContact,
    place: s.institutionPlace,
    numberPattern: s.documentNumberPattern,
    coverText: s.reportCoverText,
    closingText: s.reportClosingText,
    preparedBy: { name: s.auditorName, nip: s.auditorNip, position: s.auditorPosition },
  };
}

/** "Dibuat 2 Desember 2026 pukul 05.52" from the local "YYYY-MM-DD HH:mm" the builders are given. */
export function generatedText(at: string, t: Translate, language: Language): string {
  const [date, time = ''] = at.split(' ');
  const clock = language === 'id' ? time.replace(':', '.') : time;
  return t('reports.common.generatedAt', { date: formatDate(date!, language), time: clock });
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

export function periodText(period: { year: number; label: string; start: string | null; end: string | null }, language: Language): string {
  const day = (d: string | null) => (d ? formatDate(d, language) : '…');
  const dates = period.start || period.end ? ` (${day(period.start)} – ${day(period.end)})` : '';
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
