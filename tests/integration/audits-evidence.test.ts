import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREVIEW_MAX_BYTES } from '../../electron/services/audit-answers-service';
import { testServices, type TestServices } from './helpers';
import { auditFixture, pngBytes } from './support/audit-fixture';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

const upload = (name: string, bytes: Buffer, mime: 'image/png' | 'application/pdf' = 'image/png') => ({ name, mime, base64: bytes.toString('base64') });
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('audits: evidence', () => {
  it('stores a file content-addressed by SHA-256 and lists it with a preview', async () => {
    const { auditId } = await auditFixture(t);
    const bytes = pngBytes('loket antrian');
    const e = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('loket.png', bytes) });
    expect(e).toMatchObject({ itemId: 'IN-S1', sha256: sha(bytes), name: 'loket.png', mime: 'image/png', size: bytes.length });
    const path = join(t.dataDir, 'attachments', e.sha256.slice(0, 2), e.sha256);
    expect(readFileSync(path)).toEqual(bytes);

    const [listed] = await t.call('audits.evidence', { auditId, itemId: 'IN-S1' });
    expect(listed!.preview).toBe(`data:image/png;base64,${bytes.toString('base64')}`);
    expect((await t.call('audits.get', { auditId })).evidence).toEqual({ 'IN-S1': [e] });
  });

  it('keeps one file and one link for the same bytes on the same item, and shares the file across items', async () => {
    const { auditId } = await auditFixture(t);
    const bytes = pngBytes('same');
    const a = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('a.png', bytes) });
    const b = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('copy of a.png', bytes) });
    expect(b).toEqual(a);
    const c = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S2', file: upload('a.png', bytes) });
    expect(c.id).not.toBe(a.id);
    expect(c.sha256).toBe(a.sha256);
    expect(t.ctx.db.prepare('SELECT COUNT(*) AS n FROM attachments').get()).toEqual({ n: 1 });
    expect(await t.call('audits.evidence', { auditId })).toHaveLength(2);
  });

  it('refuses a wrong type, content that does not match its type, and an unknown item', async () => {
    const { auditId } = await auditFixture(t);
    expect(await t.fail('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: { name: 'x.gif', mime: 'image/gif', base64: 'R0lGOD' } }))
      .toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'file.mime', message: 'validation.fileType' }] } });
    expect(await t.fail('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('fake.pdf', pngBytes('x'), 'application/pdf') }))
      .toMatchObject({ code: 'VALIDATION', details: { issues: [{ message: 'validation.fileContent' }] } });
    expect(await t.fail('audits.attachEvidence', { auditId, itemId: 'ZZ-9', file: upload('a.png', pngBytes('a')) }))
      .toMatchObject({ details: { issues: [{ path: 'itemId', message: 'validation.unknownItem' }] } });
  });

  it('gives no preview for PDFs or images above the cap', async () => {
    const { auditId } = await auditFixture(t);
    await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('sk.pdf', Buffer.from('%PDF-1.4 test'), 'application/pdf') });
    await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('big.png', pngBytes('x'.repeat(PREVIEW_MAX_BYTES))) });
    const listed = await t.call('audits.evidence', { auditId, itemId: 'IN-S1' });
    expect(listed.map((e) => [e.name, e.preview])).toEqual([['sk.pdf', null], ['big.png', null]]);
  });

  it('removes evidence from a draft, keeping the stored file, and records it in the trail', async () => {
    const { auditId } = await auditFixture(t);
    const e = await t.call('audits.attachEvidence', { auditId, itemId: 'IN-S1', file: upload('a.png', pngBytes('a')) });
    expect(await t.call('audits.removeEvidence', { auditId, evidenceId: e.id })).toBeNull();
    expect(await t.call('audits.evidence', { auditId })).toEqual([]);
    expect(existsSync(join(t.dataDir, 'attachments', e.sha256.slice(0, 2), e.sha256))).toBe(true);
    expect(await t.fail('audits.removeEvidence', { auditId, evidenceId: e.id })).toMatchObject({ code: 'NOT_FOUND' });
    const trail = await t.call('audits.trail', { auditId });
    expect(trail.slice(-2).map((x) => [x.action, x.itemId, x.oldValue, x.newValue, x.note])).toEqual([
      ['evidenceAdded', 'IN-S1', null, e.sha256, 'a.png'],
      ['evidenceRemoved', 'IN-S1', e.sha256, null, 'a.png'],
    ]);
  });
});
