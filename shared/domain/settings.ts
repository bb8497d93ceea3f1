import { z } from 'zod';
import { storableText } from './text-fields';
import { DEFAULT_ZONE_POLICY, zonePolicySchema } from './zone';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A PNG or JPEG as a data URL, small enough to keep in a preferences file. */
const MAX_LOGO_CHARS = 700_000;
const logoSchema = z
  .string()
  .max(MAX_LOGO_CHARS, 'validation.logoTooLarge')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'validation.logoFormat');

/**
 * Preferences only (never domain data). NIP is the 18-digit Indonesian civil-servant number;
 * it is optional because not every auditor is a civil servant.
 */
export const settingsSchema = z.strictObject({
  language: z.enum(LANGUAGES, 'validation.invalidOption'),
  auditorName: storableText().trim().max(150, 'validation.tooLong'),
  auditorNip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, 'validation.nip'),
  /** The auditor's position (jabatan), printed under their signature. */
  auditorPosition: storableText().trim().max(150, 'validation.tooLong'),
  institutionName: storableText().trim().max(200, 'validation.tooLong'),
  institutionLogo: logoSchema.or(z.literal('')),
  /** The letterhead (kop surat): street address, and phone / e-mail / web on one line. */
  institutionAddress: storableText().trim().max(300, 'validation.tooLong'),
  institutionContact: storableText().trim().max(200, 'validation.tooLong'),
  /** The city of the place-and-date line: "Kupang, 21 Agustus 2024". */
  institutionPlace: storableText().trim().max(100, 'validation.tooLong'),
  /** The letterhead's first line, above the agency: "PEMERINTAH KOTA KUPANG". */
  letterheadParent: storableText().trim().max(200, 'validation.tooLong'),
  /**
   * The report's number (nomor naskah dinas): {n} is left blank for the agenda number the
   * secretariat writes in, {mm} is the month in Roman numerals, {yyyy} the year.
   */
  documentNumberPattern: storableText().trim().max(100, 'validation.tooLong'),
  /** Printed on the cover under the title, and before the signatures; empty gives the standard wording. */
  reportCoverText: storableText().trim().max(1000, 'validation.tooLong'),
  reportClosingText: storableText().trim().max(2000, 'validation.tooLong'),
  zonePolicy: zonePolicySchema,
  /** Findings whose action is due within this many days are listed as "due soon". */
  dueSoonDays: z.number().int('validation.integer').min(1, 'validation.tooSmall').max(365, 'validation.tooBig'),
  /** How many automatic backups (<data>/backups) are kept; older ones are deleted. */
  backupKeep: z.number().int('validation.integer').min(1, 'validation.tooSmall').max(100, 'validation.tooBig'),
  /** Home warns when no copy was made with "Back up now" for this many days. */
  backupWarnDays: z.number().int('validation.integer').min(1, 'validation.tooSmall').max(90, 'validation.tooBig'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'id',
  auditorName: '',
  auditorNip: '',
  auditorPosition: '',
  institutionName: '',
  institutionLogo: '',
  institutionAddress: '',
  institutionContact: '',
  institutionPlace: '',
  letterheadParent: '',
  // 700: the archive classification code regional governments file supervision (pengawasan) under; a default to edit.
  documentNumberPattern: '700/{n}/{yyyy}',
  reportCoverText: '',
  reportClosingText: '',
  zonePolicy: DEFAULT_ZONE_POLICY,
  dueSoonDays: 14,
  backupKeep: 10,
  backupWarnDays: 7,
};

/** Settings read from disk may be old or hand-edited: keep what is valid, default the rest. */
export function sanitizeSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) out[key] = field.data;
  }
  return out as Settings;
}
