import { inflateRawSync } from 'node:zlib';

/** Reading the zip that `docx` packs, so parts of it can be swapped or spliced after it is built. */
export interface ZipEntry {
  name: string;
  method: number;
  dosTime: number;
  crc: number;
  compressed: number;
  size: number;
  data: Buffer;
}

/** The entries of a zip without Zip64 (as docx writes them), read from its central directory. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const compressed = zip.readUInt32LE(at + 20);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      dosTime: zip.readUInt32LE(at + 12),
      crc: zip.readUInt32LE(at + 16),
      compressed,
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(start, start + compressed),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/** An entry's bytes as they are inside the package (stored or deflated). */
export const entryBytes = (e: ZipEntry): Buffer => (e.method === 8 ? inflateRawSync(e.data) : e.data);
