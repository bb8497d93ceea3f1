import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { auditFixture, SIGN_OFF } from './support/audit-fixture';
import { exportPackage, pick } from './support/laptops';

/** A team of three on three laptops: the lead splits the work, two auditors fill in their parts, the lead merges. */
let lead: TestServices;
let maria: TestServices;
let budi: TestServices;
beforeEach(() => {
  [lead, maria, budi] = [testServices(), testServices(), testServices()];
  lead.ctx.settings.update({ auditorName: 'Yohanes Bria' });
  maria.ctx.settings.update({ auditorName: 'Maria Goreti Seran' });
  budi.ctx.settings.update({ auditorName: 'Budi Santoso' });
});
afterEach(() => [lead, maria, budi].forEach((t) => t.dispose()));

async function transfer(from: TestServices, to: TestServices, auditId: string, name: string, assignment: { person: string; groupIds: string[] } | null = null) {
  const path = join(from.dataDir, `${name}.patuh`);
  await exportPackage(from, path, { selection: { auditIds: [auditId] }, assignment });
  pick(to, path);
  const preview = await to.call('packages.preview', { path });
  const result = await to.call('packages.import', { path });
  return { preview, result };
}

const itemsOf = async (t: TestServices, auditId: string, groupId: string) =>
  (await t.call('audits.get', { auditId })).template.groups.find((g) => g.id === groupId)!.items.map((i) => i.id);

describe('packages: split the work and merge it back, question by question', () => {
  it('takes each part without choices, lists the one real conflict, and credits every answer to its auditor', async () => {
    const { auditId } = await auditFixture(lead);
    await lead.call('audits.answer', { auditId, itemId: 'PD-1', slot: 0, value: 1 });
    const split = await transfer(lead, maria, auditId, 'part-maria', { person: 'Maria Goreti Seran', groupIds: ['IN'] });
    expect(split.preview.audits[0]).toMatchObject({ outcome: 'new', assignment: { person: 'Maria Goreti Seran', groupIds: ['IN'] } });
    await transfer(lead, budi, auditId, 'part-budi', { person: 'Budi Santoso', groupIds: ['PR'] });
    expect((await budi.call('audits.get', { auditId })).audit.assignment).toEqual({ person: 'Budi Santoso', groupIds: ['PR'] });

    const inputItems = await itemsOf(maria, auditId, 'IN');
    const processItems = await itemsOf(budi, auditId, 'PR');
    for (const itemId of inputItems) await maria.call('audits.answerItem', { auditId, itemId, values: [3, 2, 3, 1] });
    for (const itemId of processItems) await budi.call('audits.answerItem', { auditId, itemId, values: [2, 3] });
    // Both answer one slot of Proses, differently: the one conflict.
    await maria.call('audits.answer', { auditId, itemId: processItems[0]!, slot: 0, value: 0 });
    await maria.call('audits.note', { auditId, itemId: inputItems[0]!, text: 'Maklumat pelayanan ada.' });
    // Meanwhile the lead keeps working on Pengaduan.
    await lead.call('audits.answer', { auditId, itemId: 'PD-1', slot: 1, value: 0 });

    const fromMaria = await transfer(maria, lead, auditId, 'back-maria');
    expect(fromMaria.preview.audits[0]).toMatchObject({ outcome: 'merge', conflicts: 0, changes: inputItems.length * 4 + 2 });
    const fromBudi = await transfer(budi, lead, auditId, 'back-budi');
    expect(fromBudi.preview.audits[0]).toMatchObject({ outcome: 'merge', conflicts: 1 });

    const detail = await lead.call('audits.get', { auditId });
    expect(detail.answers[inputItems[1]!]).toEqual([3, 2, 3, 1]);
    expect(detail.answers[processItems[1]!]).toEqual([2, 3]);
    expect(detail.answers['PD-1']).toEqual([1, 0]);
    expect(detail.notes[inputItems[0]!]).toBe('Maklumat pelayanan ada.');
    expect(detail.audit.conflicts).toBe(1);
    const [conflict] = await lead.call('audits.conflicts', { auditId });
    expect(conflict!.conflict).toMatchObject({
      kind: 'answer', itemId: processItems[0], slot: 0, base: null, local: 0, incoming: 2,
      localProv: { by: 'Maria Goreti Seran' }, incomingProv: { by: 'Budi Santoso' },
    });
    expect(await lead.fail('audits.seal', { auditId, signOff: SIGN_OFF })).toMatchObject({ code: 'CONFLICT', message: 'errors.auditHasConflicts' });

    await lead.call('audits.resolveConflicts', { auditId, choices: [{ key: conflict!.key, take: 'incoming' }] });
    const sealed = await lead.call('audits.seal', { auditId, signOff: SIGN_OFF });
    expect(sealed.answers[processItems[0]!]).toEqual([2, 3]);
    expect(sealed.audit.seal!.signature).toMatchObject({ status: 'valid', signer: 'self' });

    const trail = await lead.call('audits.trail', { auditId });
    const creditOf = (itemId: string, slot: number) =>
      trail.filter((e) => e.itemId === itemId && e.slot === slot && (e.action === 'merged' || e.action === 'conflictResolved' || e.action === 'answer')).map((e) => e.actor);
    expect(creditOf(inputItems[1]!, 2)).toEqual(['Maria Goreti Seran']);
    expect(creditOf(processItems[1]!, 0)).toEqual(['Budi Santoso']);
    expect(creditOf('PD-1', 1)).toEqual(['Yohanes Bria']);
    expect(trail.find((e) => e.action === 'conflictResolved')).toMatchObject({ actor: 'Yohanes Bria', note: '→ Budi Santoso' });
  });

  it('a re-import of the same part and a send-back of the merged audit change nothing they should not', async () => {
    const { auditId } = await auditFixture(lead);
    await transfer(lead, maria, auditId, 'p1');
    await transfer(lead, budi, auditId, 'p2');
    await maria.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 });
    await budi.call('audits.answer', { auditId, itemId: 'IN-K2', slot: 0, value: 2 });
    await transfer(maria, lead, auditId, 'm1');
    await transfer(budi, lead, auditId, 'b1');
    // Maria keeps working, then gets the merged audit back: she gains Budi's answer and keeps her own.
    await maria.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 1, value: 1 });
    const back = await transfer(lead, maria, auditId, 'merged');
    expect(back.preview.audits[0]).toMatchObject({ outcome: 'merge', conflicts: 0, changes: 1 });
    const there = await maria.call('audits.get', { auditId });
    expect(there.answers['IN-K1']!.slice(0, 2)).toEqual([3, 1]);
    expect(there.answers['IN-K2']![0]).toBe(2);
  });
});
