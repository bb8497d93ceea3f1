import { createHash } from 'node:crypto';
import { createReadStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../shared/contract';
import { sideOfFile, type AuditFileV2 } from '../../shared/audit-file';
import { canonicalJson } from '../../shared/methodology/canonical-json';
import { PACKAGE_FORMAT_VERSION, type PackageManifest } from '../../shared/package/manifest';
import { auditCore } from '../services/audit-core';
import { sha256Hex } from '../services/attachments';
import { tempPathFor } from '../services/durable-write';
import type { ServiceContext } from '../services/context';
import { fileError } from '../services/export-file';
import { auditFileV2Of } from './audit-file-v2';
import { encryptFile } from './package-crypto';
import { openPackage } from './package-read';
import { writeZip, type ZipSource } from './zip-io';
import { SIGNATURE_COMMENT, signZipFile } from './zip-signature';

/** A missing or changed evidence file is refused with its own message, hashed without blocking the event loop. */
async function checkStoredFile(core: ReturnType<typeof auditCore>, sha256: string): Promise<void> {
  const path = core.files.pathOf(sha256);
  if (!core.files.get(sha256) || !existsSync(path)) throw new DomainError('FILE', 'errors.attachmentMissing', { sha256 });
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  if (hash.digest('hex') !== sha256) throw new DomainError('FILE', 'errors.attachmentCorrupt', { sha256 });
}

export interface PackageOptions {
  /** A transfer password: the package is encrypted with it, and it is never stored. */
  password: string | null;
  /** For a split of the work: who takes which dimensions. */
  assignment: { person: string; groupIds: string[] } | null;
}

export interface WrittenPackage {
  path: string;
  bytes: number;
  packageId: string;
  audits: number;
  evidence: number;
}

/**
 * Writes a `.patuh` package of the given audits with their evidence and templates, signed by this
 * installation, optionally encrypted, then reads it back and verifies it before it takes its
 * final name (an export that silently produced a bad file would only be noticed at the other end).
 */
export async function writePackage(ctx: ServiceContext, auditIds: readonly string[], options: PackageOptions, target: string): Promise<WrittenPackage> {
  const core = auditCore(ctx);
  const exportedAt = ctx.now().toISOString();
  const generator = `Patuh ${ctx.version}`;
  const files: AuditFileV2[] = auditIds.map((id) => auditFileV2Of(core, core.state(id), exportedAt, generator));

  const sources: ZipSource[] = [];
  const evidence = new Map<string, number>();
  const templates = new Map<string, Buffer>();
  for (const f of files) {
    sources.push({ name: `audits/${f.id}.json`, bytes: Buffer.from(JSON.stringify(f, null, 1)), compress: true });
    for (const e of f.evidence) evidence.set(e.sha256, e.size);
    for (const p of f.proofs ?? []) if (p.photo) evidence.set(p.photo.sha256, p.photo.size);
    const t = core.templates.load(f.template);
    templates.set(`templates/${t.id}@${t.version}.json`, Buffer.from(canonicalJson(t)));
  }
  for (const [name, bytes] of templates) sources.push({ name, bytes, compress: true });
  for (const sha256 of evidence.keys()) {
    await checkStoredFile(core, sha256);
    sources.push({ name: `evidence/${sha256}`, file: core.files.pathOf(sha256), compress: false });
  }

  const listed = sources.map((s) => ({ path: s.name, sha256: s.bytes ? sha256Hex(s.bytes) : s.name.slice('evidence/'.length), size: s.bytes ? s.bytes.length : evidence.get(s.name.slice('evidence/'.length))! }));
  const settings = ctx.settings.get();
  const manifest: PackageManifest = {
    format: 'patuh-package',
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: ctx.newId(),
    createdAt: exportedAt,
    app: generator,
    device: { id: ctx.device.id, name: ctx.device.name, publicKey: ctx.device.publicKey },
    person: { name: settings.auditorName, nip: settings.auditorNip },
    audits: files.map((f) => ({
      id: f.id, path: `audits/${f.id}.json`, entity: f.entity.name, unit: f.unit.name, year: f.period.year, status: f.status,
      revision: f.revision.id, assignment: options.assignment,
    })),
    files: listed,
  };
  sources.unshift({ name: 'manifest.json', bytes: Buffer.from(JSON.stringify(manifest, null, 1)), compress: true });

  const temp = tempPathFor(target);
  const zipTemp = options.password ? `${temp}.zip` : temp;
  try {
    await writeZip(zipTemp, sources, SIGNATURE_COMMENT);
    await signZipFile(zipTemp, ctx.device.sign);
    if (options.password) await encryptFile(zipTemp, temp, options.password);
    (await openPackage(ctx.dataDir, temp, options.password, { keepEvidence: false })).close();
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).code === 'string') throw fileError(error, target);
    throw error;
  } finally {
    if (zipTemp !== temp) rmSync(zipTemp, { force: true });
  }
  // What was sent is a revision both laptops now share: the base of a later merge.
  ctx.db.transaction(() => {
    for (const f of files) core.revisions.record(f.id, f.revision.id, sideOfFile(f), 'sent', exportedAt);
  }).immediate();
  return { path: target, bytes: statSync(target).size, packageId: manifest.packageId, audits: files.length, evidence: evidence.size };
}
