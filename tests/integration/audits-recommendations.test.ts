import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { photoPng } from '../support/photo';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, SIGN_OFF } from './support/audit-fixture';
import { exportPackage, pick } from './support/laptops';

/**
 * The auditor's recommendations and the seal's signers (issue 11): stored with a trail entry,
 * refused once sealed, part of the sealed content only when present, and carried by packages
 * to another laptop, where the seal still verifies and the recommendations merge like notes.
 */

let lead: TestServices;
let other: TestServices;
beforeEach(() => {
  [lead, other] = [testServices(), testServices()];
  lead.ctx.settings.update({ auditorName: 'Maria Goreti Seran' });
  other.ctx.settings.update({ auditorName: 'Yohanes Bria' });
});
afterEach(() => [lead, other].forEach((t) => t.dispose()));

const DRAWN = `data:image/png;base64,${photoPng(300, 100, 2).toString('base64')}`;
const SIGNERS = [
  { role: 'auditor' as const, name: 'Maria Goreti Seran', nip: '198703142010012015', position: 'Auditor Ahli Muda', drawn: DRAWN },
  { role: 'auditor' as const, name: 'Yohanes Bria' },
  { role: 'representative' as const, name: SIGN_OFF.agencyRepresentative, position: 'Kepala Dinas' },
];

async function transfer(from: TestServices, to: TestServices, auditId: string, name: string) {
  const path = join(from.dataDir, `${name}.patuh`);
  await exportPackage(from, path, { selection: { auditIds: [auditId] }, assignment: null });
  pick(to, path);
  return to.call('packages.import', { path });
}

describe('recommendations', () => {
  it('are stored per item and per dimension with a trail entry, removed by an empty text, and refused for unknown targets', async () => {
    const { auditId } = await auditFixture(lead);
    const ack = await lead.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: '  Pasang papan persyaratan.  ' });
    expect(ack).toMatchObject({ scope: 'item', targetId: 'PR-01', text: 'Pasang papan persyaratan.' });
    await lead.call('audits.recommend', { auditId, scope: 'group', targetId: 'PD', text: 'Integrasikan SP4N-LAPOR!.' });
    expect((await lead.call('audits.get', { auditId })).recommendations).toEqual({ items: { 'PR-01': 'Pasang papan persyaratan.' }, groups: { PD: 'Integrasikan SP4N-LAPOR!.' } });
    await lead.call('audits.recommend', { auditId, scope: 'group', targetId: 'PD', text: '' });
    expect((await lead.call('audits.get', { auditId })).recommendations.groups).toEqual({});
    const trail = (await lead.call('audits.trail', { auditId })).filter((e) => e.action === 'recommendation');
    expect(trail.map((e) => [e.itemId, e.note, e.oldValue, e.newValue])).toEqual([
      ['PR-01', 'item', null, 'Pasang papan persyaratan.'],
      ['PD', 'group', null, 'Integrasikan SP4N-LAPOR!.'],
      ['PD', 'group', 'Integrasikan SP4N-LAPOR!.', null],
    ]);
    expect(await lead.fail('audits.recommend', { auditId, scope: 'group', targetId: 'PR-01', text: 'x' })).toMatchObject({
      code: 'VALIDATION', details: { issues: [{ path: 'targetId', message: 'validation.unknownGroup' }] },
    });
    expect(await lead.fail('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'x'.repeat(2001) })).toMatchObject({ code: 'VALIDATION' });
  });

  it('leave the hash of an audit without them as it was, and change it when written; a sealed audit refuses them', async () => {
    const { auditId } = await auditFixture(lead);
    await answerAll(lead, auditId, () => 2);
    const plain = await lead.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const sealedContent = JSON.parse((lead.ctx.db.prepare('SELECT sealed_content FROM audits WHERE id = ?').get(auditId) as { sealed_content: string }).sealed_content);
    expect(sealedContent).not.toHaveProperty('recommendations');
    expect(await lead.fail('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'x' })).toMatchObject({ code: 'READ_ONLY' });
    // Behind the services, SQLite refuses too.
    expect(() => lead.ctx.db.prepare("INSERT INTO audit_recommendations (audit_id, scope, target_id, text, updated_at) VALUES (?, 'item', 'PR-01', 'x', 'now')").run(auditId))
      .toThrow(/audit is sealed/);

    await lead.call('audits.reopen', { auditId, reason: 'Menambah rekomendasi auditor.' });
    await lead.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'Pasang papan persyaratan.' });
    const resealed = await lead.call('audits.seal', { auditId, signOff: SIGN_OFF });
    expect(resealed.audit.seal!.hash).not.toBe(plain.audit.seal!.hash);
    expect(resealed.audit.seal!.intact).toBe(true);
  });
});

