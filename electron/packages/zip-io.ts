import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { DomainError } from '../../shared/contract';
import { fileError } from '../services/export-file';
import { byteLimit } from './package-crypto';

export interface ZipLimits {
  entries: number;
  /** The most any one entry may inflate to, by its name. */
  entryBytes(name: string): number;
  totalBytes: number;
}

const damaged = (cause: string) => new DomainError('FILE', 'errors.packageDamaged', { cause });

/**
 * Reads a zip entry by entry without holding it in memory (yauzl). Names are checked before a
 * byte is read (`allowed`); sizes are bounded by the declared size, by `limits`, and by counting
 * the bytes actually inflated, so a zip bomb stops at the limit instead of filling the disk.
 */
export async function readZip(
  path: string,
  limits: ZipLimits,
  allowed: (name: string) => boolean,
  onEntry: (name: string, stream: Readable, size: number) => Promise<void>,
): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, autoClose: true });
  } catch (error) {
    throw damaged((error as Error).message);
  }
  if (zip.entryCount > limits.entries) {
    zip.close();
    throw new DomainError('VALIDATION', 'errors.packageTooLarge', { limit: limits.entries });
  }
  let total = 0;
  const seen = new Set<string>();
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (!allowed(name) || seen.has(name)) throw new DomainError('VALIDATION', 'errors.packageBadEntry', { name: name.slice(0, 120) });
      seen.add(name);
      const max = limits.entryBytes(name);
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > max || total > limits.totalBytes) throw new DomainError('VALIDATION', 'errors.packageTooLarge', { name });
      const raw = await zip.openReadStreamPromise(entry);
      const limited = raw.pipe(byteLimit(entry.uncompressedSize, () => damaged('entry longer than declared')));
      raw.on('error', (e) => limited.destroy(damaged(e.message)));
      await onEntry(name, limited, entry.uncompressedSize);
    }
  } catch (error) {
    zip.close();
    if (error instanceof DomainError) throw error;
    const message = (error as Error).message;
    // A full disk or an unreadable stick is named as such, not as a damaged package.
    if (typeof (error as NodeJS.ErrnoException).code === 'string' && !(error as NodeJS.ErrnoException).code!.startsWith('ERR_')) throw fileError(error, path);
    // yauzl's own name checks: `../x`, `/etc/x`, `C:\x` and backslashes are an attack, not damage.
    if (/invalid relative path|absolute path|invalid characters in fileName/.test(message)) {
      throw new DomainError('VALIDATION', 'errors.packageBadEntry', { name: message.slice(0, 120) });
    }
    throw damaged(message);
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => { cleanup(); resolve(e); };
    const onEnd = () => { cleanup(); resolve(null); };
    const onError = (e: Error) => { cleanup(); reject(e); };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

export interface ZipSource {
  name: string;
  /** A file on disk (streamed) or bytes in memory (small JSON). */
  file?: string;
  bytes?: Buffer;
  /** Photos are JPEG or PNG already: deflating them costs seconds for nothing. */
  compress: boolean;
}

/** Writes a zip by streaming each source into it (yazl), with an optional archive comment. */
export async function writeZip(path: string, sources: readonly ZipSource[], comment = ''): Promise<void> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const s of sources) {
    const options = { compress: s.compress, mtime, mode: 0o100644 };
    if (s.file) zip.addFile(s.file, s.name, options);
    else zip.addBuffer(s.bytes ?? Buffer.alloc(0), s.name, options);
  }
  zip.end({ comment, forceZip64Format: false });
  await pipeline(zip.outputStream, createWriteStream(path));
}
