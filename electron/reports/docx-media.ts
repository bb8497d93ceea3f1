import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { Packer, type Document, type Paragraph } from 'docx';
import { CONTENT_WIDTH_PX, imageParagraph } from './docx-kit';
import { entryBytes, zipEntries } from './zip-entries';

/**
 * Photos in a report, stored rather than deflated. `docx` deflates every part of the package,
 * which for twenty camera photos (JPEG or PNG, already compressed) costs seconds and saves
 * nothing. So each photo goes into the document as a small unique placeholder, and once the
 * package is built the placeholders are swapped for the photos' bytes, stored as they are.
 */
export class MediaStore {
  private readonly nonce = randomBytes(6).toString('hex');
  private readonly held = new Map<string, Buffer>();
  private readonly byKey = new Map<string, Buffer>();

  /** The bytes to give `ImageRun` in place of `bytes`; the same key gives the same placeholder. */
  hold(bytes: Buffer, key?: string): Buffer {
    const known = key === undefined ? undefined : this.byKey.get(key);
    if (known) return known;
    const marker = Buffer.from(`patuh-media-${this.nonce}-${this.held.size}`);
    this.held.set(marker.toString(), bytes);
    if (key !== undefined) this.byKey.set(key, marker);
    return marker;
  }

  /** docx-kit's imageParagraph, with the photo held here. */
  imageParagraph(bytes: Buffer, type: 'png' | 'jpg', altText: string, maxWidth = CONTENT_WIDTH_PX, maxHeight = 360, key?: string): Paragraph | null {
    return imageParagraph(bytes, type, altText, maxWidth, maxHeight, this.hold(bytes, key));
  }

  /** Packs the document and puts the held photos in, stored. */
  async pack(doc: Document): Promise<Buffer> {
    const zip = await Packer.toBuffer(doc);
    return this.held.size ? this.swap(zip) : zip;
  }

  private swap(zip: Buffer): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const e of zipEntries(zip)) {
      let { method, crc, compressed, size, data } = e;
      // Placeholders are a few dozen bytes; anything larger is a real part and is copied as it is.
      if (e.name.startsWith('word/media/') && size < 64) {
        const text = entryBytes(e).toString();
        const photo = this.held.get(text);
        if (photo) ({ method, crc, compressed, size, data } = { method: 0, crc: crc32(photo), compressed: photo.length, size: photo.length, data: photo });
      }
      const name = Buffer.from(e.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(e.dosTime, 10);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(method, 10);
      central.writeUInt32LE(e.dosTime, 12);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(compressed, 20);
      central.writeUInt32LE(size, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, name, data);
      centrals.push(central, name);
      offset += local.length + name.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(centrals.length / 2, 8);
    end.writeUInt16LE(centrals.length / 2, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }
}
