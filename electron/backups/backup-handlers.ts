import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError, type Handlers } from '../../shared/contract';
import { BACKUP_EXTENSION } from '../../shared/domain/backups';
import { translator } from '../i18n';
import type { ServiceContext } from '../services/context';
import { fileError } from '../services/export-file';
import { writeAutomaticBackup } from './auto-backup';
import { createBackup } from './backup-create';
import { backupsFolder } from './backup-folder';
import { backupStatus } from './backup-status';
import { inspectBackup } from './backup-verify';
import { recordLastCopy } from './last-copy';
import { oneAtATime } from './one-at-a-time';
import { restoreBackup } from './restore';

type BackupHandlers = Pick<Handlers, 'backups.status' | 'backups.createNow' | 'backups.chooseFile' | 'backups.inspect' | 'backups.restore'>;

export function backupHandlers(ctx: ServiceContext): BackupHandlers {
  // Dialogs speak the UI's language, read at each call (it can change at any time).
  const t = () => translator(ctx.settings.get().language);
  const filters = () => [{ name: t()('backups.fileType'), extensions: [BACKUP_EXTENSION] }];
  // The page may only have a file read that the user picked in the open dialog.
  const chosen = (path: string) => {
    if (!ctx.chosenPaths.has(path)) throw new DomainError('FORBIDDEN', 'errors.forbidden');
    return path;
  };
  return {
    'backups.status': () => backupStatus(ctx),
    'backups.createNow': async () => {
      const date = ctx.now().toISOString().slice(0, 10);
      const path = await ctx.desktop.chooseSavePath({ defaultName: t()('backups.defaultFileName', { date }), filters: filters() });
      if (!path) return null;
      try {
        accessSync(dirname(path), constants.W_OK);
      } catch (error) {
        throw fileError(error, path);
      }
      const file = await oneAtATime(ctx.dataDir, () => createBackup(ctx, path, 'manual', ctx.now()));
      recordLastCopy(ctx.dataDir, file);
      ctx.exportedPaths.add(path);
      return file;
    },
    'backups.chooseFile': async () => {
      const [path] = await ctx.desktop.chooseOpenPaths({ filters: filters(), multiple: false });
      if (!path) return null;
      ctx.chosenPaths.add(path);
      return path;
    },
    'backups.inspect': ({ path }) => inspectBackup(chosen(path), backupsFolder(ctx.dataDir), ctx.device.publicKey),
    'backups.restore': ({ path }) => {
      const replaceData = ctx.replaceData;
      if (!replaceData) throw new DomainError('READ_ONLY', 'errors.readOnly');
      return restoreBackup(
        {
          dataDir: ctx.dataDir,
          publicKey: ctx.device.publicKey,
          now: ctx.now,
          safetyBackup: () => writeAutomaticBackup(ctx, 'restore'),
          withDatabaseClosed: replaceData,
        },
        chosen(path),
      );
    },
  };
}
