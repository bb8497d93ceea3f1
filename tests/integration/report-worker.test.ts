import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

// Word reports are built in a worker thread (electron/workers) wherever the services run from a
// bundle, as in the app. Under Vitest (from source) they are built in-thread, so this test bundles
// the services with the worker beside them and exports through the handler table in a child.
const dir = resolve('tests/.tmp/report-worker');
const data = mkdtempSync(join(tmpdir(), 'patuh-worker-'));

const SCRIPT = `
import { startServices } from './electron/services/bootstrap';
import { confSettings } from './electron/settings/conf-settings';
import { stubDesktop } from './tests/host/stub-desktop';
import { dispatch } from './shared/contract/dispatch';
import { photoPng } from './tests/support/photo';
import { reportsBuiltOffThread } from './electron/workers/report-builder';
const [dataDir, out, findingsOut, cancelledOut, afterOut] = process.argv.slice(2);
const desktop = stubDesktop(dataDir);
const s = startServices(dataDir, confSettings(dataDir), 'test', desktop.desktop);
const call = async (c, i) => { const r = await dispatch(s.handlers, c, i); if (!r.ok) throw new Error(c + ': ' + JSON.stringify(r.error)); return r.value; };
const e = await call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
const u = await call('units.create', { entityId: e.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
const a = await call('audits.create', { unitId: u.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023 }, auditors: [{ name: 'Maria Goreti Seran' }] });
const item = a.template.groups[0].items[0].id;
await call('audits.answer', { auditId: a.audit.id, itemId: item, slot: 0, value: 1 });
await call('audits.attachEvidence', { auditId: a.audit.id, itemId: item, file: { name: 'loket.png', mime: 'image/png', base64: photoPng(320, 240, 7).toString('base64') } });
desktop.queueSavePath(out);
await call('reports.exportAudit', { auditId: a.audit.id, language: 'id' });
// More findings than one part (50): they cross to the worker in parts, a photo among them.
for (let n = 1; n <= 120; n++) {
  const f = await call('findings.create', { entityId: e.id, fields: { clause: '8.5.1', grade: 'minor', statement: 'Temuan nomor ' + n, requirement: 'SOP', auditor: 'Maria', foundOn: '2026-01-10' } });
  if (n === 77) await call('findings.attach', { findingId: f.id, file: { name: 'antrean.png', mime: 'image/png', base64: photoPng(200, 150, 3).toString('base64') } });
}
desktop.queueSavePath(findingsOut);
await call('findings.exportReport', { filter: {} });
// Stopped while it is being built (asked every turn until there is one to stop); then the next report still builds.
desktop.queueSavePath(cancelledOut);
const stopping = dispatch(s.handlers, 'findings.exportReport', { filter: {} });
let stopped = 0;
while (!(stopped = (await call('reports.cancel', {})).cancelled)) await new Promise((r) => setImmediate(r));
const cancelled = await stopping;
desktop.queueSavePath(afterOut);
await call('reports.exportAudit', { auditId: a.audit.id, language: 'en' });
const idle = await call('reports.cancel', {});
s.close();
console.log(JSON.stringify({ offThread: reportsBuiltOffThread(), stopped, cancelled, idle }));
`;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await bundleForNode({ entry: 'electron/workers/report-worker.ts', outfile: join(dir, 'report-worker.mjs') });
  await bundleForNode({ source: SCRIPT, outfile: join(dir, 'export.mjs') });
}, 120_000);
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('Word reports in a worker thread', () => {
  it('builds the audit report and a findings report sent in parts, photos embedded; a cancelled report writes nothing and the next one builds', async () => {
    const out = join(data, 'laporan.docx');
    const findingsOut = join(data, 'temuan.docx');
    const cancelledOut = join(data, 'dibatalkan.docx');
    const afterOut = join(data, 'sesudahnya.docx');
    const run = spawnSync(process.execPath, [join(dir, 'export.mjs'), data, out, findingsOut, cancelledOut, afterOut], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout.trim());
    // Three built off the thread (audit, findings, audit again in a new worker); the cancelled one failed and wrote nothing.
    expect(result).toEqual({
      offThread: 3,
      stopped: 1,
      cancelled: { ok: false, error: { code: 'CANCELLED', message: 'errors.reportCancelled' } },
      idle: { cancelled: 0 },
    });
    expect(existsSync(cancelledOut)).toBe(false);
    expect(existsSync(afterOut)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    // The photo crossed to the worker as bytes and came back embedded (not a broken image).
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);

    // The findings report, gathered by the worker part by part: every finding once, in order, with its photo.
    const findings = await JSZip.loadAsync(readFileSync(findingsOut));
    const body = await findings.file('word/document.xml')!.async('string');
    const at = Array.from({ length: 120 }, (_, i) => body.indexOf(`>Temuan nomor ${i + 1}<`));
    expect(at.every((p) => p > 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    const photo = Object.keys(findings.files).filter((f) => f.startsWith('word/media/finding-'));
    expect(photo).toHaveLength(1);
    expect(body.indexOf('>antrean.png<')).toBeGreaterThan(at[76]!);
    expect(body.indexOf('>antrean.png<')).toBeLessThan(at[77]!);
  }, 180_000);
});
