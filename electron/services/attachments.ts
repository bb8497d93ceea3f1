import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainError, validationError, type Handlers } from '../../shared/contract';
import { MAX_ATTACHMENT_BYTES, type AttachmentType, type StoredAttachment } from '../../shared/domain/attachments';
import { attachmentsRepo } from '../db/attachments-repo';
import type { ServiceContext } from './context';
import { DATA_FILE_MODE, DATA_FOLDER_MODE } from './data-modes';
import { syncFolder, tempPathFor, writeDurably } from './durable-write';
import { fileError, saveExport } from './export-file';
import { safeFileName } from './file-names';

/** What the first bytes of each accepted type look like: the declared type must match the content. */
const SIGNATURES: Record<AttachmentType, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};
const EXTENSIONS: Record<AttachmentType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };
/** Above this a thumbnail would cost more than it shows (a data: URL is a third larger than the file). */
export const PREVIEW_LIMIT_BYTES = 5 * 1024 * 1024;

export const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Content-addressed evidence files under <dataDir>/attachments/ab/<sha256>. A file is written
 * (and synced) before its row, so a row never points at nothing; a file left without a row by a
 * crash is harmless and is reused when the same bytes come again.
 */
export function attachmentStore(ctx: Pick<ServiceContext, 'db' | 'dataDir' | 'now'>) {
  const repo = attachmentsRepo(ctx.db);
  const pathOf = (sha256: string) => join(ctx.dataDir, 'attachments', sha256.slice(0, 2), sha256);

  function read(sha256: string): { bytes: Buffer; meta: StoredAttachment } {
    const meta = repo.get(sha256);
    if (!meta || !existsSync(pathOf(sha256))) throw new DomainError('FILE', 'errors.attachmentMissing', { sha256 });
    const bytes = readFileSync(pathOf(sha256));
    if (sha256Hex(bytes) !== sha256) throw new DomainError('FILE', 'errors.attachmentCorrupt', { sha256 });
    return { bytes, meta };
  }

  return {
    /** Decodes, checks size and type against the content, stores the bytes once and indexes them. */
    put: (mime: AttachmentType, base64: string): StoredAttachment => putBytes(mime, Buffer.from(base64, 'base64')),
    putBytes,
    /** Where the bytes of a stored file live (for streaming them into a package or backup). */
    pathOf,
    get: (sha256: string) => repo.get(sha256),
    /** The bytes, after checking they still hash to their name (evidence must not change unseen). */
    read: (sha256: string) => read(sha256).bytes,
    /** A data: URL for images (the page may load nothing remote or from disk); null for other types and big files. */
    previewDataUrl(sha256: string): string | null {
      const meta = repo.get(sha256);
      if (!meta || !meta.mime.startsWith('image/') || meta.size > PREVIEW_LIMIT_BYTES) return null;
      return `data:${meta.mime};base64,${read(sha256).bytes.toString('base64')}`;
    },
    extension: (mime: AttachmentType) => EXTENSIONS[mime],
    adoptFile,
    /** The row for a file `adoptFile` placed: inside the caller's transaction. */
    index: (stored: StoredAttachment) => repo.insert(stored, ctx.now().toISOString()),
  };

  /**
   * Copies a file already checked against its hash (a package's evidence) into the store, without
   * blocking the event loop and without touching the database: the caller indexes it in its own
   * transaction, and a file left without a row by a failure is harmless.
   */
  async function adoptFile(sha256: string, mime: AttachmentType, source: string): Promise<StoredAttachment> {
    const head = Buffer.alloc(8);
    const handle = await open(source, 'r');
    let size: number;
    try {
      size = (await handle.stat()).size;
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
    if (size === 0 || size > MAX_ATTACHMENT_BYTES || !SIGNATURES[mime].every((b, i) => head[i] === b)) {
      throw validationError([{ path: 'evidence', message: 'validation.fileContent', params: { sha256 } }]);
    }
    const path = pathOf(sha256);
    if (!existsSync(path)) {
      const temp = tempPathFor(path);
      try {
        await mkdir(dirname(path), { recursive: true, mode: DATA_FOLDER_MODE });
        await copyFile(source, temp);
        // A copy takes the mode of its source; evidence is private to this user.
        await chmod(temp, DATA_FILE_MODE);
        const out = await open(temp, 'r+');
        try {
          await out.sync();
        } finally {
          await out.close();
        }
        await rename(temp, path);
        syncFolder(dirname(path));
      } catch (error) {
        await rm(temp, { force: true });
        throw fileError(error, path);
      }
    }
    return { sha256, size, mime };
  }

  function putBytes(mime: AttachmentType, bytes: Buffer): StoredAttachment {
    if (bytes.length === 0) throw validationError([{ path: 'file', message: 'validation.required' }]);
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw validationError([{ path: 'file', message: 'validation.fileTooLarge' }]);
    if (!SIGNATURES[mime].every((b, i) => bytes[i] === b)) throw validationError([{ path: 'file', message: 'validation.fileContent' }]);
    const sha256 = sha256Hex(bytes);
    const path = pathOf(sha256);
    if (!holds(path, sha256)) storeBytes(path, sha256, bytes);
    const stored: StoredAttachment = { sha256, size: bytes.length, mime };
    repo.insert(stored, ctx.now().toISOString());
    return repo.get(sha256) ?? stored;
  }
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;

/** Whether the store already has these bytes at `path` (another writer may be placing them right now). */
function holds(path: string, sha256: string): boolean {
  try {
    return sha256Hex(readFileSync(path)) === sha256;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Writes a content-addressed file durably. Two writers of the same bytes (two processes on one
 * data folder) each have their own temp file; if the other's rename won (Windows refuses to
 * replace a file held open), the file there is the same bytes and the write has succeeded.
 */
function storeBytes(path: string, sha256: string, bytes: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: DATA_FOLDER_MODE });
    writeDurably(path, bytes, DATA_FILE_MODE);
  } catch (error) {
    if (holds(path, sha256)) return;
    throw fileError(error, path);
  }
}

type AttachmentHandlers = Pick<Handlers, 'attachments.preview' | 'attachments.saveCopy'>;

export function attachmentHandlers(ctx: ServiceContext): AttachmentHandlers {
  const store = attachmentStore(ctx);
  return {
    'attachments.preview': ({ sha256 }) => ({ dataUrl: store.previewDataUrl(sha256) }),
    'attachments.saveCopy': async ({ sha256, name }) => {
      const meta = store.get(sha256);
      if (!meta) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'attachment' });
      const ext = store.extension(meta.mime);
      return saveExport(ctx, { defaultName: safeFileName(name), filters: [{ name: ext.toUpperCase(), extensions: [ext] }] }, store.read(sha256));
    },
  };
}
