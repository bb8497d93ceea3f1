import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * A PNG that looks like a photo at a glance (sky, wall, a notice board whose colour depends on
 * `seed`), so rendered report pages can be checked by eye. With `grain`, every pixel gets noise,
 * which makes the file about as large and incompressible as a camera photo (for benchmarks).
 */
export function photoPng(width: number, height: number, seed: number, grain = false): Buffer {
  const hue = (seed * 67) % 256;
  let state = seed * 7919 + 1;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return grain ? (state >> 16) % 24 : 0;
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const board = x > width * 0.3 && x < width * 0.7 && y > height * 0.25 && y < height * 0.6;
      const sky = y < height * 0.45;
      const rgb = board ? [hue, 90, 255 - hue] : sky ? [150 + (y * 60) / height, 190, 235] : [196, 180 - (y * 40) / height, 150];
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.max(0, Math.min(255, Math.round(rgb[c]! + noise())));
    }
    rows.push(row);
  }
  return encodePng(width, height, Buffer.concat(rows), grain ? 1 : 6);
}

/** A real PNG of one colour, for evidence and report tests (no image files in the repository). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  return encodePng(width, height, Buffer.concat(Array.from({ length: height }, () => row)));
}

/** 8-bit RGB pixels, each row prefixed with its filter byte, as a PNG file. */
function encodePng(width: number, height: number, filteredRows: Buffer, level = 6): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
