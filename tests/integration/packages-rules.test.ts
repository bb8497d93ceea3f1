import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../shared/methodology/builtin';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint, exportPackage, pick } from './support/laptops';

let a: TestServices;
let b: TestServices;
beforeEach(() => { a = testServices(); b = testServices(); });
afterEach(() => { a.dispose(); b.dispose(); });

const base = BUILTIN_TEMPLATES.find((x) => x.id === 'ori-2022-2024')!;
const custom = (description: string) => ({ ...structuredClone(base), id: 'kupang-2024', version: 1, description: { id: description, en: description } });

async function send(from: TestServices, to: TestServices, auditId: string, name: string) {
  const path = join(from.dataDir, `${name}.patuh`);
  await exportPackage(from, path, { selection: { auditIds: [auditId] } });
  return pick(to, path);
}

describe('packages: templates travel with their checksum', () => {
  it('adds a template this laptop lacks, and refuses a package whose template clashes with one here', async () => {
    await a.call('templates.import', { json: JSON.stringify(custom('Checklist Kota Kupang')) });
    const { auditId } = await auditFixture(a, { template: { id: 'kupang-2024', version: 1 } });
    const path = await send(a, b, auditId, 'custom');
    const preview = await b.call('packages.preview', { path });
    expect(preview.templates).toEqual([{ id: 'kupang-2024', version: 1, outcome: 'add' }]);
    await b.call('packages.import', { path });
    expect(await b.call('templates.get', { id: 'kupang-2024', version: 1 })).toMatchObject({ builtin: false, auditCount: 1 });

    const c = testServices();
    try {
      await c.call('templates.import', { json: JSON.stringify(custom('Another text under the same version')) });
      const before = dataFingerprint(c);
      pick(c, path);
      expect(await c.fail('packages.import', { path })).toMatchObject({ code: 'CONFLICT', message: 'errors.templateVersionExists' });
      expect(dataFingerprint(c)).toBe(before);
    } finally {
      c.dispose();
    }
  });
});

describe('packages: seals', () => {
  it('never merges into a sealed audit, and lands a seal on a draft with nothing of its own since', async () => {
    const { auditId } = await auditFixture(a);
    await answerAll(a, auditId, () => 2);
    await b.call('packages.import', { path: await send(a, b, auditId, 'draft') });
    // B has the draft as A sent it; A adds an auditor and seals: the sealed audit replaces B's untouched draft.
    await a.call('audits.update', { auditId, period: { year: 2023, start: '2023-08-21', end: '2023-08-24' }, auditors: [{ name: 'Maria Goreti Seran', nip: '198703142010012015' }, { name: 'Yohanes Bria' }, { name: 'Budi Santoso' }] });
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const sealedPath = await send(a, b, auditId, 'sealed');
    expect((await b.call('packages.preview', { path: sealedPath })).audits[0]).toMatchObject({ outcome: 'merge', status: 'final' });
    await b.call('packages.import', { path: sealedPath });
    const there = await b.call('audits.get', { auditId });
    expect(there.audit).toMatchObject({ status: 'final', seal: { intact: true, signature: { status: 'valid', signer: 'unknown' } } });

    // A reopens and changes an answer: B's sealed copy is never merged into.
    await a.call('audits.reopen', { auditId, reason: 'Koreksi jawaban IN-K1' });
    await a.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 0 });
    const reopened = await send(a, b, auditId, 'reopened');
    const before = dataFingerprint(b);
    const preview = await b.call('packages.preview', { path: reopened });
    expect(preview.audits[0]).toMatchObject({ outcome: 'refused', reason: 'errors.importSealedHere' });
    await b.call('packages.import', { path: reopened });
    expect((await b.call('audits.get', { auditId })).answers['IN-K1']![0]).toBe(2);
    expect(dataFingerprint(b)).not.toBe(before); // only the import itself is recorded
    expect((await b.call('audits.trail', { auditId })).some((e) => e.action === 'merged')).toBe(false);
  });

  it('refuses a seal from elsewhere onto a draft that has changes of its own', async () => {
    const { auditId } = await auditFixture(a);
    await b.call('packages.import', { path: await send(a, b, auditId, 'draft') });
    await b.call('audits.answer', { auditId, itemId: 'IN-K2', slot: 0, value: 1 });
    await answerAll(a, auditId, () => 3);
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const preview = await b.call('packages.preview', { path: await send(a, b, auditId, 'sealed') });
    expect(preview.audits[0]).toMatchObject({ outcome: 'refused', reason: 'errors.importSealedElsewhere' });
  });
});

describe('void', () => {
  it('hides a draft made by mistake with its reason, frees its period, and restores it; a sealed audit never', async () => {
    const { auditId, unit } = await auditFixture(a);
    expect(await a.fail('audits.void', { auditId, reason: 'x' })).toMatchObject({ code: 'VALIDATION' });
    const voided = await a.call('audits.void', { auditId, reason: 'Unit yang salah dipilih' });
    expect(voided.audit.voided).toMatchObject({ reason: 'Unit yang salah dipilih' });
    expect(await a.call('audits.list', {})).toEqual([]);
    expect(await a.call('audits.list', { voided: true })).toEqual([expect.objectContaining({ id: auditId })]);
    expect(await a.fail('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 1 })).toMatchObject({ code: 'READ_ONLY', message: 'errors.auditVoided' });
    const again = await a.call('audits.create', { unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023 }, auditors: [{ name: 'Maria' }] });
    expect(await a.fail('audits.unvoid', { auditId })).toMatchObject({ code: 'CONFLICT' });
    await a.call('audits.void', { auditId: again.audit.id, reason: 'Duplikat, dibuat ulang' });
    await a.call('audits.unvoid', { auditId });
    expect((await a.call('audits.trail', { auditId })).map((e) => e.action)).toEqual(['created', 'voided', 'unvoided']);
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    expect(await a.fail('audits.void', { auditId, reason: 'Sudah final' })).toMatchObject({ code: 'READ_ONLY', message: 'errors.sealedCannotVoid' });
  });
});
