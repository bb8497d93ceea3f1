import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { seedVariedRegister } from './findings-fixtures';

// The register asks for one page at a time and counts the matches apart (issue 10): every filter
// runs in SQL before the page is cut, so the pages of a filter are slices of its whole list.
let s: TestServices;
let ids: Awaited<ReturnType<typeof seedVariedRegister>>;
beforeEach(async () => {
  s = testServices();
  ids = await seedVariedRegister(s);
});
afterEach(() => s.dispose());

/** Every page of `size` rows, joined. */
async function paged(filter: Record<string, unknown>, size: number) {
  const rows = [];
  for (let offset = 0; ; offset += size) {
    const page = await s.call('findings.list', { ...filter, limit: size, offset });
    rows.push(...page);
    if (page.length < size) return rows;
  }
}

describe('findings register pages', () => {
  it('gives pages that are slices of the whole list, newest finding date first, with every filter applied before the page', async () => {
    const all = await s.call('findings.list', {});
    expect(all).toHaveLength(13);
    const order = all.map((f) => [f.foundOn, f.number]);
    expect(order).toEqual([...order].sort((a, b) => String(b[0]).localeCompare(String(a[0])) || Number(b[1]) - Number(a[1])));
    expect(await s.call('findings.count', {})).toBe(13);

    const filters: Record<string, unknown>[] = [
      {},
      { entityId: ids.kupang },
      { entityId: ids.kupang, unitId: ids.rsud },
      { clause: '8.5' },
      { grade: 'major' },
      { status: 'open' },
      { owner: 'budi' },
      { overdueOnly: true },
      { dueFrom: '2026-03-01', dueTo: '2026-03-16' },
      { search: 'antrean' },
      { search: 'Provinsi NTT' },
      { search: 'loket', overdueOnly: true, entityId: ids.kupang },
    ];
    for (const filter of filters) {
      const whole = await s.call('findings.list', filter);
      expect(whole.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect((await paged(filter, 3)).map((f) => f.id), JSON.stringify(filter)).toEqual(whole.map((f) => f.id));
      expect(await s.call('findings.count', filter), JSON.stringify(filter)).toBe(whole.length);
    }
    // A page past the end is empty, not an error.
    expect(await s.call('findings.list', { limit: 50, offset: 50 })).toEqual([]);
  });

  it('filters late findings, due dates and search in SQL as the register did in JS', async () => {
    const numbers = async (filter: Record<string, unknown>) => (await s.call('findings.list', filter)).map((f) => f.number).sort((a, b) => a - b);
    // Late: an open action due before today on a finding not yet settled; the rejected one's late action does not count.
    expect(await numbers({ overdueOnly: true })).toEqual([4, 5, 8, 9]);
    const rows = await s.call('findings.list', { overdueOnly: true });
    expect(rows.every((f) => f.overdue)).toBe(true);
    // The due range reads the earliest open action's due date (finding 9: 27 Feb, before its 20 Mar).
    expect(await numbers({ dueFrom: '2026-02-27', dueTo: '2026-03-02' })).toEqual([2, 5, 9]);
    expect(await numbers({ dueFrom: '2026-03-17' })).toEqual([6, 7]);
    expect(await numbers({ search: '#3' })).toEqual([3]);
    expect(await numbers({ search: 'RSUD' })).toEqual([2, 4, 8, 9]);
  });

  it('refuses a page size of 0 or above 500 and a negative offset', async () => {
    expect((await s.fail('findings.list', { limit: 0 })).code).toBe('VALIDATION');
    expect((await s.fail('findings.list', { limit: 501 })).code).toBe('VALIDATION');
    expect((await s.fail('findings.list', { limit: 10, offset: -1 })).code).toBe('VALIDATION');
    expect((await s.fail('findings.count', { limit: 10 })).code).toBe('VALIDATION');
  });
});