describe('signers at sealing', () => {
  it('keeps every signer with NIP, position and the drawn signature in the seal', async () => {
    const { auditId } = await auditFixture(lead);
    await answerAll(lead, auditId, () => 3);
    const sealed = await lead.call('audits.seal', { auditId, signOff: { ...SIGN_OFF, signers: SIGNERS } });
    expect(sealed.audit.seal!.signOff.signers).toEqual([
      { role: 'auditor', name: 'Maria Goreti Seran', nip: '198703142010012015', position: 'Auditor Ahli Muda', drawn: DRAWN },
      { role: 'auditor', name: 'Yohanes Bria' },
      { role: 'representative', name: SIGN_OFF.agencyRepresentative, position: 'Kepala Dinas' },
    ]);
    expect(sealed.audit.seal!.intact).toBe(true);
  });

  it('refuses signers that leave out an auditor or the representative, and a drawing that is not a PNG', async () => {
    const { auditId } = await auditFixture(lead);
    await answerAll(lead, auditId, () => 3);
    const missing = await lead.fail('audits.seal', { auditId, signOff: { ...SIGN_OFF, signers: [SIGNERS[0], SIGNERS[2]] } });
    expect(missing).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'signOff.signers', message: 'validation.signersAuditors', params: { names: 'Yohanes Bria' } }] } });
    const noRepresentative = await lead.fail('audits.seal', { auditId, signOff: { ...SIGN_OFF, signers: SIGNERS.slice(0, 2) } });
    expect(noRepresentative).toMatchObject({ details: { issues: [{ message: 'validation.signersRepresentative' }] } });
    // Base64 that is not a PNG inside, though its data URL says so.
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png at all, only pretending').toString('base64')}`;
    const notPng = await lead.fail('audits.seal', { auditId, signOff: { ...SIGN_OFF, signers: [{ ...SIGNERS[0]!, drawn: fake }, SIGNERS[1], SIGNERS[2]] } });
    expect(notPng).toMatchObject({ details: { issues: [{ path: 'signOff.signers.0.drawn', message: 'validation.signatureFormat' }] } });
    expect((await lead.call('audits.get', { auditId })).audit.status).toBe('draft');
  });
});

describe('recommendations and signers in packages', () => {
  it('arrive with a sealed audit whose seal still verifies on the other laptop', async () => {
    const { auditId } = await auditFixture(lead);
    await answerAll(lead, auditId, () => 2);
    await lead.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'Pasang papan persyaratan.' });
    await lead.call('audits.recommend', { auditId, scope: 'group', targetId: 'PR', text: 'Perbarui semua maklumat.' });
    const sealed = await lead.call('audits.seal', { auditId, signOff: { ...SIGN_OFF, signers: SIGNERS } });
    await transfer(lead, other, auditId, 'sealed');
    const there = await other.call('audits.get', { auditId });
    expect(there.recommendations).toEqual(sealed.recommendations);
    expect(there.audit.seal).toMatchObject({ hash: sealed.audit.seal!.hash, intact: true, signature: { status: 'valid' } });
    expect(there.audit.seal!.signOff.signers).toEqual(sealed.audit.seal!.signOff.signers);
  });

  it('merge as notes do: a change on one side is taken, two different changes keep both texts', async () => {
    const { auditId } = await auditFixture(lead);
    await lead.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'Awal.' });
    await transfer(lead, other, auditId, 'out');
    await other.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-02', text: 'Dari Yohanes.' });
    await other.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'Versi Yohanes.' });
    await lead.call('audits.recommend', { auditId, scope: 'item', targetId: 'PR-01', text: 'Versi Maria.' });
    await transfer(other, lead, auditId, 'back');
    const merged = await lead.call('audits.get', { auditId });
    expect(merged.recommendations.items).toEqual({ 'PR-01': 'Versi Maria.\n\nVersi Yohanes.', 'PR-02': 'Dari Yohanes.' });
    expect(merged.audit.conflicts).toBe(0);
    const trail = (await lead.call('audits.trail', { auditId })).filter((e) => e.action === 'merged' && e.itemId === 'PR-02');
    expect(trail).toMatchObject([{ actor: 'Yohanes Bria', newValue: 'Dari Yohanes.' }]);
  });
});
