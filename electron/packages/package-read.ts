import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, type Issue } from '../../shared/contract';
import { auditContentHash, auditFileV2Schema, toFormat1, type AuditFileV2 } from '../../shared/audit-file';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments';
import { issuesOf } from '../../shared/methodology/issues';
import { parseTemplate } from '../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { templateChecksum } from '../../shared/methodology/checksum';
import { isPackageEntryName, PACKAGE_ENTRY, packageManifestSchema, type PackageManifest } from '../../shared/package/manifest';
import { verifySignature } from '../keys/device-identity';
import { decryptFile, isEncryptedPackage } from './package-crypto';
import { readZip } from './zip-io';
import { zipSignatureOf } from './zip-signature';

/** A package that passed every check: signature, hashes, sizes, schemas, seals. */
export interface OpenedPackage {
  manifest: PackageManifest;
  /** SHA-256 of the package file as given: a second import of the same bytes is recognised. */
  fingerprint: string;
  audits: AuditFileV2[];
  templates: { template: MethodologyTemplate; checksum: string }[];
  /** Evidence files, checked against their hashes, by SHA-256: paths inside `dir`. */
  evidence: Map<string, string>;
  /** Staging folder; the caller removes it with `close()`. */
  dir: string;
  close(): void;
}

const MB = 1024 * 1024;
const JSON_LIMITS: Record<string, number> = { manifest: 16 * MB, audit: 32 * MB, template: 8 * MB };
export const PACKAGE_MAX_BYTES = 4 * 1024 * MB;
/** JSON entries are parsed in memory: all of them together stay well inside the heap. */
const JSON_TOTAL_BYTES = 256 * MB;

function entryKind(name: string): 'manifest' | 'audit' | 'evidence' | 'template' {
  if (name === PACKAGE_ENTRY.manifest) return 'manifest';
  if (PACKAGE_ENTRY.audit.test(name)) return 'audit';
  if (PACKAGE_ENTRY.evidence.test(name)) return 'evidence';
  return 'template';
}

const refused = (message: string, details: Record<string, unknown> = {}) => new DomainError('VALIDATION', message, details);

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Streams an entry to disk (evidence), to memory (JSON) or nowhere (`'discard'`), hashing it on the way. */
async function takeEntry(stream: Readable, target: string | null | 'discard'): Promise<{ sha256: string; bytes: Buffer | null; size: number }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = target && target !== 'discard' ? createWriteStream(target) : null;
  await pipeline(stream, new Writable({
    write(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (sink) sink.write(chunk, done);
      else if (target === 'discard') done();
      else { chunks.push(chunk); done(); }
    },
    final(done) {
      if (sink) sink.end(done);
      else done();
    },
  }));
  return { sha256: hash.digest('hex'), bytes: target ? null : Buffer.concat(chunks), size };
}

function parseJson(bytes: Buffer, name: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refused('errors.packageDamaged', { name });
  }
}

/**
 * Opens a `.patuh` package into a staging folder under the data folder and checks everything
 * before anything is imported: the manifest's signature, that every entry is listed with its
 * hash and size (and nothing unlisted is there), that every audit parses as format 2, that each
 * sealed audit still matches its content hash and its signature, that evidence and templates
 * hash to what they claim. Any failure throws and removes the staging folder. Without
 * `keepEvidence` (checking a package just written) the evidence is hashed but not kept.
 */
