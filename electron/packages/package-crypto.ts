import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream, closeSync, openSync, readSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../shared/contract';

/**
 * Optional encryption of a package for the USB stick: AES-256-GCM with a key derived from a
 * transfer password by scrypt (node:crypto only). The password is never stored. The header
 * carries a key-check value, so a wrong password ("kata sandi salah") and a damaged file
 * ("berkas rusak": the GCM tag fails) get different messages.
 *
 * Layout: MAGIC(8) | salt(16) | iv(12) | keyCheck(16) | ciphertext | tag(16)
 */
const MAGIC = Buffer.from('PATUHENC', 'ascii');
const HEADER = MAGIC.length + 16 + 12 + 16;
const TAG = 16;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, 32, SCRYPT, (e, key) => (e ? reject(e) : resolve(key))));
}
const keyCheckOf = (key: Buffer) => createHmac('sha256', key).update('patuh-key-check').digest().subarray(0, 16);

export function isEncryptedPackage(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, MAGIC.length, 0) === MAGIC.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(source: string, target: string, password: string): Promise<void> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(password, salt);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const out = createWriteStream(target);
  out.write(Buffer.concat([MAGIC, salt, iv, keyCheckOf(key)]));
  // The tag exists once the cipher has ended: append it as the stream's last chunk.
  const appendTag = new Transform({ transform: (chunk, _enc, done) => done(null, chunk), flush: (done) => done(null, cipher.getAuthTag()) });
  await pipeline(createReadStream(source), cipher, appendTag, out);
}

/** Streams the plaintext to `target`; the caller may only use it once this resolves (the tag checked out). */
export async function decryptFile(source: string, target: string, password: string): Promise<void> {
  const size = statSync(source).size;
  if (size < HEADER + TAG) throw new DomainError('FILE', 'errors.packageDamaged');
  const fd = openSync(source, 'r');
  const header = Buffer.alloc(HEADER);
  const tag = Buffer.alloc(TAG);
  try {
    readSync(fd, header, 0, HEADER, 0);
    readSync(fd, tag, 0, TAG, size - TAG);
  } finally {
    closeSync(fd);
  }
  const salt = header.subarray(8, 24);
  const iv = header.subarray(24, 36);
  const key = await deriveKey(password, salt);
  if (!timingSafeEqual(keyCheckOf(key), header.subarray(36, 52))) throw new DomainError('VALIDATION', 'errors.packageWrongPassword');
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag);
  try {
    await pipeline(createReadStream(source, { start: HEADER, end: size - TAG - 1 }), decipher, createWriteStream(target));
  } catch {
    throw new DomainError('FILE', 'errors.packageDamaged');
  }
}

/** Counts bytes through a stream and fails past `max`: a zip entry can lie about its size. */
export function byteLimit(max: number, onExceed: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(onExceed());
      else done(null, chunk);
    },
  });
}
