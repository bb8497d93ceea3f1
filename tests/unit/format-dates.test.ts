import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/findings';
import { describeHistory } from '../../shared/iso/history-text';
import { dateLang, formatDate, formatDateNumeric, formatDateTime, formatDateTimeLong, parseDateInput } from '../../shared/format/dates';

/** A moment at a given time on this machine's own clock, whatever time zone the test runs in. */
const localMoment = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

describe('formatDate and formatDateNumeric: calendar dates', () => {
  it('writes the day, the month in words and the year in the UI language', () => {
    expect(formatDate('2024-08-21', 'id')).toBe('21 Agustus 2024');
    expect(formatDate('2024-08-21', 'en')).toBe('21 August 2024');
  });

  it('writes the figures day first in both languages, as date fields show them', () => {
    expect(formatDateNumeric('2024-08-01', 'id')).toBe('01/08/2024');
    expect(formatDateNumeric('2024-08-01', 'en')).toBe('01/08/2024');
  });

  it('takes the date part of a full timestamp and never shifts the day with the time zone', () => {
    // Midnight UTC is the previous evening in the Americas and the next morning in Asia: still the 1st.
    expect(formatDate('2024-01-01T00:00:00.000Z', 'id')).toBe('1 Januari 2024');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });

  it('falls back to Indonesian for any other language code', () => {
    expect(dateLang('fr')).toBe('id');
    expect(formatDate('2024-03-05', 'id-ID')).toBe('5 Maret 2024');
  });
});

describe('formatDateTime and formatDateTimeLong: moments on this laptop’s clock', () => {
  const at = localMoment(2024, 8, 21, 5, 52);

  it('shows a short month and the local time for lists and trails', () => {
    expect(formatDateTime(at, 'id')).toBe('21 Agu 2024, 05.52');
    expect(formatDateTime(at, 'en')).toBe('21 Aug 2024, 05:52');
  });

  it('shows the month in words for reports', () => {
    expect(formatDateTimeLong(at, 'id')).toBe('21 Agustus 2024 pukul 05.52');
    expect(formatDateTimeLong(at, 'en')).toMatch(/^21 August 2024(,| at) 05:52$/);
  });
});

describe('parseDateInput: what a user types in a date field', () => {
  it('reads day first, with slashes, dashes or dots, and ISO dates as they are', () => {
    expect(parseDateInput('21/08/2024')).toBe('2024-08-21');
    expect(parseDateInput(' 1-8-2024 ')).toBe('2024-08-01');
    expect(parseDateInput('21.08.2024')).toBe('2024-08-21');
    expect(parseDateInput('2024-08-21')).toBe('2024-08-21');
  });

  it('round-trips with formatDateNumeric', () => {
    for (const iso of ['2024-02-29', '2023-12-31', '2025-01-01']) expect(parseDateInput(formatDateNumeric(iso, 'id'))).toBe(iso);
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const bad of ['31/04/2024', '29/02/2023', '00/01/2024', '21/13/2024', '08/21/2024', '21/08/24', '21 Agustus 2024', '', 'kemarin', '2024-8-32']) {
      expect(parseDateInput(bad), bad).toBeNull();
    }
  });
});

describe('finding history lines: dates in the screen’s form', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? ` ${JSON.stringify(params)}` : ''}`;
  const entry = (e: Partial<HistoryEntry>) => ({ id: 'h1', findingId: 'f1', at: '2026-11-20T01:00:00Z', actor: 'Dewi', kind: 'field', field: 'dueDate', oldValue: null, newValue: null, note: '', ...e }) as HistoryEntry;
  const words = (iso: string) => formatDate(iso, 'id');

  it('formats changed dates and the ISO dates main writes into notes', () => {
    const line = describeHistory(entry({ oldValue: '2026-11-29', newValue: '2026-12-05', note: 'Budi · 2026-12-05' }), t, words);
    expect(line.text).toContain('"from":"29 November 2026","to":"5 Desember 2026"');
    expect(line.note).toBe('Budi · 5 Desember 2026');
  });

  it('leaves text that only looks like a date, and keeps stored dates without a formatter', () => {
    expect(describeHistory(entry({ kind: 'actionAdded', newValue: 'Cek', note: 'nomor 2026-02-30' }), t, words).note).toBe('nomor 2026-02-30');
    expect(describeHistory(entry({ kind: 'actionDone', newValue: '2026-11-29' }), t).text).toContain('2026-11-29');
  });
});
