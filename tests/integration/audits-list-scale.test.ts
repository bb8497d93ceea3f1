import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, SIGN_OFF } from './support/audit-fixture';

// The list reads scores stored per audit (migration 6) instead of scoring every answer row: these
// check that what it shows is what scoring the answers now gives, whichever way they changed.
let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

const listed = async (auditId: string) => (await t.call('audits.list', {})).find((r) => r.id === auditId)!;

describe('audits.list at scale', () => {
  it('shows the score of answers written by any path: the handlers, a merge or import (plain SQL), a respondent change', async () => {
    const { auditId } = await auditFixture(t);
    await answerAll(t, auditId, () => 3);
    expect(await listed(auditId)).toMatchObject({ score: 100, zone: 'green' });
    expect(t.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_scores WHERE audit_id = ?').get(auditId)).toEqual({ n: 1 });

    // A write that bypasses the services (as a package merge writes rows) still drops the stored score.
    t.ctx.db.prepare("UPDATE audit_answers SET value = '0' WHERE audit_id = ?").run(auditId);
    expect(await listed(auditId)).toMatchObject({ score: 0, zone: 'red', progress: 100 });

    t.ctx.db.prepare('DELETE FROM audit_answers WHERE audit_id = ?').run(auditId);
    expect(await listed(auditId)).toMatchObject({ score: 0, progress: 0 });

    const detail = await t.call('audits.get', { auditId });
    const group = detail.template.groups.find((g) => detail.audit.respondents[g.id]!.count > 1)!;
    await t.call('audits.answerItem', { auditId, itemId: group.items[0]!.id, values: Array.from({ length: detail.audit.respondents[group.id]!.count }, () => 1) });
    const before = await listed(auditId);
    await t.call('audits.setRespondents', { auditId, groupId: group.id, count: 1, labels: [], clearBeyond: true });
    const after = await listed(auditId);
    expect(after.progress).not.toBe(before.progress);
    expect(after.progress).toBe((await t.call('audits.get', { auditId })).score.unit.progress.percent);
  });

  it('keeps a sealed audit on its own zone policy and moves drafts with the setting', async () => {
    const sealed = await auditFixture(t);
    await answerAll(t, sealed.auditId, () => 2);
    await t.call('audits.seal', { auditId: sealed.auditId, signOff: SIGN_OFF });
    const draft = await t.call('audits.create', { unitId: sealed.unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2024 }, auditors: [{ name: 'Yohanes Bria' }] });
    await answerAll(t, draft.audit.id, () => 2);
    expect((await listed(sealed.auditId)).zone).toBe('yellow');
    await t.call('settings.update', { zonePolicy: { green: 60, yellow: 40 } });
    expect((await listed(sealed.auditId)).zone).toBe('yellow');
    expect((await listed(draft.audit.id)).zone).toBe('green');
    expect((await t.call('audits.list', { zone: 'green' })).map((r) => r.id)).toEqual([draft.audit.id]);
    await t.call('audits.reopen', { auditId: sealed.auditId, reason: 'Salah tanda tangan pada berita acara' });
    expect((await listed(sealed.auditId)).zone).toBe('green');
  });

  it('gives pages that are slices of the whole list, in its order, with filters applied before the page', async () => {
    const first = await auditFixture(t);
    const ids: string[] = [first.auditId];
    for (const year of [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2024]) {
      const a = await t.call('audits.create', { unitId: first.unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year }, auditors: [{ name: 'Yohanes Bria' }] });
      if (year % 2 === 0) await answerAll(t, a.audit.id, () => 3);
      ids.push(a.audit.id);
    }
    const all = await t.call('audits.list', {});
    expect(all).toHaveLength(9);
    const pages = [];
    for (let offset = 0; offset < 9; offset += 4) pages.push(...(await t.call('audits.list', { limit: 4, offset })));
    expect(pages.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await t.call('audits.list', { limit: 5 })).map((r) => r.period.year)).toEqual([2024, 2023, 2022, 2021, 2020]);
    const green = await t.call('audits.list', { zone: 'green', limit: 2, offset: 1 });
    expect(green.map((r) => r.period.year)).toEqual([2022, 2020]);
    expect((await t.fail('audits.list', { limit: 0 })).code).toBe('VALIDATION');
    expect((await t.fail('audits.list', { limit: 501 })).code).toBe('VALIDATION');
  });
});
