import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREVIEW_LIMIT_BYTES } from '../../electron/services/attachments';
import { solidPng } from '../support/photo';
import { testServices, type TestServices } from './helpers';
import { raise, seedRegistry } from './findings-fixtures';

let s: TestServices;
let findingId: string;
beforeEach(async () => {
  s = testServices();
  findingId = (await raise(s, (await seedRegistry(s)).entity.id)).id;
});
afterEach(() => s.dispose());

const png = solidPng(40, 30, [200, 30, 30]);
const upload = (bytes: Buffer, mime = 'image/png', name = 'loket.png') => ({ findingId, file: { name, mime, base64: bytes.toString('base64') } });

describe('evidence attachments', () => {
  it('stores a file once under attachments/ab/<sha256>, links it by name and records it in history', async () => {
    const linked = await s.call('findings.attach', upload(png) as never);
    expect(linked).toMatchObject({ name: 'loket.png', mime: 'image/png', size: png.length });
    const path = join(s.dataDir, 'attachments', linked.sha256.slice(0, 2), linked.sha256);
    expect(readFileSync(path)).toEqual(png);

    const other = await raise(s, (await s.call('findings.get', { id: findingId })).finding.entityId);
    await s.call('findings.attach', { ...upload(png, 'image/png', 'sama.png'), findingId: other.id } as never);
    expect(s.ctx.db.prepare('SELECT COUNT(*) AS n FROM attachments').get()).toEqual({ n: 1 });

    const detail = await s.call('findings.get', { id: findingId });
    expect(detail.attachments.map((a) => a.name)).toEqual(['loket.png']);
    expect(detail.history.at(-1)).toMatchObject({ kind: 'attachmentAdded', newValue: 'loket.png' });
    expect((await s.call('attachments.preview', { sha256: linked.sha256 })).dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);

    await s.call('findings.detach', { findingId, sha256: linked.sha256 });
    expect((await s.call('findings.get', { id: findingId })).attachments).toEqual([]);
    expect(existsSync(path)).toBe(true); // still evidence of the other finding
  });

  it('refuses a type it does not take, content that is not what it claims, and files over 20 MB', async () => {
    expect((await s.fail('findings.attach', upload(png, 'text/html'))).details?.issues).toEqual([{ path: 'file.mime', message: 'validation.fileType' }]);
    expect((await s.fail('findings.attach', upload(Buffer.from('<html>'), 'image/png'))).details?.issues).toEqual([{ path: 'file', message: 'validation.fileContent' }]);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    expect((await s.fail('findings.attach', upload(big, 'application/pdf'))).details?.issues).toEqual([{ path: 'file', message: 'validation.fileTooLarge' }]);
    expect(s.ctx.db.prepare('SELECT COUNT(*) AS n FROM attachments').get()).toEqual({ n: 0 });
  });

  it('gives no preview for PDFs or for images too big to show as a thumbnail', async () => {
    const pdf = await s.call('findings.attach', upload(Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf', 'sop.pdf') as never);
    expect((await s.call('attachments.preview', { sha256: pdf.sha256 })).dataUrl).toBeNull();
    const big = Buffer.concat([png, Buffer.alloc(PREVIEW_LIMIT_BYTES)]);
    const photo = await s.call('findings.attach', upload(big, 'image/png', 'besar.png') as never);
    expect((await s.call('attachments.preview', { sha256: photo.sha256 })).dataUrl).toBeNull();
  });

  it('notices a stored file that changed, and saves copies only of intact files', async () => {
    const { sha256 } = await s.call('findings.attach', upload(png) as never);
    const copy = await s.call('attachments.saveCopy', { sha256, name: 'loket.png' });
    expect(readFileSync(copy!.path)).toEqual(png);
    writeFileSync(join(s.dataDir, 'attachments', sha256.slice(0, 2), sha256), solidPng(40, 30, [0, 0, 0]));
    expect(await s.fail('attachments.saveCopy', { sha256, name: 'loket.png' })).toMatchObject({ code: 'FILE', message: 'errors.attachmentCorrupt' });
  });
});
