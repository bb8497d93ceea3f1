import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

/**
 * The bundled `patuh` stopped while it builds a report: Ctrl-C (SIGINT) or a service manager's
 * SIGTERM must end it within a second, with the usual exit code and no file, whole or partial,
 * left where the report was going.
 */
const tmp = resolve('tests/.tmp/cli-signals');
const bundle = join(tmp, 'patuh.mjs');
const work = mkdtempSync(join(tmpdir(), 'patuh-signals-'));
const auditFile = join(work, 'audit.json');

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'electron/cli/patuh.ts', outfile: bundle, shebang: true });
  // As large as an audit file may be (1,000 evidence rows, 20 auditors): its report takes seconds.
  const file = JSON.parse(readFileSync('docs/examples/audit-2023-ori-2022-2024.json', 'utf8'));
  const items = Object.keys(file.answers);
  Object.assign(file, {
    status: 'draft', signOff: null, contentHash: null,
    auditors: Array.from({ length: 20 }, (_, i) => ({ name: `Auditor ${i + 1}`, role: i ? 'member' : 'lead' })),
    evidence: Array.from({ length: 1000 }, (_, i) => ({ itemId: items[i % items.length], sha256: i.toString(16).padStart(64, '0'), fileName: `foto-${i}.jpg`, mimeType: 'image/jpeg', size: 1000 })),
  });
  writeFileSync(auditFile, JSON.stringify(file));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('patuh report audit stopped with %s', (signal, exitCode) => {
  it(`exits ${exitCode} within a second and leaves nothing at --out`, async () => {
    const out = join(work, `${signal}.docx`);
    const child = spawn(process.execPath, [bundle, 'report', 'audit', auditFile, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<{ code: number | null; at: number }>((done) => child.on('exit', (code) => done({ code, at: Date.now() })));
    // What an interrupted write of this process would leave beside the report.
    const temp = `${out}.${child.pid}-0badf00d.patuh-tmp`;
    writeFileSync(temp, 'half a report');
    await new Promise((r) => setTimeout(r, 1_500));
    const sent = Date.now();
    child.kill(signal);
    const { code, at } = await exited;
    expect(at - sent).toBeLessThan(1_000);
    expect(code).toBe(exitCode);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((n) => n.startsWith(`${signal}.docx`))).toEqual([]);
  }, 60_000);
});

describe('patuh report audit --out', () => {
  it('refuses to write the report over its own input file', () => {
    const before = readFileSync(auditFile, 'utf8');
    const r = spawnSync(process.execPath, [bundle, 'report', 'audit', auditFile, '--out', auditFile], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`is the input file`);
    expect(readFileSync(auditFile, 'utf8')).toBe(before);
  }, 30_000);
});
