import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../../shared/contract';
import type { ServiceContext } from './context';
import type { SaveDialogOptions } from './desktop';

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

export function writeAtomically(path: string, content: Buffer | string): void {
  const temp = `${path}.patuh-tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The target folder is unusable (e.g. a file, not a folder): nothing was written to clean up.
    }
    throw fileError(error, path);
  }
}

/** A message the user can act on: read-only folder, file open in Word, disk full. */
export function fileError(error: unknown, path: string): DomainError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'errors.fileNotWritable'
      : code === 'EBUSY'
        ? 'errors.fileBusy'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'errors.folderMissing'
          : code === 'ENOSPC'
            ? 'errors.diskFull'
            : 'errors.file';
  return new DomainError('FILE', message, { path, cause: code });
}
