import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditContentHash, type AuditFile } from '../../shared/audit-file';
import { testServices, type TestServices } from './helpers';
import { pick } from './support/laptops';

/** Audit files of format 1, as the first Patuh and other tools wrote them, still come in. */
let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

describe('importing an audit file of format 1', () => {
  it('refuses a sealed file whose evidence is not on this laptop (format 1 carries no files)', async () => {
    const path = join(t.dataDir, 'example.patuh-audit.json');
    writeFileSync(path, readFileSync('docs/examples/audit-2023-ori-2022-2024.json'));
    expect(await t.fail('packages.preview', { path: pick(t, path) })).toMatchObject({ message: 'errors.packageMissingFile' });
  });

  it('brings in a sealed file with its answers and score, its seal marked unsigned', async () => {
    const path = join(t.dataDir, 'example.patuh-audit.json');
    const example = JSON.parse(readFileSync('docs/examples/audit-2023-ori-2022-2024.json', 'utf8')) as AuditFile;
    example.evidence = [];
    example.contentHash = auditContentHash(example);
    writeFileSync(path, JSON.stringify(example));
    const preview = await t.call('packages.preview', { path: pick(t, path) });
    expect(preview).toMatchObject({ source: 'auditFile', alreadyImported: null });
    expect(preview.audits).toEqual([expect.objectContaining({ outcome: 'new', status: 'final', seal: null })]);
    await t.call('packages.import', { path });
    const [row] = await t.call('audits.list', {});
    expect(row).toMatchObject({ status: 'final', score: 84.44, grade: 'B' });
    const detail = await t.call('audits.get', { auditId: row!.id });
    expect(detail.audit.seal).toMatchObject({ intact: true, signature: { status: 'unsigned' } });
    expect((await t.call('packages.import', { path })).imported).toBe(false);
  });

  it('refuses a file that is not JSON or not an audit', async () => {
    const path = join(t.dataDir, 'bad.json');
    writeFileSync(path, '{ "formatVersion": 1, "id": "nope" }');
    expect(await t.fail('packages.preview', { path: pick(t, path) })).toMatchObject({ message: 'errors.packageAudit' });
    writeFileSync(path, '{ not json');
    expect(await t.fail('packages.preview', { path })).toMatchObject({ message: 'errors.notPackage' });
  });
});
