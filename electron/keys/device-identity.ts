import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * This installation's identity: an Ed25519 key pair made on first start. The private key stays
 * in <data>/keys (mode 0600) and is never exported, packaged or backed up; what travels is the
 * public key, in seals and package signatures, from which anyone can check them.
 */
export interface DeviceIdentity {
  /** A short fingerprint of the public key, e.g. "3f2a-91c0-7d4e-b816". */
  id: string;
  /** The public key as base64 of its SPKI DER encoding. */
  publicKey: string;
  /** A name people recognise (the computer's name by default). */
  name: string;
  /** Ed25519 signature of `data`, base64. */
  sign(data: Buffer | string): string;
}

const KEY_FILE = 'device-ed25519.pem';

export function fingerprintOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
  return hex.match(/.{4}/g)!.join('-');
}

function loadOrCreate(dir: string): KeyObject {
  const file = join(dir, KEY_FILE);
  if (existsSync(file)) return createPrivateKey(readFileSync(file, 'utf8'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  // 'wx': two processes starting at once must not overwrite each other's fresh key.
  try {
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return createPrivateKey(readFileSync(file, 'utf8'));
    throw error;
  }
  chmodSync(file, 0o600);
  return privateKey;
}

/**
 * `create: false` (a data folder opened read-only) uses the folder's key if it has one and
 * otherwise a key that lives only in memory, so reading never writes.
 */
export function deviceIdentity(dataDir: string, { name = hostname(), create = true }: { name?: string; create?: boolean } = {}): DeviceIdentity {
  const dir = join(dataDir, 'keys');
  const privateKey = create || existsSync(join(dir, KEY_FILE)) ? loadOrCreate(dir) : generateKeyPairSync('ed25519').privateKey;
  const publicKey = (createPublicKey(privateKey).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64');
  return {
    id: fingerprintOf(publicKey),
    publicKey,
    name,
    sign: (data) => sign(null, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), privateKey).toString('base64'),
  };
}

/** Whether `signature` is an Ed25519 signature of `data` by `publicKey`; false for anything malformed. */
export function verifySignature(publicKey: string, data: Buffer | string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
