import { describe, expect, it } from 'vitest';
import { clauseLabel, compareClauses, isFindingClause, searchClauses } from '../../shared/iso/clauses';
import { addDays, daysBetween, isIsoDate, localDate } from '../../shared/iso/dates';
import { agingBucket } from '../../shared/iso/dashboard';

describe('ISO 9001:2015 clauses', () => {
  it('accepts clauses from 4.1 to 10.3 and refuses chapter headings and unknown numbers', () => {
    expect(isFindingClause('4.1')).toBe(true);
    expect(isFindingClause('8.5.1')).toBe(true);
    expect(isFindingClause('10.3')).toBe(true);
    expect(isFindingClause('8')).toBe(false);
    expect(isFindingClause('10.4')).toBe(false);
    expect(isFindingClause('11.1')).toBe(false);
    expect(isFindingClause('')).toBe(false);
  });

  it('is titled in both languages, naming the parent of a "General" sub-clause', () => {
    expect(clauseLabel('8.5.1', 'en')).toBe('8.5.1 Control of production and service provision');
    expect(clauseLabel('8.5.1', 'id')).toBe('8.5.1 Pengendalian produksi dan penyediaan jasa');
    expect(clauseLabel('7.1.1', 'en')).toBe('7.1.1 Resources: General');
  });

  it('searches by number prefix or by title in either language', () => {
    expect(searchClauses('8.5').map((c) => c.id)).toEqual(['8.5', '8.5.1', '8.5.2', '8.5.3', '8.5.4', '8.5.5', '8.5.6']);
    expect(searchClauses('internal audit').map((c) => c.id)).toEqual(['9.2']);
    expect(searchClauses('tinjauan manajemen').map((c) => c.id)).toEqual(['9.3', '9.3.1', '9.3.2', '9.3.3']);
    expect(searchClauses('5.1').map((c) => c.id)).toEqual(['5.1', '5.1.1', '5.1.2']);
  });

  it('sorts clause numbers part by part', () => {
    expect(['10.1', '8.5.1', '8.10', '9.2', '8.5'].sort(compareClauses)).toEqual(['8.5', '8.5.1', '8.10', '9.2', '10.1']);
  });
});

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });

  it('does arithmetic across months and years', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-02', '2026-02-20')).toBe(-10);
    expect(localDate(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
  });

  it('buckets ages at 30, 60 and 90 days', () => {
    expect([0, 30, 31, 60, 61, 90, 91].map(agingBucket)).toEqual(['0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '90+']);
  });
});
