import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/**
 * A package is signed as a whole: the zip's own comment, its very last bytes, holds an Ed25519
 * signature of the SHA-256 of every byte before it. A zip reader ignores the comment, so the file
 * stays an ordinary zip; a byte changed anywhere (a header, a date field, the directory) breaks
 * the signature. The comment is written as a placeholder of the same length and filled in once
 * the rest of the file is final.
 */
const PREFIX = 'PATUH-ED25519:';
const SIGNATURE_CHARS = 88; // base64 of 64 bytes
export const SIGNATURE_COMMENT = `${PREFIX}${'A'.repeat(SIGNATURE_CHARS)}`;
const COMMENT_BYTES = SIGNATURE_COMMENT.length;

async function digestBefore(path: string, end: number): Promise<string> {
  const hash = createHash('sha256');
  if (end > 0) await pipeline(createReadStream(path, { start: 0, end: end - 1 }), hash);
  else hash.end();
  return hash.digest('hex');
}

/** Where the signature comment starts, or null when the file does not end with one. */
function commentStart(path: string): number | null {
  const size = statSync(path).size;
  if (size < COMMENT_BYTES + 22) return null;
  const tail = Buffer.alloc(COMMENT_BYTES + 2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  const declared = tail.readUInt16LE(0);
  const comment = tail.subarray(2).toString('latin1');
  return declared === COMMENT_BYTES && comment.startsWith(PREFIX) ? size - COMMENT_BYTES : null;
}

/** Fills in the placeholder comment of a zip written with SIGNATURE_COMMENT. */
export async function signZipFile(path: string, sign: (data: string) => string): Promise<void> {
  const start = commentStart(path);
  if (start === null) throw new Error(`${path}: no signature placeholder`);
  const signature = sign(await digestBefore(path, start));
  if (signature.length !== SIGNATURE_CHARS) throw new Error('unexpected signature length');
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from(`${PREFIX}${signature}`, 'latin1'), 0, COMMENT_BYTES, start);
  } finally {
    closeSync(fd);
  }
}

/** The digest a package's signature covers, and the signature; null for a zip without one. */
export async function zipSignatureOf(path: string): Promise<{ digest: string; signature: string } | null> {
  const start = commentStart(path);
  if (start === null) return null;
  const tail = Buffer.alloc(SIGNATURE_CHARS);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, SIGNATURE_CHARS, start + PREFIX.length);
  } finally {
    closeSync(fd);
  }
  return { digest: await digestBefore(path, start), signature: tail.toString('latin1') };
}
