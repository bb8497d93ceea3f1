import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

async function answeredAudit() {
  const f = await auditFixture(t);
  await t.call('audits.answer', { auditId: f.auditId, itemId: 'IN-K1', slot: 0, value: 2 });
  await t.call('audits.note', { auditId: f.auditId, itemId: 'IN-K1', text: 'SOP ada di loket.' });
  await t.call('audits.attachEvidence', { auditId: f.auditId, itemId: 'IN-K1', file: { name: 'sop.png', mime: 'image/png', base64: pngBytes('sop').toString('base64') } });
  return f;
}

const expectSealed = (error: Error | unknown) => expect(String(error)).toMatch(/audit is sealed/);

describe('audits: seal', () => {
  it('needs the sign-off, stores the content hash and reports it intact', async () => {
    const { auditId } = await answeredAudit();
    const missing = await t.fail('audits.seal', { auditId, signOff: { auditorName: '', agencyRepresentative: 'X', date: '2023-13-01' } });
    expect(missing.details?.issues?.map((i) => i.path).sort()).toEqual(['signOff.auditorName', 'signOff.date']);
    expect(await t.fail('audits.seal', { auditId })).toMatchObject({ code: 'VALIDATION' });
    // The clock says 2 March 2026, 09:00 UTC (16:00 in Kupang): a sign-off dated 4 March is in the future.
    expect((await t.fail('audits.seal', { auditId, signOff: { ...SIGN_OFF, date: '2026-03-04' } })).details?.issues).toEqual([
      { path: 'signOff.date', message: 'validation.futureDate' },
    ]);

    const sealed = await t.call('audits.seal', { auditId, signOff: SIGN_OFF });
    expect(sealed.audit.status).toBe('final');
    expect(sealed.audit.seal).toMatchObject({ signOff: SIGN_OFF, intact: true, sealedAt: '2026-03-02T09:00:00.000Z' });
    expect(sealed.audit.seal!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sealed.score.path).toBeNull();
  });

  it('gives the same hash for the same content, and a different one when anything changes', async () => {
    const { auditId } = await answeredAudit();
    const first = (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash;
    await t.call('audits.reopen', { auditId, reason: 'Cek ulang' });
    t.setNow('2026-03-05T10:00:00.000Z');
    const again = (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash;
    expect(again).toBe(first);
    await t.call('audits.reopen', { auditId, reason: 'Koreksi' });
    await t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 });
    expect((await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash).not.toBe(first);
  });

  it('keeps the seal intact when the unit is renamed in the registry', async () => {
    const { auditId, unit } = await answeredAudit();
    const hash = (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash;
    await t.call('units.update', { id: unit.id, fields: { name: 'Disdukcapil Kota Kupang' } });
    expect((await t.call('audits.get', { auditId })).audit.seal).toMatchObject({ hash, intact: true });
  });

  it('refuses every write to a sealed audit through the services', async () => {
    const { auditId } = await answeredAudit();
    await t.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const evidenceId = (await t.call('audits.evidence', { auditId }))[0]!.id;
    const sealed = { code: 'READ_ONLY', message: 'errors.auditSealed' };
    expect(await t.fail('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 })).toEqual(sealed);
    expect(await t.fail('audits.answerItem', { auditId, itemId: 'PD-1', values: [1, 1] })).toEqual(sealed);
    expect(await t.fail('audits.note', { auditId, itemId: 'IN-K1', text: 'x' })).toEqual(sealed);
    expect(await t.fail('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name: 'b.png', mime: 'image/png', base64: pngBytes('b').toString('base64') } })).toEqual(sealed);
    expect(await t.fail('audits.removeEvidence', { auditId, evidenceId })).toEqual(sealed);
    expect(await t.fail('audits.update', { auditId, period: { year: 2024 }, auditors: [{ name: 'A' }] })).toEqual(sealed);
    expect(await t.fail('audits.setRespondents', { auditId, groupId: 'OU', count: 12, labels: [] })).toEqual(sealed);
    expect(await t.fail('audits.seal', { auditId, signOff: SIGN_OFF })).toEqual(sealed);
  });

  it('refuses raw SQL changes to a sealed audit at the database level', async () => {
    const { auditId } = await answeredAudit();
    await t.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const db = t.ctx.db;
    const attempts = [
      () => db.prepare("UPDATE audit_answers SET value = '3' WHERE audit_id = ?").run(auditId),
      () => db.prepare('DELETE FROM audit_answers WHERE audit_id = ?').run(auditId),
      () => db.prepare("INSERT INTO audit_answers (audit_id, item_id, slot, value, updated_at) VALUES (?, 'IN-K2', 0, '3', 'x')").run(auditId),
      () => db.prepare("UPDATE audit_notes SET text = 'edited' WHERE audit_id = ?").run(auditId),
      () => db.prepare("INSERT INTO audit_notes (audit_id, item_id, text, updated_at) VALUES (?, 'IN-K2', 'n', 'x')").run(auditId),
      () => db.prepare('DELETE FROM audit_evidence WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE audit_respondents SET count = 9 WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE audits SET period_year = 2020 WHERE id = ?').run(auditId),
      () => db.prepare("UPDATE audits SET seal_hash = 'x' WHERE id = ?").run(auditId),
      // Reopening by hand must not smuggle in a header change either.
      () => db.prepare("UPDATE audits SET status = 'draft', seal_hash = NULL, sealed_content = NULL, auditors_json = '[]' WHERE id = ?").run(auditId),
      () => db.prepare('DELETE FROM audits WHERE id = ?').run(auditId),
    ];
    for (const attempt of attempts) {
      let error: unknown = null;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expectSealed(error);
    }
    expect(() => db.prepare('DELETE FROM audit_trail WHERE audit_id = ?').run(auditId)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_trail SET note = 'x' WHERE audit_id = ?").run(auditId)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE templates SET json = '{}'").run()).toThrow(/immutable/);
    expect((await t.call('audits.get', { auditId })).audit.seal!.intact).toBe(true);
  });

  it('reports a sealed audit as no longer intact when its rows were changed behind the triggers', async () => {
    const { auditId } = await answeredAudit();
    await t.call('audits.seal', { auditId, signOff: SIGN_OFF });
    t.ctx.db.exec('DROP TRIGGER audit_answers_sealed_update');
    t.ctx.db.prepare("UPDATE audit_answers SET value = '3' WHERE audit_id = ?").run(auditId);
    expect((await t.call('audits.get', { auditId })).audit.seal!.intact).toBe(false);
  });

  it('reopens with a reason, keeps the old hash in the trail, and edits again', async () => {
    const { auditId } = await answeredAudit();
    const hash = (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash;
    expect(await t.fail('audits.reopen', { auditId, reason: '  ' })).toMatchObject({ code: 'VALIDATION' });
    expect((await t.fail('audits.reopen', { auditId, reason: 'x' })).details?.issues).toEqual([
      { path: 'reason', message: 'validation.reasonTooShort', params: { min: 5 } },
    ]);
    t.setNow('2026-03-03T08:00:00.000Z');
    const reopened = await t.call('audits.reopen', { auditId, reason: 'Kepala dinas minta koreksi IN-K1' });
    expect(reopened.audit).toMatchObject({ status: 'draft', seal: null });
    expect(await t.fail('audits.reopen', { auditId, reason: 'again' })).toMatchObject({ code: 'CONFLICT', message: 'errors.auditNotSealed' });
    await t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 });

    const trail = await t.call('audits.trail', { auditId });
    expect(trail.map((e) => e.action)).toEqual(['created', 'answer', 'note', 'evidenceAdded', 'sealed', 'reopened', 'answer']);
    expect(trail[4]).toMatchObject({ newValue: hash, note: 'Maria Goreti Seran; Drs. Yohanes Bria; 2023-08-24' });
    expect(trail[5]).toMatchObject({ oldValue: hash, note: 'Kepala dinas minta koreksi IN-K1', at: '2026-03-03T08:00:00.000Z' });
    expect(trail[6]).toMatchObject({ itemId: 'IN-K1', slot: 0, oldValue: '2', newValue: '3', actor: 'Maria Goreti Seran' });
  });
});

describe('audits: trail', () => {
  it('records who changed what, from what to what, and when; unchanged writes leave no entry', async () => {
    await t.call('settings.update', { auditorName: 'Auditor Laptop' });
    const { auditId } = await auditFixture(t);
    await t.call('audits.answer', { auditId, itemId: 'PD-1', slot: 1, value: 2 });
    await t.call('audits.answer', { auditId, itemId: 'PD-1', slot: 1, value: 2 });
    await t.call('audits.answer', { auditId, itemId: 'PD-1', slot: 1, value: 'na' });
    await t.call('audits.note', { auditId, itemId: 'PD-1', text: 'Kotak saran ada.' });
    await t.call('audits.setRespondents', { auditId, groupId: 'OU', count: 30, labels: [] });
    await t.call('audits.update', { auditId, period: { year: 2023, label: 'Tahap 2' }, auditors: [{ name: 'Maria Goreti Seran' }] });
    const trail = await t.call('audits.trail', { auditId });
    expect(trail.map((e) => [e.action, e.itemId, e.slot, e.oldValue, e.actor])).toEqual([
      ['created', null, null, null, 'Auditor Laptop'],
      ['answer', 'PD-1', 1, null, 'Auditor Laptop'],
      ['answer', 'PD-1', 1, '2', 'Auditor Laptop'],
      ['note', 'PD-1', null, null, 'Auditor Laptop'],
      ['respondents', null, null, JSON.stringify({ count: 10, labels: [] }), 'Auditor Laptop'],
      ['header', null, null, expect.stringContaining('"label":""'), 'Auditor Laptop'],
    ]);
    expect(trail[2]!.newValue).toBe('na');
    expect(trail[4]).toMatchObject({ note: 'OU', newValue: JSON.stringify({ count: 30, labels: [] }) });
  });
});
