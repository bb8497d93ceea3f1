import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost } from '../host/server';
import { testServices, type TestServices } from './helpers';
import { pngBytes } from './support/audit-fixture';

/** The loopback test host: what a page (or anything on 127.0.0.1) can send it. */
let s: TestServices;
let host: Awaited<ReturnType<typeof startTestHost>>;
const renderer = mkdtempSync(join(tmpdir(), 'patuh-renderer-'));

beforeAll(async () => {
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  s = testServices();
  host = await startTestHost(s.handlers, renderer, s.desktop);
});
afterAll(async () => {
  await host.close();
  s.dispose();
  rmSync(renderer, { recursive: true, force: true });
});

describe('test host', () => {
  it.each(['/__patuh/call/%E0%A4%A', '/__patuh/call/%'])('answers a malformed channel name %s as an unknown channel, not HTTP 500', async (path) => {
    const response = await fetch(`${host.url}${path}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed file path with 404, not HTTP 500', async () => {
    expect((await fetch(`${host.url}/%E0%A4%A.js`)).status).toBe(404);
  });

  it('saves a copy of an attachment inside the export folder whatever its name says', async () => {
    const entity = await s.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
    const finding = await s.call('findings.create', { entityId: entity.id, fields: { clause: '8.5.1', grade: 'minor', statement: 'SOP tidak dipajang', foundOn: '2026-02-10' } });
    const { sha256 } = await s.call('findings.attach', { findingId: finding.id, file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('loket').toString('base64') } });
    const saved = await s.call('attachments.saveCopy', { sha256, name: '../../../escaped.png' });
    expect(dirname(saved!.path)).toBe(join(s.dataDir, 'exports'));
    expect(existsSync(join(s.dataDir, '..', 'escaped.png'))).toBe(false);
    expect(readdirSync(join(s.dataDir, 'exports'))).toEqual(['escaped.png']);
  });
});
