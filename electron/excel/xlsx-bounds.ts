import yauzl from 'yauzl';
import { DomainError } from '../../shared/contract';
import { MAX_XLSX_BYTES } from '../../shared/contract/excel';

/**
 * An .xlsx is a zip, and exceljs inflates all of it in memory. So before it sees a workbook, the
 * zip is walked here with yauzl: the file's size, the number of parts and the bytes they inflate
 * to are bounded, and the bytes are counted as they inflate (yauzl also refuses a part longer than
 * it declares), so a zip bomb is refused at the limit instead of filling memory.
 */
export const XLSX_LIMITS = {
  bytes: MAX_XLSX_BYTES,
  /** A template of 1,000 items is about 1 MB of sheet XML. */
  unpackedBytes: 25 * 1024 * 1024,
  /** Sheets, styles, shared strings, relations: a template workbook has about 15 parts. */
  entries: 200,
} as const;

const MB = 1024 * 1024;
const notXlsx = (cause: string) => new DomainError('VALIDATION', 'excel.errors.notXlsx', { cause: cause.slice(0, 200) });
const unpackedTooLarge = () => new DomainError('VALIDATION', 'excel.errors.unpackedTooLarge', { max: XLSX_LIMITS.unpackedBytes / MB });

export async function checkXlsxBounds(bytes: Buffer): Promise<void> {
  if (bytes.length > XLSX_LIMITS.bytes) throw new DomainError('VALIDATION', 'excel.errors.tooLarge', { max: XLSX_LIMITS.bytes / MB });
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw notXlsx((error as Error).message);
  }
  if (zip.entryCount > XLSX_LIMITS.entries) {
    zip.close();
    throw new DomainError('VALIDATION', 'excel.errors.tooManyParts', { max: XLSX_LIMITS.entries });
  }
  let inflated = 0;
  let sawWorkbook = false;
  try {
    for (let entry = await next(zip); entry; entry = await next(zip)) {
      if (entry.fileName === 'xl/workbook.xml') sawWorkbook = true;
      if (inflated + entry.uncompressedSize > XLSX_LIMITS.unpackedBytes) throw unpackedTooLarge();
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        if (inflated > XLSX_LIMITS.unpackedBytes) {
          stream.destroy();
          throw unpackedTooLarge();
        }
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw notXlsx((error as Error).message);
  } finally {
    zip.close();
  }
  if (!sawWorkbook) throw notXlsx('no xl/workbook.xml');
}

function next(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => { done(); resolve(e); };
    const onEnd = () => { done(); resolve(null); };
    const onError = (e: Error) => { done(); reject(e); };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}
