import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint, exportPackage, pick } from './support/laptops';

let a: TestServices;
let b: TestServices;
beforeEach(() => {
  a = testServices();
  b = testServices();
  a.ctx.settings.update({ auditorName: 'Maria Goreti Seran' });
  b.ctx.settings.update({ auditorName: 'Koordinator Kota' });
});
afterEach(() => {
  a.dispose();
  b.dispose();
});

async function sealedAudit(t: TestServices) {
  const f = await auditFixture(t);
  await answerAll(t, f.auditId, (item, slot) => (item.length + slot) % 4);
  await t.call('audits.note', { auditId: f.auditId, itemId: 'IN-K1', text: 'SOP terpajang di loket.' });
  await t.call('audits.attachEvidence', { auditId: f.auditId, itemId: 'IN-K1', file: { name: 'sop.png', mime: 'image/png', base64: pngBytes('sop').toString('base64') } });
  await t.call('audits.seal', { auditId: f.auditId, signOff: SIGN_OFF });
  return f;
}

describe('packages: laptop A to laptop B', () => {
  it('carries answers, notes, evidence bytes, score and seal unchanged', async () => {
    const { auditId } = await sealedAudit(a);
    const path = join(a.dataDir, 'kupang.patuh');
    const written = await exportPackage(a, path, { selection: { auditIds: [auditId] } });
    expect(written).toMatchObject({ audits: 1, evidence: 1 });

    const preview = await b.call('packages.preview', { path: pick(b, path) });
    expect(preview.maker).toMatchObject({ person: 'Maria Goreti Seran', signer: 'unknown' });
    expect(preview.audits).toEqual([expect.objectContaining({ id: auditId, outcome: 'new', status: 'final' })]);
    expect(preview.audits[0]!.seal).toMatchObject({ status: 'valid', signer: 'unknown' });
    expect(preview.registry.map((m) => m.match)).toEqual(['new', 'new']);

    const result = await b.call('packages.import', { path });
    expect(result.imported).toBe(true);
    const there = await a.call('audits.get', { auditId });
    const here = await b.call('audits.get', { auditId });
    expect(here.answers).toEqual(there.answers);
    expect(here.notes).toEqual(there.notes);
    expect(here.score.unit).toEqual(there.score.unit);
    expect(here.audit.seal).toMatchObject({ hash: there.audit.seal!.hash, intact: true, signOff: SIGN_OFF });
    expect(here.audit.seal!.signature).toMatchObject({ status: 'valid', signer: 'unknown' });
    const sha = here.evidence['IN-K1']![0]!.sha256;
    expect(readFileSync(join(b.dataDir, 'attachments', sha.slice(0, 2), sha))).toEqual(pngBytes('sop'));

    // Importing the same package again changes nothing.
    const before = dataFingerprint(b);
    const again = await b.call('packages.import', { path });
    expect(again.imported).toBe(false);
    expect(again.preview.alreadyImported).not.toBeNull();
    expect(dataFingerprint(b)).toBe(before);
  });

  it('encrypts with a transfer password; a wrong password and a damaged file have their own messages', async () => {
    const { auditId } = await sealedAudit(a);
    const path = join(a.dataDir, 'secret.patuh');
    await exportPackage(a, path, { selection: { auditIds: [auditId] }, password: 'rahasia-kupang-2024' });
    expect(readFileSync(path).includes(Buffer.from('Dinas Kependudukan'))).toBe(false);
    pick(b, path);
    expect(await b.fail('packages.preview', { path })).toMatchObject({ message: 'errors.packagePasswordNeeded' });
    expect(await b.fail('packages.preview', { path, password: 'salah-sandi-123' })).toMatchObject({ message: 'errors.packageWrongPassword' });
    const preview = await b.call('packages.preview', { path, password: 'rahasia-kupang-2024' });
    expect(preview.encrypted).toBe(true);
    const bytes = readFileSync(path);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x01;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, bytes);
    expect(await b.fail('packages.preview', { path, password: 'rahasia-kupang-2024' })).toMatchObject({ message: 'errors.packageDamaged' });
  });

  it('matches the registry by id, and by name only with the user’s confirmation, never duplicating', async () => {
    const { auditId } = await sealedAudit(a);
    const path = join(a.dataDir, 'p.patuh');
    await exportPackage(a, path, { selection: { auditIds: [auditId] } });
    // Laptop B typed the same entity and unit itself: other ids, same names.
    const entity = await b.call('entities.create', { kind: 'pemkot', name: 'pemerintah kota kupang', province: 'Nusa Tenggara Timur' });
    await b.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
    const preview = await b.call('packages.preview', { path: pick(b, path) });
    expect(preview.needsNameConfirmation).toBe(true);
    expect(preview.registry).toEqual([
      { kind: 'entity', name: 'Pemerintah Kota Kupang', match: 'name', localName: 'pemerintah kota kupang' },
      { kind: 'unit', name: 'Dinas Kependudukan dan Pencatatan Sipil', match: 'name', localName: 'Dinas Kependudukan dan Pencatatan Sipil' },
    ]);
    expect(await b.fail('packages.import', { path })).toMatchObject({ message: 'errors.importConfirmNames' });
    await b.call('packages.import', { path, confirmNameMatches: true });
    expect(await b.call('entities.list', {})).toHaveLength(1);
    const list = await b.call('audits.list', {});
    expect(list).toEqual([expect.objectContaining({ id: auditId, entityId: entity.id, status: 'final' })]);
  });
});
