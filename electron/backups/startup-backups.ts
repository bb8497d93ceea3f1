import type { BackupFile } from '../../shared/domain/backups';
import { dailyBackupIfDue, type BackupContext } from './auto-backup';
import { wrapMigrationSnapshots } from './migration-snapshot';

/**
 * Run by main once the app is up (not by every test host): finish the snapshots taken before a
 * migration, then the daily backup if the newest automatic one is older than a day.
 */
export async function startupBackups(ctx: BackupContext): Promise<BackupFile[]> {
  const made = await wrapMigrationSnapshots(ctx);
  const daily = await dailyBackupIfDue(ctx);
  return daily ? [...made, daily] : made;
}
