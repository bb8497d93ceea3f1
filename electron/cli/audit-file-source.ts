import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { EvidenceBytes } from '../reports/audit-report-data';
import type { EmbeddedImage } from '../reports/report-common';
import { CliFailure, EXIT } from './terminal-io';

/**
 * Evidence files for a report made from an audit file. The files travel separately from the
 * audit file, so they are looked for in the folder given, by content address (as the app stores
 * them: `<sha256>`, `ab/<sha256>` or `attachments/ab/<sha256>`) and by file name; a file is only
 * used when its bytes still hash to the recorded SHA-256.
 */
export function evidenceReader(dir: string | undefined): (sha256: string, fileName: string) => EvidenceBytes {
  if (dir === undefined) return () => 'missing';
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliFailure(`${dir}: --attachments must be a folder`, EXIT.badInput);
  return (sha256, fileName) => {
    const candidates = [sha256, join(sha256.slice(0, 2), sha256), join('attachments', sha256.slice(0, 2), sha256), basename(fileName)];
    let seen = false;
    for (const candidate of candidates) {
      const path = join(root, candidate);
      if (!existsSync(path) || !statSync(path).isFile()) continue;
      seen = true;
      const bytes = readFileSync(path);
      if (createHash('sha256').update(bytes).digest('hex') === sha256) return bytes;
    }
    return seen ? 'changed' : 'missing';
  };
}

/** A PNG or JPEG logo for the cover, recognised by its first bytes. */
export function readLogo(path: string): EmbeddedImage {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(path));
  } catch (error) {
    throw new CliFailure(`${path}: cannot read the logo (${(error as NodeJS.ErrnoException).code ?? String(error)})`, EXIT.badInput);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return { type: 'png', bytes };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { type: 'jpg', bytes };
  throw new CliFailure(`${path}: the logo must be a PNG or JPEG image`, EXIT.badInput);
}
