import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

describe('audits: create', () => {
  it('pins the template by id, version and checksum, fills default counts and names product slots', async () => {
    const { detail } = await auditFixture(t);
    const templates = await t.call('templates.list', {});
    const pinned = templates.find((x) => x.id === 'ori-2022-2024')!;
    expect(detail.audit.template).toEqual({ id: 'ori-2022-2024', version: 1, checksum: pinned.checksum });
    expect(pinned.auditCount).toBe(1);
    expect(detail.audit.status).toBe('draft');
    expect(detail.audit.seal).toBeNull();
    expect(Object.fromEntries(Object.entries(detail.audit.respondents).map(([g, r]) => [g, r.count]))).toEqual({ IN: 4, PR: 2, OU: 10, PD: 2 });
    expect(detail.audit.respondents.PR!.labels.map((l) => l.label)).toEqual(['KTP-el', 'Akta Kelahiran']);
    expect(detail.answers['IN-K1']).toEqual([null, null, null, null]);
    expect(detail.score.unit).toMatchObject({ score: 0, zone: 'red', progress: { answered: 0 } });
    expect(detail.score.path?.green?.reachable).toBe(true);
    expect(detail.score.officialPolicy).toEqual({ green: 78, yellow: 54 });
  });

  it('refuses an unknown template, unknown groups, too many labels, a foreign product and a duplicate period', async () => {
    const { unit, entity } = await auditFixture(t);
    const base = { unitId: unit.id, period: { year: 2024 }, auditors: [{ name: 'A' }] };
    expect(await t.fail('audits.create', { ...base, template: { id: 'nope', version: 1 } })).toMatchObject({ code: 'NOT_FOUND' });

    const other = await t.call('units.create', { entityId: entity.id, fields: { name: 'DPMPTSP' } });
    const foreign = await t.call('products.create', { unitId: other.id, fields: { name: 'Izin usaha' } });
    const error = await t.fail('audits.create', {
      ...base,
      template: { id: 'ori-2022-2024', version: 1 },
      respondents: { XX: { count: 2 }, PD: { count: 1, labels: [{ label: 'a' }, { label: 'b' }] }, PR: { labels: [{ productId: foreign.id }] } },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues?.map((i) => `${i.path} ${i.message}`).sort()).toEqual([
      'respondents.PD.labels validation.tooManyLabels',
      'respondents.PR.labels.0.productId validation.unknownProduct',
      'respondents.XX validation.unknownGroup',
    ]);

    const dup = await t.fail('audits.create', { ...base, period: { year: 2023 }, template: { id: 'ori-2022-2024', version: 1 } });
    expect(dup.details?.issues).toEqual([{ path: 'period.year', message: 'validation.duplicatePeriod' }]);
    const noAuditor = await t.fail('audits.create', { ...base, auditors: [], template: { id: 'ori-2022-2024', version: 1 } });
    expect(noAuditor.details?.issues).toEqual([{ path: 'auditors', message: 'validation.noAuditors' }]);
  });
});

describe('audits: answers and notes', () => {
  it('writes one answer, returns the item and the new score, and keeps it after reopening the file', async () => {
    const { auditId } = await auditFixture(t);
    const ack = await t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 1, value: 3 });
    expect(ack.values).toEqual([null, 3, null, null]);
    expect(ack.score.unit.score).toBeGreaterThan(0);
    expect(ack.score.unit.progress.answered).toBe(1);
    expect(ack.savedAt).toBe('2026-03-02T09:00:00.000Z');

    await t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 2, value: 'na' });
    const cleared = await t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 1, value: null });
    expect(cleared.values).toEqual([null, null, 'na', null]);
    const row = t.ctx.db.prepare('SELECT value FROM audit_answers WHERE audit_id = ? AND item_id = ?').all(auditId, 'IN-K1');
    expect(row).toEqual([{ value: 'na' }]);
  });

  it('refuses an unknown item, a value off the scale and a slot beyond the count', async () => {
    const { auditId } = await auditFixture(t);
    const unknown = await t.fail('audits.answer', { auditId, itemId: 'NOPE-1', slot: 0, value: 1 });
    expect(unknown.details?.issues).toEqual([{ path: 'itemId', message: 'validation.unknownItem', params: { id: 'NOPE-1' } }]);
    const offScale = await t.fail('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 4 });
    expect(offScale.details?.issues).toEqual([{ path: 'value', message: 'validation.outOfScale' }]);
    const beyond = await t.fail('audits.answer', { auditId, itemId: 'PD-1', slot: 2, value: 1 });
    expect(beyond.details?.issues).toEqual([{ path: 'slot', message: 'validation.slotOutOfRange', params: { count: 2 } }]);
    const wrongLength = await t.fail('audits.answerItem', { auditId, itemId: 'PD-1', values: [1, 2, 3] });
    expect(wrongLength.details?.issues).toEqual([{ path: 'values', message: 'validation.slotCount', params: { count: 2 } }]);
    expect(t.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_answers').get()).toEqual({ n: 0 });
  });

  it('sets every slot of an item at once, e.g. N/A for all', async () => {
    const { auditId } = await auditFixture(t);
    const ack = await t.call('audits.answerItem', { auditId, itemId: 'PR-11', values: ['na', 'na'] });
    expect(ack.values).toEqual(['na', 'na']);
    expect(ack.score.unit.applicableItems).toBe(ack.score.unit.itemCount - 1);
    expect(await t.fail('audits.answerItem', { auditId, itemId: 'PD-1', values: [3, 4] })).toMatchObject({ details: { issues: [{ path: 'values.1' }] } });
  });

  it('refuses 2 on a yes/no item of the classic template', async () => {
    const { unit } = await auditFixture(t);
    const classic = await t.call('audits.create', { unitId: unit.id, template: { id: 'ori-2016-2021', version: 1 }, period: { year: 2019 }, auditors: [{ name: 'A' }] });
    const item = classic.template.groups[0]!.items.find((i) => i.scale === 'yesno')!;
    const error = await t.fail('audits.answer', { auditId: classic.audit.id, itemId: item.id, slot: 0, value: 2 });
    expect(error.details?.issues).toEqual([{ path: 'value', message: 'validation.outOfScale', params: { max: 1 } }]);
  });

  it('scores a fully answered audit like the scoring engine and reaches 100 with top answers', async () => {
    const { auditId } = await auditFixture(t);
    await answerAll(t, auditId, () => 3);
    const { score } = await t.call('audits.get', { auditId });
    expect(score.unit).toMatchObject({ score: 100, zone: 'green', progress: { percent: 100 } });
    expect(score.unit.band?.grade).toBe('A');
    expect(score.path).toEqual({ score: 100, zone: 'green', nextZone: null, green: null });
  });

  it('saves, replaces and removes a note', async () => {
    const { auditId } = await auditFixture(t);
    expect(await t.call('audits.note', { auditId, itemId: 'IN-S8', text: '  Ramp ada, guiding block belum.  ' })).toMatchObject({ text: 'Ramp ada, guiding block belum.' });
    await t.call('audits.note', { auditId, itemId: 'IN-S8', text: 'Ramp ada.' });
    expect((await t.call('audits.get', { auditId })).notes).toEqual({ 'IN-S8': 'Ramp ada.' });
    await t.call('audits.note', { auditId, itemId: 'IN-S8', text: '' });
    expect((await t.call('audits.get', { auditId })).notes).toEqual({});
    expect(await t.fail('audits.note', { auditId, itemId: 'XX-1', text: 'x' })).toMatchObject({ code: 'VALIDATION' });
  });

  it('changes respondent counts, but never drops given answers', async () => {
    const { auditId } = await auditFixture(t);
    await t.call('audits.answer', { auditId, itemId: 'OU-1', slot: 9, value: 3 });
    const refused = await t.fail('audits.setRespondents', { auditId, groupId: 'OU', count: 5, labels: [] });
    expect(refused.details?.issues).toEqual([{ path: 'count', message: 'validation.answersBeyondCount', params: { answers: 1 } }]);
    const grown = await t.call('audits.setRespondents', { auditId, groupId: 'OU', count: 30, labels: [] });
    expect(grown.audit.respondents.OU!.count).toBe(30);
    expect(grown.answers['OU-1']).toHaveLength(30);
    expect(grown.score.unit.progress.total).toBeGreaterThan(grown.score.unit.progress.answered);
  });

  it('shrinks a respondent count only when asked to clear the answers beyond it, in one go with trail entries', async () => {
    const { auditId } = await auditFixture(t);
    await t.call('audits.answer', { auditId, itemId: 'OU-1', slot: 9, value: 3 });
    await t.call('audits.answer', { auditId, itemId: 'OU-2', slot: 6, value: 'na' });
    await t.call('audits.answer', { auditId, itemId: 'OU-2', slot: 4, value: 2 });
    const shrunk = await t.call('audits.setRespondents', { auditId, groupId: 'OU', count: 5, labels: [], clearBeyond: true });
    expect(shrunk.audit.respondents.OU!.count).toBe(5);
    expect(shrunk.answers['OU-1']).toEqual([null, null, null, null, null]);
    expect(shrunk.answers['OU-2']).toEqual([null, null, null, null, 2]);
    const trail = await t.call('audits.trail', { auditId });
    const cleared = trail.filter((e) => e.action === 'answer' && e.newValue === null).map((e) => [e.itemId, e.slot, e.oldValue]);
    expect(cleared).toEqual(expect.arrayContaining([['OU-1', 9, '3'], ['OU-2', 6, 'na']]));
    expect(cleared).toHaveLength(2);
    expect(trail.filter((e) => e.action === 'respondents')).toHaveLength(1);
    // Growing back shows the cleared slots empty: nothing came back from anywhere.
    const grown = await t.call('audits.setRespondents', { auditId, groupId: 'OU', count: 10, labels: [] });
    expect(grown.answers['OU-1']![9]).toBeNull();
  });

  it('updates the period and auditors of a draft', async () => {
    const { auditId } = await auditFixture(t);
    const updated = await t.call('audits.update', { auditId, period: { year: 2023, label: 'Ulang' }, auditors: [{ name: 'Yohanes Bria' }] });
    expect(updated.audit.period).toEqual({ year: 2023, label: 'Ulang', start: null, end: null });
    expect(updated.audit.auditors).toEqual([{ name: 'Yohanes Bria', nip: '' }]);
    const bad = await t.fail('audits.update', { auditId, period: { year: 2023, start: '2023-09-01', end: '2023-08-01' }, auditors: [{ name: 'A' }] });
    expect(bad.details?.issues).toEqual([{ path: 'period.end', message: 'validation.dateOrder' }]);
  });
});
