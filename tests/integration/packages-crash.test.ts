import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { openDatabase } from '../../electron/db/open';
import { testServices } from './helpers';
import { answerAll, auditFixture } from './support/audit-fixture';
import { exportPackage } from './support/laptops';

/**
 * An import killed with SIGKILL at any moment leaves the receiving laptop's data as it was or
 * fully imported, never half: the whole package is one transaction.
 */
const tmp = resolve('tests/.tmp/crash');
const bundle = join(tmp, 'package-importer.mjs');
const dirs: string[] = [];
let packagePath = '';
const AUDITS = 12;

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'tests/integration/support/package-importer.ts', outfile: bundle });
  const a = testServices();
  const first = await auditFixture(a);
  for (let year = 2011; year < 2011 + AUDITS; year++) {
    const { audit } = await a.call('audits.create', {
      unitId: first.unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year }, auditors: [{ name: 'Maria' }],
      respondents: { IN: { count: 20 }, OU: { count: 40 } },
    });
    await answerAll(a, audit.id, (item, slot) => (item.length + slot) % 4);
  }
  packagePath = join(tmp, 'many.patuh');
  await exportPackage(a, packagePath, { selection: { all: true } });
  a.dispose();
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function importAndKill(dataDir: string, delayMs: number | null): Promise<string | null> {
  const child = spawn(process.execPath, [bundle, dataDir, packagePath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<string | null>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'start' && delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
  }
  return exited;
}

describe('crash safety of imports', () => {
  it.each([0, 100, 150, 180, 210, 240, null])('leaves all or nothing after SIGKILL %s ms into the import', async (delay) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patuh-import-crash-'));
    dirs.push(dataDir);
    const outcome = await importAndKill(dataDir, delay);
    const db = openDatabase(join(dataDir, 'patuh.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const audits = (db.prepare('SELECT COUNT(*) AS n FROM audits').get() as { n: number }).n;
      const answers = (db.prepare('SELECT COUNT(*) AS n FROM audit_answers').get() as { n: number }).n;
      const packages = (db.prepare('SELECT COUNT(*) AS n FROM imported_packages').get() as { n: number }).n;
      if (delay === null) expect(outcome).toBe('0');
      expect([0, AUDITS + 1]).toContain(audits);
      expect(packages).toBe(audits === 0 ? 0 : 1);
      expect(answers === 0).toBe(audits === 0);
      console.log(`SIGKILL after ${delay ?? 'never'} ms: ${audits === 0 ? 'nothing' : 'everything'} imported (${outcome})`);
    } finally {
      db.close();
    }
  });
});
