import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Issue } from '../../shared/contract';
import { fingerprintOf, verifySignature } from '../keys/device-identity';
import { fileError } from '../services/export-file';
import {
  DATABASE_ENTRY,
  FORMAT_VERSION,
  LIMITS,
  MANIFEST_ENTRY,
  SIGNATURE_ENTRY,
  entryLimit,
  isKnownEntryName,
  manifestSchema,
  type BackupManifest,
} from './backup-format';
import { hashingStream, TooLargeError } from './durable-files';

export interface ReadBackup {
  problems: Issue[];
  /** Set once backup.json parsed and its signature held. */
  manifest: BackupManifest | null;
}

const WRITE_CALLS = new Set(['open', 'write', 'fsync', 'close']);
const problem = (message: string, path = '', params?: Issue['params']): Issue => ({ path, message, ...(params ? { params } : {}) });

/**
 * Reads a .patuh-backup and checks everything a zip can tell: entry names (exactly the format's,
 * nothing else), sizes against their bounds, backup.json against its schema and signature, the
 * set of entries against the manifest, and the SHA-256 and size of every entry as it streams.
 * `destination(name)` says where to write an entry (null: hash only). Never holds more than one
 * chunk of a data entry in memory.
 */
export async function readBackup(file: string, destination: (name: string) => string | null): Promise<ReadBackup> {
  let zip: ZipFile;
  try {
    // decodeStrings off: names arrive as bytes and are matched here against exact patterns.
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch {
    return { problems: [problem('backups.problems.notABackup')], manifest: null };
  }
  try {
    return await readOpened(zip, destination);
  } finally {
    zip.close();
  }
}

async function readOpened(zip: ZipFile, destination: (name: string) => string | null): Promise<ReadBackup> {
  const listed = await listEntries(zip);
  if (!listed) return { problems: [problem('backups.problems.notABackup')], manifest: null };
  const problems = structureProblems(listed);
  if (problems.length) return { problems, manifest: null };

  const byName = new Map(listed.map((e) => [e.name, e.entry]));
  const manifestEntry = byName.get(MANIFEST_ENTRY);
  const signatureEntry = byName.get(SIGNATURE_ENTRY);
  if (!manifestEntry || !signatureEntry) return { problems: [problem('backups.problems.notABackup')], manifest: null };
  const manifestBytes = await readSmall(zip, manifestEntry, LIMITS.manifestBytes);
  const signature = await readSmall(zip, signatureEntry, LIMITS.signatureBytes);
  if (!manifestBytes || !signature) return { problems: [problem('backups.problems.notABackup')], manifest: null };

  const parsed = parseManifest(manifestBytes);
  if ('problem' in parsed) return { problems: [parsed.problem], manifest: null };
  const manifest = parsed.manifest;
  const signed = fingerprintOf(manifest.device.publicKey) === manifest.device.id && verifySignature(manifest.device.publicKey, manifestBytes, signature.toString('utf8').trim());
  if (!signed) return { problems: [problem('backups.problems.badSignature', SIGNATURE_ENTRY)], manifest: null };

  problems.push(...entrySetProblems(manifest, listed));
  if (problems.length) return { problems, manifest };

  const expected = new Map(manifest.entries.map((e) => [e.name, e]));
  for (const { name, entry } of listed) {
    if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY) continue;
    const issue = await streamEntry(zip, entry, name, expected.get(name)!, destination(name));
    if (issue) problems.push(issue);
  }
  return { problems, manifest };
}

interface Listed {
  name: string;
  entry: Entry;
}

/** The central directory, without reading any data; null when it cannot be read (truncated, not a zip). */
function listEntries(zip: ZipFile): Promise<Listed[] | null> {
  return new Promise((resolve) => {
    const listed: Listed[] = [];
    zip.on('entry', (entry: Entry) => {
      listed.push({ name: (entry.fileName as unknown as Buffer).toString('utf8'), entry });
      if (listed.length > LIMITS.entries + 2) resolve(listed);
      else zip.readEntry();
    });
    zip.on('end', () => resolve(listed));
    zip.on('error', () => resolve(null));
    zip.readEntry();
  });
}

