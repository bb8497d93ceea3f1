import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runCli } from '../../electron/cli/run';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, SIGN_OFF } from './support/audit-fixture';

/** `patuh package …` in-process, on data folders whose services are closed (as the app must be). */
async function patuh(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), readFile: (p) => readFileSync(p, 'utf8'), writeFile: () => {} };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let a: TestServices;
let b: TestServices;
beforeEach(() => { a = testServices(); b = testServices(); });
afterEach(() => { a.dispose(); b.dispose(); });

describe('patuh package', () => {
  it('exports an entity and year, inspects, previews and imports it, and a second import does nothing', async () => {
    const { auditId } = await auditFixture(a);
    await answerAll(a, auditId, () => 2);
    await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
    a.close();
    b.close();
    const file = join(a.dataDir, 'kota.patuh');
    process.env.PATUH_TEST_PASSWORD = 'sandi-transfer-kupang';
    const exported = await patuh('package', 'export', '--data', a.dataDir, '--entity', 'Pemerintah Kota Kupang', '--period', '2023', '--out', file, '--password-env', 'PATUH_TEST_PASSWORD');
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/1 audit\(s\), 0 evidence file\(s\).*read back and verified/);

    expect((await patuh('package', 'inspect', file)).err).toMatch(/encrypted\. Enter its transfer password/);
    const inspected = await patuh('verify', file, '--password-env', 'PATUH_TEST_PASSWORD');
    expect(inspected.code).toBe(0);
    expect(inspected.out).toMatch(/signature valid/);
    expect(inspected.out).toMatch(/Dinas Kependudukan dan Pencatatan Sipil 2023 \(Pemerintah Kota Kupang\): final, seal signed by device/);

    const dry = await patuh('package', 'import', file, '--data', b.dataDir, '--password-env', 'PATUH_TEST_PASSWORD', '--dry-run');
    expect(dry.out).toMatch(/Dinas Kependudukan dan Pencatatan Sipil 2023: new/);
    expect(dry.out).toMatch(/1 of 1 package\(s\) verified/);
    const imported = await patuh('package', 'import', file, '--data', b.dataDir, '--password-env', 'PATUH_TEST_PASSWORD');
    expect(imported).toMatchObject({ code: 0 });
    const again = await patuh('package', 'import', file, '--data', b.dataDir, '--password-env', 'PATUH_TEST_PASSWORD');
    expect(again.out).toMatch(/already imported/);

    const wrong = await patuh('package', 'import', file, '--data', b.dataDir, '--password-env', 'HOME');
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.err).toMatch(/Wrong package password/);
  });

  it('explains its usage', async () => {
    expect((await patuh('package', 'export', '--data', a.dataDir, '--out', 'x.patuh')).err).toMatch(/give exactly one of --audit, --entity or --all/);
    expect((await patuh('package', '--help')).out).toMatch(/Usage: patuh package/);
  });
});