export async function openPackage(dataDir: string, path: string, password: string | null, { keepEvidence = true } = {}): Promise<OpenedPackage> {
  const dir = join(dataDir, 'staging', randomUUID());
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  const close = () => rmSync(dir, { recursive: true, force: true });
  try {
    const fingerprint = await hashFile(path);
    let zipPath = path;
    if (isEncryptedPackage(path)) {
      if (!password) throw refused('errors.packagePasswordNeeded');
      zipPath = join(dir, 'package.zip');
      await decryptFile(path, zipPath, password);
    }
    const json = new Map<string, Buffer>();
    const hashes = new Map<string, { sha256: string; size: number }>();
    const evidence = new Map<string, string>();
    let jsonBytes = 0;
    await readZip(
      zipPath,
      { entries: 60_000, totalBytes: PACKAGE_MAX_BYTES, entryBytes: (name) => { const k = entryKind(name); return k === 'evidence' ? MAX_ATTACHMENT_BYTES : JSON_LIMITS[k]!; } },
      isPackageEntryName,
      async (name, stream) => {
        const kind = entryKind(name);
        // Verifying an export needs the evidence hashes, not a second copy of every photo.
        const target = kind !== 'evidence' ? null : keepEvidence ? join(dir, name) : 'discard';
        const got = await takeEntry(stream, target);
        hashes.set(name, { sha256: got.sha256, size: got.size });
        if (got.bytes) {
          jsonBytes += got.size;
          if (jsonBytes > JSON_TOTAL_BYTES) throw new DomainError('VALIDATION', 'errors.packageTooLarge', { name });
          json.set(name, got.bytes);
        }
        if (kind === 'evidence') {
          if (`evidence/${got.sha256}` !== name) throw refused('errors.packageHashMismatch', { name });
          evidence.set(got.sha256, typeof target === 'string' && target !== 'discard' ? target : '');
        }
      },
    );

    const manifestBytes = json.get(PACKAGE_ENTRY.manifest);
    if (!manifestBytes) throw refused('errors.notPackage');
    const parsed = packageManifestSchema.safeParse(parseJson(manifestBytes, PACKAGE_ENTRY.manifest));
    if (!parsed.success) throw refused('errors.packageManifest', { issues: issuesOf(parsed.error).slice(0, 20) });
    const manifest = parsed.data;
    // Signed as a whole, by the device the manifest names: a byte changed anywhere is refused.
    const signed = await zipSignatureOf(zipPath);
    if (!signed || !verifySignature(manifest.device.publicKey, signed.digest, signed.signature)) throw refused('errors.packageSignature');

    // Every entry listed with its hash and size, and nothing that is not listed.
    const listed = new Map(manifest.files.map((f) => [f.path, f]));
    for (const [name, got] of hashes) {
      if (name === PACKAGE_ENTRY.manifest) continue;
      const want = listed.get(name);
      if (!want) throw refused('errors.packageUnlisted', { name });
      if (want.sha256 !== got.sha256 || want.size !== got.size) throw refused('errors.packageHashMismatch', { name });
    }
    for (const f of manifest.files) if (!hashes.has(f.path)) throw refused('errors.packageMissingFile', { name: f.path });

    const audits = manifest.audits.map((entry) => {
      const bytes = json.get(entry.path);
      if (!bytes) throw refused('errors.packageMissingFile', { name: entry.path });
      const file = auditFileV2Schema.safeParse(parseJson(bytes, entry.path));
      if (!file.success) throw refused('errors.packageAudit', { name: entry.path, issues: issuesOf(file.error).slice(0, 20) });
      if (file.data.id !== entry.id) throw refused('errors.packageAudit', { name: entry.path });
      checkSeal(file.data, entry.path);
      for (const e of [...file.data.evidence, ...(file.data.proofs ?? []).flatMap((p) => (p.photo ? [p.photo] : []))]) {
        if (!evidence.has(e.sha256)) throw refused('errors.packageMissingFile', { name: `evidence/${e.sha256}` });
      }
      return file.data;
    });

    const templates = [...json.entries()].filter(([name]) => entryKind(name) === 'template').map(([name, bytes]) => {
      const t = parseTemplate(parseJson(bytes, name));
      if (!t.ok) throw refused('errors.packageTemplate', { name, issues: t.issues.slice(0, 20) });
      if (name !== `templates/${t.value.id}@${t.value.version}.json`) throw refused('errors.packageTemplate', { name });
      return { template: t.value, checksum: templateChecksum(t.value) };
    });
    return { manifest, fingerprint, audits, templates, evidence, dir, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** A sealed audit must match its content hash and carry a valid signature of it. */
export function sealProblems(file: AuditFileV2): Issue[] {
  if (file.status !== 'final') return file.seal || file.contentHash ? [{ path: 'seal', message: 'validation.draftHasHash' }] : [];
  if (!file.contentHash || !file.seal) return [{ path: 'seal', message: 'errors.sealUnsigned' }];
  if (auditContentHash(toFormat1(file)) !== file.contentHash) return [{ path: 'contentHash', message: 'errors.sealContentChanged' }];
  if (!verifySignature(file.seal.publicKey, file.contentHash, file.seal.signature)) return [{ path: 'seal.signature', message: 'errors.sealSignatureInvalid' }];
  return [];
}

function checkSeal(file: AuditFileV2, name: string): void {
  const problems = sealProblems(file);
  if (problems.length) throw refused(problems[0]!.message, { name, unit: file.unit.name });
}
