import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditContentHash, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint, exportPackage, pick } from './support/laptops';

/**
 * Every way a package can be bad, each refused with its own message and with the receiving
 * laptop's database and attachments exactly as before.
 */
let a: TestServices;
let b: TestServices;
let good: Buffer;
let auditId: string;

beforeAll(async () => {
  a = testServices();
  const f = await auditFixture(a);
  auditId = f.auditId;
  await answerAll(a, auditId, (item, slot) => (item.length + slot) % 4);
  await a.call('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name: 'sop.png', mime: 'image/png', base64: pngBytes('sop').toString('base64') } });
  await a.call('audits.seal', { auditId, signOff: SIGN_OFF });
  const path = join(a.dataDir, 'good.patuh');
  await exportPackage(a, path, { selection: { auditIds: [auditId] } });
  good = readFileSync(path);
  return () => a.dispose();
});
beforeEach(async () => {
  b = testServices();
  // Laptop B already holds data of its own, which must survive every refusal untouched.
  const own = await auditFixture(b, { period: { year: 2022 } });
  await b.call('audits.attachEvidence', { auditId: own.auditId, itemId: 'IN-K1', file: { name: 'x.png', mime: 'image/png', base64: pngBytes('own').toString('base64') } });
});
afterEach(() => b.dispose());

async function expectRefused(bytes: Buffer, message: string | RegExp) {
  const path = join(b.dataDir, 'bad.patuh');
  writeFileSync(path, bytes);
  pick(b, path);
  const before = dataFingerprint(b);
  const preview = await b.fail('packages.preview', { path });
  const imported = await b.fail('packages.import', { path, confirmNameMatches: true });
  expect(preview.message).toMatch(message);
  expect(imported.message).toMatch(message);
  expect(dataFingerprint(b)).toBe(before);
}

async function rezip(edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('packages: refused, and nothing changes', () => {
  it('a flipped byte anywhere in the file', async () => {
    // Spread over the whole file: headers, the manifest, the audit, the photo, the central directory.
    for (const at of [0.02, 0.2, 0.4, 0.6, 0.8, 0.97].map((f) => Math.floor(good.length * f))) {
      const bytes = Buffer.from(good);
      bytes[at] = bytes[at]! ^ 0x20;
      await expectRefused(bytes, /^errors\.package(Damaged|Signature|HashMismatch|BadEntry|Manifest|Unlisted|MissingFile|Audit)$|^errors\.notPackage$/);
    }
  });

  it('a truncated zip', async () => {
    await expectRefused(good.subarray(0, Math.floor(good.length * 0.7)), 'errors.packageDamaged');
  });

  it('a missing evidence file', async () => {
    await expectRefused(await rezip((zip) => {
      const name = Object.keys(zip.files).find((n) => n.startsWith('evidence/'))!;
      zip.remove(name);
    }), 'errors.packageMissingFile');
  });

  it('an entry named ../../x', async () => {
    await expectRefused(await rezip((zip) => { zip.file('../../x', 'pwned'); }), 'errors.packageBadEntry');
    await expectRefused(await rezip((zip) => { zip.file('notes/readme.txt', 'hi'); }), 'errors.packageBadEntry');
  });

  it('an unlisted extra file, and a changed file with the manifest left alone', async () => {
    await expectRefused(await rezip((zip) => { zip.file(`evidence/${'a'.repeat(64)}`, 'x'); }), /errors\.package(HashMismatch|Unlisted)/);
    await expectRefused(await rezip(async (zip) => {
      const name = `audits/${auditId}.json`;
      zip.file(name, (await zip.file(name)!.async('string')).replace('"Dinas', '"Dinaz'));
    }), 'errors.packageHashMismatch');
  });

  it('a zip bomb', async () => {
    // 64 MB of zeros deflate to about 64 KB: twice the limit for a JSON entry.
    await expectRefused(await rezip((zip) => { zip.file(`audits/${auditId}.json`, Buffer.alloc(64 * 1024 * 1024)); }), 'errors.packageTooLarge');
  });

  it('a forged sealed audit: answers changed, hash recomputed, manifest re-signed by another laptop', async () => {
    const forger = testServices();
    try {
      const forged = await rezip(async (zip) => {
        const name = `audits/${auditId}.json`;
        const file = JSON.parse(await zip.file(name)!.async('string')) as AuditFileV2;
        file.answers['IN-K1'] = file.answers['IN-K1']!.map(() => 3);
        file.contentHash = auditContentHash(toFormat1(file));
        const text = JSON.stringify(file);
        zip.file(name, text);
        // The forger even rebuilds a consistent, signed manifest with their own key.
        const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string; size: number }[]; device: { publicKey: string } };
        const { createHash } = await import('node:crypto');
        manifest.files = manifest.files.map((f) => (f.path === name ? { ...f, sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) } : f));
        manifest.device.publicKey = forger.ctx.device.publicKey;
        const bytes = Buffer.from(JSON.stringify(manifest));
        zip.file('manifest.json', bytes);
        zip.file('manifest.sig', forger.ctx.device.sign(bytes));
      });
      await expectRefused(forged, 'errors.sealSignatureInvalid');
    } finally {
      forger.dispose();
    }
  });

  it('a file that is not a package at all', async () => {
    await expectRefused(Buffer.from('hello, this is a text file'), 'errors.packageDamaged');
    await expectRefused(Buffer.from('{"formatVersion":1}'), 'errors.packageAudit');
    await expectRefused(await rezip((zip) => { zip.remove('manifest.sig'); }), 'errors.notPackage');
  });
});
