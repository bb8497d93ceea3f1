const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** What {n} becomes: the agenda number is the secretariat's to give when it registers the report. */
export const AGENDA_BLANK = '.......';

/**
 * The report's number (nomor naskah dinas) from the settings' pattern and a date (YYYY-MM-DD):
 * "700/{n}/Inspektorat/{mm}/{yyyy}" gives "700/......./Inspektorat/VIII/2024". The report and
 * the Settings preview both use it, so the preview shows what is printed.
 */
export function documentNumber(pattern: string, isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return pattern
    .replaceAll('{n}', AGENDA_BLANK)
    .replaceAll('{yyyy}', year ?? '')
    .replaceAll('{mm}', ROMAN_MONTHS[Number(month) - 1] ?? '');
}