function structureProblems(listed: Listed[]): Issue[] {
  if (listed.length > LIMITS.entries + 2) return [problem('backups.problems.tooManyEntries')];
  const problems: Issue[] = [];
  const seen = new Set<string>();
  for (const { name, entry } of listed) {
    const shown = name.slice(0, 200);
    if (!isKnownEntryName(name)) problems.push(problem('backups.problems.badEntryName', shown, { name: shown }));
    else if (seen.has(name)) problems.push(problem('backups.problems.duplicateEntry', name, { name }));
    else if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) problems.push(problem('backups.problems.entryUnreadable', name, { name }));
    else if (entry.uncompressedSize > entryLimit(name)) problems.push(problem('backups.problems.tooLarge', name, { name }));
    seen.add(name);
  }
  return problems;
}

function parseManifest(bytes: Buffer): { manifest: BackupManifest } | { problem: Issue } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: problem('backups.problems.badManifest', MANIFEST_ENTRY) };
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return { problem: problem('backups.problems.newerFormat', MANIFEST_ENTRY, { version }) };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success || parsed.data.formatVersion !== FORMAT_VERSION || parsed.data.schema.version !== parsed.data.schema.migrations.length) {
    return { problem: problem('backups.problems.badManifest', MANIFEST_ENTRY) };
  }
  return { manifest: parsed.data };
}

/** The zip must hold exactly what the signed manifest lists, with the sizes it lists. */
function entrySetProblems(manifest: BackupManifest, listed: Listed[]): Issue[] {
  const listedNames = new Set(manifest.entries.map((e) => e.name));
  const wellFormed = listedNames.size === manifest.entries.length && [...listedNames].every((n) => isKnownEntryName(n) && n !== MANIFEST_ENTRY && n !== SIGNATURE_ENTRY);
  if (!wellFormed) return [problem('backups.problems.badManifest', MANIFEST_ENTRY)];
  const problems: Issue[] = [];
  const inZip = new Map(listed.map((l) => [l.name, l.entry]));
  for (const e of manifest.entries) {
    const entry = inZip.get(e.name);
    if (!entry) problems.push(problem('backups.problems.missingEntry', e.name, { name: e.name }));
    else if (entry.uncompressedSize !== e.size || e.size > entryLimit(e.name)) problems.push(problem('backups.problems.sizeMismatch', e.name, { name: e.name }));
  }
  if (!listedNames.has(DATABASE_ENTRY)) problems.push(problem('backups.problems.missingEntry', DATABASE_ENTRY, { name: DATABASE_ENTRY }));
  for (const { name } of listed) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listedNames.has(name)) problems.push(problem('backups.problems.unexpectedEntry', name, { name }));
  }
  return problems;
}

async function readSmall(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  try {
    const input = await zip.openReadStreamPromise(entry);
    await pipeline(input, hashingStream(limit, () => {}), new Writable({ write: (chunk: Buffer, _e, done) => { chunks.push(chunk); done(); } }));
    return Buffer.concat(chunks);
  } catch {
    return null;
  }
}

async function streamEntry(zip: ZipFile, entry: Entry, name: string, expected: { sha256: string; size: number }, target: string | null): Promise<Issue | null> {
  let actual: { sha256: string; size: number } | undefined;
  try {
    const input = await zip.openReadStreamPromise(entry);
    const check = hashingStream(expected.size, (sha256, size) => (actual = { sha256, size }));
    if (target) mkdirSync(dirname(target), { recursive: true });
    const sink = target ? createWriteStream(target, { flags: 'wx', flush: true }) : new Writable({ write: (_c, _e, done) => done() });
    await pipeline(input, check, sink);
  } catch (error) {
    // Writing the extracted copy failed (a full disk): a problem of this laptop, not of the backup.
    if (target && WRITE_CALLS.has((error as NodeJS.ErrnoException).syscall ?? '')) throw fileError(error, target);
    return problem(error instanceof TooLargeError ? 'backups.problems.tooLarge' : 'backups.problems.entryUnreadable', name, { name });
  }
  if (!actual || actual.size !== expected.size || actual.sha256 !== expected.sha256) return problem('backups.problems.hashMismatch', name, { name });
  return null;
}
