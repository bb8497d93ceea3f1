import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';
import { pngBytes, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint, exportPackage, pick } from './support/laptops';
import { answeredOpiniAudit } from './support/opini-fixture';

/**
 * Proof of service per survey respondent (2025 method) travels in audit file format 2 (`proofs`,
 * optional) and its photos in the package's evidence: a sealed audit arrives with every proof and
 * its bytes; a merge adds the proofs this laptop lacks and keeps its own.
 */
let a: TestServices;
let b: TestServices;
beforeEach(() => {
  a = testServices();
  b = testServices();
  a.ctx.settings.update({ auditorName: 'Maria Goreti Seran' });
});
afterEach(() => {
  a.dispose();
  b.dispose();
});

async function opiniAudit(t: TestServices, unitName?: string) {
  const auditId = await answeredOpiniAudit(t, unitName);
  await t.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
  await t.call('audits.attachProof', { auditId, groupId: 'KP', slot: 1, file: { name: 'akta.png', mime: 'image/png', base64: pngBytes('akta').toString('base64') } });
  return auditId;
}

describe('packages: proof of service', () => {
  it('arrive with a sealed audit, photo bytes included, and the seal stays intact', async () => {
    const auditId = await opiniAudit(a);
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const path = join(a.dataDir, 'kupang.patuh');
    expect(await exportPackage(a, path, { selection: { auditIds: [auditId] } })).toMatchObject({ audits: 1, evidence: 1 });
    expect((await b.call('packages.import', { path: pick(b, path) })).imported).toBe(true);

    const proofs = await b.call('audits.proofs', { auditId });
    expect(proofs.map((p) => [p.slot, p.documentNo, p.photo?.name ?? null, p.by])).toEqual([[0, '5371-2025-001', null, 'Maria Goreti Seran'], [1, '', 'akta.png', 'Maria Goreti Seran']]);
    const sha = proofs[1]!.photo!.sha256;
    expect(readFileSync(join(b.dataDir, 'attachments', sha.slice(0, 2), sha))).toEqual(pngBytes('akta'));
    const here = await b.call('audits.get', { auditId });
    expect(here.audit.seal).toMatchObject({ intact: true });
    expect(here.score.unit.score).toBe(84.43);
  });

  it('a merge adds the proofs this laptop lacks and keeps the ones it has', async () => {
    const auditId = await opiniAudit(a);
    const first = join(a.dataDir, 'first.patuh');
    await exportPackage(a, first, { selection: { auditIds: [auditId] } });
    await b.call('packages.import', { path: pick(b, first) });
    await b.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: 'B-LOCAL' });
    await a.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: 'A-CHANGED' });
    await a.call('audits.setProof', { auditId, groupId: 'KP', slot: 5, documentNo: '5371-2025-006' });
    const second = join(a.dataDir, 'second.patuh');
    await exportPackage(a, second, { selection: { auditIds: [auditId] } });
    await b.call('packages.import', { path: pick(b, second) });
    const proofs = await b.call('audits.proofs', { auditId });
    expect(proofs.map((p) => [p.slot, p.documentNo])).toEqual([[0, 'B-LOCAL'], [1, ''], [5, '5371-2025-006']]);
  });
});

/** An audit file (format 2) carries proof photos by hash only, like its evidence: the bytes must already be on this laptop. */
describe('audit file: proof of service', () => {
  async function exportedFile(t: TestServices, auditId: string, name: string) {
    const path = join(t.dataDir, name);
    t.desktop.queueSavePath(path);
    await t.call('audits.export', { auditId });
    return path;
  }

  it('comes in with its photo linked when the same photo is already on this laptop', async () => {
    const auditId = await opiniAudit(a);
    const path = await exportedFile(a, auditId, 'kupang.patuh-audit.json');
    await opiniAudit(b, 'Dinas Penanaman Modal dan PTSP'); // another audit on this laptop holds the same photo
    expect((await b.call('packages.import', { path: pick(b, path), confirmNameMatches: true })).imported).toBe(true);
    const proofs = await b.call('audits.proofs', { auditId });
    expect(proofs.map((p) => [p.slot, p.documentNo, p.photo?.name ?? null])).toEqual([[0, '5371-2025-001', null], [1, '', 'akta.png']]);
    const sha = proofs[1]!.photo!.sha256;
    expect(readFileSync(join(b.dataDir, 'attachments', sha.slice(0, 2), sha))).toEqual(pngBytes('akta'));
  });

  it('is refused, draft or sealed, when a proof photo is not on this laptop, and nothing changes', async () => {
    const auditId = await opiniAudit(a);
    const draft = await exportedFile(a, auditId, 'draft.patuh-audit.json');
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const sealed = await exportedFile(a, auditId, 'sealed.patuh-audit.json');
    const before = dataFingerprint(b);
    for (const path of [draft, sealed]) {
      for (const [channel, input] of [['packages.preview', { path: pick(b, path) }], ['packages.import', { path, confirmNameMatches: true }]] as const) {
        expect(await b.fail(channel, input)).toMatchObject({ code: 'VALIDATION', message: 'errors.packageMissingFile', details: { name: 'akta.png' } });
      }
    }
    expect(dataFingerprint(b)).toBe(before);
    expect(await b.call('audits.list', {})).toEqual([]);
  });
});
