import { Readable } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import { ZipFile } from 'yazl';
import { entryBytes, zipEntries } from './zip-entries';

export interface SplicedImage {
  /** The relationship id the body's drawings name (imageXml's relId). */
  relId: string;
  /** File name under word/media/. */
  file: string;
  bytes: Buffer;
}

const DOCUMENT = 'word/document.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
const IMAGE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** Body XML is handed to the deflater in pieces of about this size, not as one string. */
const CHUNK = 256 * 1024;


/**
 * Puts `body` (WordprocessingML, e.g. from wordml.ts) into a package `docx` has built, in place of
 * the paragraph that holds `marker`, and adds its images (stored: photos are compressed already).
 * The body is pulled piece by piece while the package is deflated, so a very long report never
 * sits in memory as one string or one tree.
 */
export async function spliceDocx(packed: Buffer, marker: string, body: Iterable<string>, images: SplicedImage[]): Promise<Buffer> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  zip.on('error', (error: Error) => output.destroy(error));
  const mtime = new Date();
  let spliced = false;
  for (const entry of zipEntries(packed)) {
    if (entry.name === DOCUMENT) {
      const [head, tail] = splitAtMarker(entryBytes(entry).toString('utf8'), marker);
      spliced = true;
      zip.addReadStreamLazy(DOCUMENT, { mtime }, (give) => give(null, Readable.from(pieces(head, body, tail))));
    } else if (entry.name === RELATIONSHIPS) {
      const rels = entryBytes(entry).toString('utf8');
      const added = images.map((i) => `<Relationship Id="${i.relId}" Type="${IMAGE_TYPE}" Target="media/${i.file}"/>`).join('');
      zip.addBuffer(Buffer.from(rels.replace('</Relationships>', `${added}</Relationships>`), 'utf8'), entry.name, { mtime });
    } else {
      zip.addBuffer(entryBytes(entry), entry.name, { mtime, compress: entry.method === 8 });
    }
  }
  if (!spliced) throw new Error('docx-splice: the package has no word/document.xml');
  for (const image of images) zip.addBuffer(image.bytes, `word/media/${image.file}`, { mtime, compress: false });
  zip.end();
  return collect(output);
}

function splitAtMarker(xml: string, marker: string): [string, string] {
  const at = xml.indexOf(`>${marker}<`);
  if (at < 0) throw new Error('docx-splice: marker not found in the document');
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (start < 0 || end < 0) throw new Error('docx-splice: the marker is not in a paragraph');
  return [xml.slice(0, start), xml.slice(end + '</w:p>'.length)];
}

function* pieces(head: string, body: Iterable<string>, tail: string): Generator<Buffer> {
  yield Buffer.from(head, 'utf8');
  let held: string[] = [];
  let size = 0;
  for (const part of body) {
    held.push(part);
    size += part.length;
    if (size >= CHUNK) {
      yield Buffer.from(held.join(''), 'utf8');
      held = [];
      size = 0;
    }
  }
  if (held.length) yield Buffer.from(held.join(''), 'utf8');
  yield Buffer.from(tail, 'utf8');
}
