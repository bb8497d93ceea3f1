import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runCli } from '../../electron/cli/run';
import { auditContentHash, parseAnyAuditFile, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

/** `patuh score FILE` in-process, with the command's real parsing and checks. */
async function patuhScore(file: string, command = 'score') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), readFile: (p) => readFileSync(p, 'utf8'), writeFile: () => {} };
  const code = await runCli([command, file], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function exportedFile(auditId: string) {
  const saved = await t.call('audits.export', { auditId });
  return { path: saved!.path, json: JSON.parse(readFileSync(saved!.path, 'utf8')) as Record<string, unknown> };
}

describe('audits.export', () => {
  it('writes a draft as an audit file that patuh score accepts, with the same score as the app', async () => {
    const { auditId } = await auditFixture(t);
    await answerAll(t, auditId, (itemId, slot) => (itemId === 'PR-11' && slot === 1 ? 'na' : (itemId.length + slot) % 4));
    await t.call('audits.note', { auditId, itemId: 'IN-K1', text: 'SOP terpasang.' });
    const { path, json } = await exportedFile(auditId);
    expect(path).toMatch(/dinas-kependudukan-dan-pencatatan-sipil-2023\.patuh-audit\.json$/);
    expect(parseAnyAuditFile(json).ok).toBe(true);
    expect(json).toMatchObject({ formatVersion: 2, status: 'draft', contentHash: null, signOff: null, generator: 'Patuh test', notes: { 'IN-K1': 'SOP terpasang.' } });
    expect(json.respondents).toMatchObject({ PR: { count: 2, labels: ['KTP-el', 'Akta Kelahiran'] } });
    expect(json.provenance).toMatchObject({ notes: { 'IN-K1': { by: 'Maria Goreti Seran', device: t.ctx.device.id } } });

    const cli = await patuhScore(path);
    expect(cli.err).toBe('');
    expect(cli.code).toBe(0);
    const { score } = await t.call('audits.get', { auditId });
    expect(JSON.parse(cli.out)).toMatchObject({ score: score.unit.score, zone: score.unit.zone, grade: score.unit.band?.grade, status: 'draft' });
  });

  it('writes a sealed audit exactly as sealed: the CLI verifies its content hash, evidence included', async () => {
    const { auditId, unit } = await auditFixture(t);
    await answerAll(t, auditId, () => 3);
    const evidence = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: { name: 'ruang-tunggu.png', mime: 'image/png', base64: pngBytes('ruang').toString('base64') } });
    const hash = (await t.call('audits.seal', { auditId, signOff: SIGN_OFF })).audit.seal!.hash;
    await t.call('units.update', { id: unit.id, fields: { name: 'Disdukcapil' } });

    t.setNow('2026-04-01T00:00:00.000Z');
    const { path, json } = await exportedFile(auditId);
    expect(json).toMatchObject({
      status: 'final', contentHash: hash, signOff: SIGN_OFF, exportedAt: '2026-04-01T00:00:00.000Z',
      unit: { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      evidence: [{ itemId: 'IN-S1', sha256: evidence.sha256, fileName: 'ruang-tunggu.png', mimeType: 'image/png', size: evidence.size }],
    });
    const cli = await patuhScore(path);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ score: 100, status: 'final', seal: { status: 'valid', device: t.ctx.device.id } });
    expect((await patuhScore(path, 'verify')).code).toBe(0);
  });

  it('refuses a forged sealed file: answers changed and the hash recomputed', async () => {
    const { auditId } = await auditFixture(t);
    await answerAll(t, auditId, () => 1);
    await t.call('audits.seal', { auditId, signOff: SIGN_OFF });
    const { path, json } = await exportedFile(auditId);
    const forged = structuredClone(json) as unknown as AuditFileV2;
    forged.answers['IN-K1'] = forged.answers['IN-K1']!.map(() => 3);
    forged.contentHash = auditContentHash(toFormat1(forged));
    writeFileSync(path, JSON.stringify(forged));
    for (const command of ['score', 'verify']) {
      const cli = await patuhScore(path, command);
      expect(cli.code).toBe(1);
      expect(cli.err).toMatch(/refused: the seal signature does not match the content: the file was forged or changed/);
    }
    // The same forgery in format 1, where the seal is a bare hash: never presented as verified.
    const v1 = toFormat1(forged);
    writeFileSync(path, JSON.stringify(v1));
    const score = await patuhScore(path);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.out)).toMatchObject({ status: 'final', seal: { status: 'unsigned', device: null } });
    expect(score.err).toMatch(/cannot be verified/);
    const verify = await patuhScore(path, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/not signed/);
  });

  it('refuses to export when an evidence file changed on disk', async () => {
    const { auditId } = await auditFixture(t);
    const e = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: { name: 'a.png', mime: 'image/png', base64: pngBytes('a').toString('base64') } });
    writeFileSync(join(t.dataDir, 'attachments', e.sha256.slice(0, 2), e.sha256), pngBytes('tampered'));
    expect(await t.fail('audits.export', { auditId })).toMatchObject({ code: 'FILE', message: 'errors.attachmentCorrupt' });
    expect(await t.fail('audits.seal', { auditId, signOff: SIGN_OFF })).toMatchObject({ code: 'FILE', message: 'errors.attachmentCorrupt' });
  });
});
