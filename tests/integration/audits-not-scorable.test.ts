import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n/resources';
import { readDocx } from '../support/office';
import { answerAll, auditFixture } from './support/audit-fixture';
import { testServices, type TestServices } from './helpers';

/**
 * An audit whose every item is N/A has no score: not 0, red, grade E. The list, the entity
 * overview and the report say it cannot be scored, and it stays out of the entity's index.
 */

let t: TestServices;
let naId: string;
let scoredId: string;
let entityId: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-not-scorable-'));

beforeAll(async () => {
  t = testServices();
  const fixture = await auditFixture(t);
  naId = fixture.auditId;
  entityId = fixture.entity.id;
  await answerAll(t, naId, () => 'na');
  const other = await t.call('units.create', { entityId, fields: { name: 'Dinas Sosial' } });
  scoredId = (await t.call('audits.create', { unitId: other.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023 }, auditors: [{ name: 'Maria Goreti Seran' }] })).audit.id;
  await answerAll(t, scoredId, () => 3);
}, 60_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('an audit whose every item is N/A', () => {
  it('has no score, zone or grade in the audit and the list, and matches no zone filter', async () => {
    const detail = await t.call('audits.get', { auditId: naId });
    expect(detail.score.unit).toMatchObject({ scorable: false, zone: null, band: null });
    expect(detail.score.path).toBeNull();
    const row = (await t.call('audits.list', {})).find((r) => r.id === naId)!;
    expect(row).toMatchObject({ scorable: false, zone: null, grade: null });
    for (const zone of ['green', 'yellow', 'red'] as const) expect((await t.call('audits.list', { zone })).map((r) => r.id)).not.toContain(naId);
  });

  it('cannot be sealed: there is no verdict to sign off', async () => {
    const signOff = { auditorName: 'Maria Goreti Seran', agencyRepresentative: 'Drs. Yohanes Bria', date: '2023-08-24' };
    expect(await t.fail('audits.seal', { auditId: naId, signOff })).toMatchObject({ code: 'CONFLICT', message: 'errors.auditNotScorable' });
  });

  it('stays out of the entity index and is named as not scorable in the overview', async () => {
    const o = await t.call('reports.entityOverview', { entityId });
    expect(o.units.map((u) => u.auditId)).toEqual([scoredId]);
    expect(o.unscorable.map((u) => u.auditId)).toEqual([naId]);
    expect(o.score).toBe(100);
    expect(o.zoneCounts).toEqual({ green: 1, yellow: 0, red: 0 });
  });

  it('is reported as not scorable, with no zone badge and no path to green', async () => {
    const path = join(out, 'na.docx');
    t.desktop.queueSavePath(path);
    await t.call('reports.exportAudit', { auditId: naId, language: 'en' });
    const { document } = await readDocx(readFileSync(path));
    const r = translations.en.reports.audit;
    expect(document).toContain('cannot be scored: every item is marked not applicable (N/A)');
    expect(document).not.toContain(translations.en.zone.red);
    expect(document).not.toContain(r.pathTitle);
  });
});
