/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Plain strings compare and sort correctly, store
 * in SQLite as they are and never shift with a time zone; arithmetic goes through UTC midnight,
 * where every day has 24 hours.
 */
const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date: "2026-02-29" is not one. */
export function isIsoDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The date on the user's own calendar: a due date falls due at local midnight, not UTC's. */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** "2026-03-02 16:05" on the user's clock, for "generated at" lines and history times. */
export function localDateTime(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(moment)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/**
 * Today's date as far east as Indonesia reaches (UTC+9, WIT): the clock is UTC and Indonesia is
 * UTC+7 to +9, so a date or year up to this one has begun somewhere in the country.
 */
export function latestIndonesianDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
