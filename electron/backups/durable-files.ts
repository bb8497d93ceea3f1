import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

// One implementation of durable writes for the whole app (unique temp name, fsync, rename, folder fsync).
export { syncFolder } from '../services/durable-write';
export { writeDurably as writeFileDurably } from '../services/durable-write';

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * A pass-through that hashes (SHA-256) and counts what flows, and fails once more than `limit`
 * bytes came: whatever a zip header declares, no entry inflates past its bound.
 */
export function hashingStream(limit: number, onDone: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limit) return callback(new TooLargeError(`more than ${limit} bytes`));
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      onDone(hash.digest('hex'), size);
      callback();
    },
  });
}
