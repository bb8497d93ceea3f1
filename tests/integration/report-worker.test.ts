import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const [dataDir, out] = process.argv.slice(2);
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
s.close();
console.log(JSON.stringify({ offThread: reportsBuiltOffThread() }));
`;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await bundleForNode({ entry: 'electron/workers/report-worker.ts', outfile: join(dir, 'report-worker.mjs') });
  await bundleForNode({ source: SCRIPT, outfile: join(dir, 'export.mjs') });
}, 120_000);
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('Word reports in a worker thread', () => {
  it('builds the audit report with its photo embedded, as the document the user opens', async () => {
    const out = join(data, 'laporan.docx');
    const run = spawnSync(process.execPath, [join(dir, 'export.mjs'), data, out], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ offThread: 1 });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    // The photo crossed to the worker as bytes and came back embedded (not a broken image).
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
  }, 180_000);
});
