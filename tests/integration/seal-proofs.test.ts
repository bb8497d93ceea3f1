import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runCli } from '../../electron/cli/run';
import { auditContentHash, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { testServices, type TestServices } from './helpers';
import { pngBytes, SIGN_OFF } from './support/audit-fixture';
import { exportPackage, pick } from './support/laptops';
import { answeredOpiniAudit } from './support/opini-fixture';

/**
 * Proofs of service (2025 method) are part of the sealed content: number and photo hash per group
 * and slot. A proof changed behind the seal triggers breaks `seal.intact` and `patuh verify`; a
 * sealed audit carried in a package verifies on a fresh data folder, and a seal does not land on
 * a laptop whose proofs differ from the sealed ones.
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

async function patuh(...argv: string[]) {
  const lines: string[] = [];
  const io: CliIo = { out: (s) => lines.push(s), err: (s) => lines.push(s), readFile: (p) => readFileSync(p, 'utf8'), writeFile: () => {} };
  return { code: await runCli(argv, io), out: lines.join('\n') };
}

async function opiniAudit(t: TestServices) {
  const auditId = await answeredOpiniAudit(t);
  // Written out of slot order on purpose: the sealed order is group then slot, whatever the order of writing.
  await t.call('audits.attachProof', { auditId, groupId: 'KP', slot: 4, file: { name: 'akta.png', mime: 'image/png', base64: pngBytes('akta').toString('base64') } });
  await t.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
  return auditId;
}

const seal = async (t: TestServices, auditId: string) => (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!;
const sealedContent = (t: TestServices, auditId: string) =>
  JSON.parse((t.ctx.db.prepare('SELECT sealed_content FROM audits WHERE id = ?').get(auditId) as { sealed_content: string }).sealed_content) as Record<string, unknown>;

async function exportedFile(t: TestServices, auditId: string, name: string) {
  const path = join(t.dataDir, name);
  t.desktop.queueSavePath(path);
  await t.call('audits.export', { auditId });
  return path;
}

describe('seal: proofs of service', () => {
  it('seals number and photo hash per group and slot, and a changed proof changes the hash', async () => {
    const auditId = await opiniAudit(a);
    const photo = (await a.call('audits.proofs', { auditId })).find((p) => p.slot === 4)!.photo!.sha256;
    const first = await seal(a, auditId);
    expect(first).toMatchObject({ intact: true, signature: { status: 'valid' } });
    expect(sealedContent(a, auditId).proofs).toEqual([
      { groupId: 'KP', slot: 0, documentNo: '5371-2025-001', photo: null },
      { groupId: 'KP', slot: 4, documentNo: '', photo },
    ]);

    await a.call('audits.reopen', { auditId, reason: 'Nomor akta salah ketik' });
    await a.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-011' });
    const second = await seal(a, auditId);
    expect(second.hash).not.toBe(first.hash);
    await a.call('audits.reopen', { auditId, reason: 'Kembali ke nomor semula' });
    await a.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: '5371-2025-001' });
    expect((await seal(a, auditId)).hash).toBe(first.hash);
  });

  it('an audit without proofs seals without them, as before proofs were sealed', async () => {
    const auditId = await answeredOpiniAudit(a, 'DPMPTSP');
    const { hash } = await seal(a, auditId);
    const content = sealedContent(a, auditId);
    expect(content).not.toHaveProperty('proofs');
    const file = JSON.parse(readFileSync(await exportedFile(a, auditId, 'plain.json'), 'utf8')) as AuditFileV2;
    expect(file).not.toHaveProperty('proofs');
    expect(auditContentHash(toFormat1(file))).toBe(hash);
  });

  it.each([
    ['number changed', "UPDATE audit_respondent_proofs SET document_no = '5371-2025-999' WHERE slot = 0", 'update'],
    ['photo swapped for the photo of another proof', "UPDATE audit_respondent_proofs SET sha256 = (SELECT sha256 FROM audit_respondent_proofs WHERE slot = 4), file_name = 'akta.png' WHERE slot = 0", 'update'],
    ['proof deleted', 'DELETE FROM audit_respondent_proofs WHERE slot = 4', 'delete'],
  ])('%s behind the triggers: the seal is no longer intact and patuh verify refuses the export', async (_what, sql, trigger) => {
    const auditId = await opiniAudit(a);
    await seal(a, auditId);
    a.ctx.db.exec(`DROP TRIGGER audit_respondent_proofs_sealed_${trigger}`);
    a.ctx.db.prepare(sql).run();
    expect((await a.call('audits.get', { auditId })).audit.seal).toMatchObject({ intact: false });
    const r = await patuh('verify', await exportedFile(a, auditId, 'tampered.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/refused: the sealed content was changed/);
  });

  it('a proof added behind the triggers is caught too', async () => {
    const auditId = await opiniAudit(a);
    await seal(a, auditId);
    a.ctx.db.exec('DROP TRIGGER audit_respondent_proofs_sealed_insert');
    a.ctx.db.prepare("INSERT INTO audit_respondent_proofs (audit_id, group_id, slot, document_no, updated_at, by_name, device_id) VALUES (?, 'KP', 7, 'ditambah', '2026-03-03T00:00:00Z', 'x', 'x')").run(auditId);
    expect((await a.call('audits.get', { auditId })).audit.seal).toMatchObject({ intact: false });
  });

  it('a sealed audit in a package verifies on a fresh data folder, and exported again there', async () => {
    const auditId = await opiniAudit(a);
    const { hash } = await seal(a, auditId);
    const path = join(a.dataDir, 'kupang.patuh');
    await exportPackage(a, path, { selection: { auditIds: [auditId] } });
    const verified = await patuh('verify', path);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/final, seal signed by device/);

    expect((await b.call('packages.import', { path: pick(b, path) })).imported).toBe(true);
    expect((await b.call('audits.get', { auditId })).audit.seal).toMatchObject({ hash, intact: true, signature: { status: 'valid' } });
    expect(sealedContent(b, auditId).proofs).toEqual(sealedContent(a, auditId).proofs);
    const again = await patuh('verify', await exportedFile(b, auditId, 'again.json'));
    expect(again.code).toBe(0);
    expect(again.out).toContain(`content hash ${hash}`);
  });

  it('a seal does not land on a draft whose proofs differ from the sealed ones', async () => {
    const auditId = await opiniAudit(a);
    const draft = join(a.dataDir, 'draft.patuh');
    await exportPackage(a, draft, { selection: { auditIds: [auditId] } });
    await b.call('packages.import', { path: pick(b, draft) });
    await b.call('audits.setProof', { auditId, groupId: 'KP', slot: 0, documentNo: 'B-LOCAL' });
    await seal(a, auditId);
    const sealed = join(a.dataDir, 'sealed.patuh');
    await exportPackage(a, sealed, { selection: { auditIds: [auditId] } });
    const preview = await b.call('packages.preview', { path: pick(b, sealed) });
    expect(preview.audits).toMatchObject([{ outcome: 'refused', reason: 'errors.importSealedElsewhere' }]);
    expect((await b.call('audits.get', { auditId })).audit.status).toBe('draft');
  });

  it('a seal lands on a draft that lacks some of its proofs, and is intact there', async () => {
    const auditId = await opiniAudit(a);
    const draft = join(a.dataDir, 'draft.patuh');
    await exportPackage(a, draft, { selection: { auditIds: [auditId] } });
    await b.call('packages.import', { path: pick(b, draft) });
    await a.call('audits.setProof', { auditId, groupId: 'KP', slot: 9, documentNo: '5371-2025-010' });
    const { hash } = await seal(a, auditId);
    const sealed = join(a.dataDir, 'sealed.patuh');
    await exportPackage(a, sealed, { selection: { auditIds: [auditId] } });
    expect((await b.call('packages.import', { path: pick(b, sealed) })).imported).toBe(true);
    expect((await b.call('audits.get', { auditId })).audit.seal).toMatchObject({ hash, intact: true });
  });
});
