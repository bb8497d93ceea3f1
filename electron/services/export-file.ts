import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../../shared/contract';
import type { ServiceContext } from './context';
import type { SaveDialogOptions } from './desktop';
import { writeDurably } from './durable-write';
import { sweepStaleTemps } from './temp-sweep';

export interface SavedFile {
  path: string;
  bytes: number;
}

/**
 * Writes an export where the user chooses: to a temporary file first, then a rename, so a failed
 * write never leaves half a file. `content` may be a builder, which runs only once the user has
 * chosen a usable folder (a cancelled dialog or a wrong folder builds nothing). Paths written here
 * are remembered so that `files.open` and `files.showInFolder` only ever touch files Patuh made.
 */
export async function saveExport(
  ctx: ServiceContext,
  dialog: SaveDialogOptions,
  content: Buffer | (() => Promise<Buffer>),
): Promise<SavedFile | null> {
  const path = await ctx.desktop.chooseSavePath(dialog);
  if (!path) return null;
  assertWritableFolder(path);
  // What an export killed mid-write left in this folder goes before the next one is written.
  sweepStaleTemps(dirname(path));
  const bytes = typeof content === 'function' ? await content() : content;
  writeAtomically(path, bytes);
  ctx.exportedPaths.add(path);
  return { path, bytes: bytes.length };
}

/** Fails fast, before a long build, when the target's folder is missing or read-only. */
export function assertWritableFolder(path: string): void {
  try {
    if (!statSync(dirname(path)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw fileError(error, path);
  }
}

/** The whole file or nothing (see writeDurably), with a failure named for the user. */
export function writeAtomically(path: string, content: Buffer | string): void {
  try {
    writeDurably(path, content);
  } catch (error) {
    throw fileError(error, path);
  }
}

const FILE_MESSAGES: Record<string, string> = {
  EACCES: 'errors.fileNotWritable', EPERM: 'errors.fileNotWritable', EROFS: 'errors.fileNotWritable',
  EBUSY: 'errors.fileBusy',
  ENOENT: 'errors.folderMissing', ENOTDIR: 'errors.folderMissing',
  ENOSPC: 'errors.diskFull', EDQUOT: 'errors.diskFull',
  EIO: 'errors.storageFailed',
};

/** A message the user can act on: read-only folder, file open in Word, disk full. */
export function fileError(error: unknown, path: string): DomainError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new DomainError('FILE', FILE_MESSAGES[code] ?? 'errors.file', { path, cause: code });
}
