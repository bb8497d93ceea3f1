import type { BackupStatus } from '../../shared/domain/backups';
import type { ServiceContext } from '../services/context';
import { hasData } from './auto-backup';
import { backupsFolder, listAutomaticBackups } from './backup-folder';
import { readLastCopy } from './last-copy';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the Settings panel and the home warning show. Only a copy made with "Back up now" counts
 * against `backupWarnDays`: the automatic backups sit on the same disk as the data, so a lost,
 * stolen or broken laptop takes them too.
 */
export function backupStatus(ctx: Pick<ServiceContext, 'db' | 'dataDir' | 'settings' | 'now'>): BackupStatus {
  const { backupKeep, backupWarnDays } = ctx.settings.get();
  const lastCopy = readLastCopy(ctx.dataDir);
  const data = hasData(ctx);
  const age = lastCopy ? ctx.now().getTime() - Date.parse(lastCopy.createdAt) : Infinity;
  return {
    folder: backupsFolder(ctx.dataDir),
    automatic: listAutomaticBackups(ctx.dataDir),
    lastCopy,
    lastCopyDays: lastCopy ? Math.floor(age / DAY_MS) : null,
    keep: backupKeep,
    warnDays: backupWarnDays,
    hasData: data,
    overdue: data && age > backupWarnDays * DAY_MS,
  };
}
