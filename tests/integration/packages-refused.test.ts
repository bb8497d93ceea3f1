import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditContentHash, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint, exportPackage, pick } from './support/laptops';
import { SIGNATURE_COMMENT, signZipFile } from '../../electron/packages/zip-signature';

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

/**
 * The good package with `edit` applied. With `signer`, the manifest is made to list the entries as
 * they now are and the whole file is signed again: a package that a (buggy or hostile) Patuh
 * signed as it is, so the checks behind the signature are reached.
 */
async function rezip(edit: (zip: JSZip) => Promise<void> | void, signer?: TestServices): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  await edit(zip);
  if (!signer) return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string; size: number }[]; device: { publicKey: string } };
  const listed = new Set(manifest.files.map((f) => f.path));
  manifest.files = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || name === 'manifest.json' || !listed.has(name)) continue;
    const bytes = await entry.async('nodebuffer');
    manifest.files.push({ path: name, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
  }
  manifest.device.publicKey = signer.ctx.device.publicKey;
  zip.file('manifest.json', JSON.stringify(manifest));
  const path = join(signer.dataDir, 'resigned.zip');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: SIGNATURE_COMMENT }));
  await signZipFile(path, signer.ctx.device.sign);
  return readFileSync(path);
}
/** Lists an entry the edit added, so only the check that follows the listing can catch it. */
const listExtra = async (zip: JSZip, name: string) => {
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string; size: number }[] };
  manifest.files.push({ path: name, sha256: '0'.repeat(64), size: 0 });
  zip.file('manifest.json', JSON.stringify(manifest));
};

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

  it('any change after signing, and a missing evidence file even when signed as it is', async () => {
    const dropPhoto = (zip: JSZip) => { zip.remove(Object.keys(zip.files).find((n) => n.startsWith('evidence/'))!); };
    await expectRefused(await rezip(dropPhoto), 'errors.packageSignature');
    await expectRefused(await rezip(dropPhoto, a), 'errors.packageMissingFile');
  });

  it('an entry named ../../x', async () => {
    await expectRefused(await rezip((zip) => { zip.file('../../x', 'pwned'); }), 'errors.packageBadEntry');
    await expectRefused(await rezip((zip) => { zip.file('notes/readme.txt', 'hi'); }), 'errors.packageBadEntry');
  });

  it('an unlisted extra file, and a file whose hash is not the listed one, even when signed as they are', async () => {
    await expectRefused(await rezip((zip) => { zip.file('templates/extra-checklist@1.json', '{}'); }, a), 'errors.packageUnlisted');
    await expectRefused(await rezip(async (zip) => { zip.file(`evidence/${'b'.repeat(64)}`, 'x'); await listExtra(zip, `evidence/${'b'.repeat(64)}`); }, a), 'errors.packageHashMismatch');
  });

  it('a zip bomb', async () => {
    // 64 MB of zeros deflate to about 64 KB: twice the limit for a JSON entry.
    await expectRefused(await rezip((zip) => { zip.file(`audits/${auditId}.json`, Buffer.alloc(64 * 1024 * 1024)); }), 'errors.packageTooLarge');
  });

  it('a forged sealed audit: answers changed, hash recomputed, the package signed again by another laptop', async () => {
    const forger = testServices();
    try {
      const forged = await rezip(async (zip) => {
        const name = `audits/${auditId}.json`;
        const file = JSON.parse(await zip.file(name)!.async('string')) as AuditFileV2;
        file.answers['IN-K1'] = file.answers['IN-K1']!.map(() => 3);
        file.contentHash = auditContentHash(toFormat1(file));
        zip.file(name, JSON.stringify(file));
      }, forger);
      await expectRefused(forged, 'errors.sealSignatureInvalid');
    } finally {
      forger.dispose();
    }
  });

  it('a file that is not a package at all', async () => {
    await expectRefused(Buffer.from('hello, this is a text file'), 'errors.packageDamaged');
    await expectRefused(Buffer.from('{"formatVersion":1}'), 'errors.packageAudit');
    await expectRefused(await rezip((zip) => { zip.remove('manifest.json'); }), 'errors.notPackage');
  });
});
