import { call } from '../../api/client';

/** The channel takes at most 8 MB of file per call; smaller chunks would only add round trips. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** A slice of a file as base64, read by the browser natively (no byte-by-byte loop in script). */
export function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Hands a dropped file to main, in order, chunk by chunk (a package of photos can be hundreds
 * of megabytes). Resolves with the path main keeps it at, which packages.preview then accepts.
 */
export async function uploadPackage(file: File, onProgress: (sent: number) => void): Promise<string> {
  const uploadId = crypto.randomUUID();
  let offset = 0;
  for (;;) {
    const end = Math.min(offset + CHUNK_BYTES, file.size);
    const last = end >= file.size;
    const { path } = await call('packages.upload', { uploadId, name: file.name, offset, base64: await base64Of(file.slice(offset, end)), last });
    offset = end;
    onProgress(offset);
    if (last) {
      if (!path) throw new Error('upload finished without a path');
      return path;
    }
  }
}
