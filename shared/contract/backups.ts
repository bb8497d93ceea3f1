import { z } from 'zod';
import { channel } from './channel';
import type { BackupFile, BackupReport, BackupStatus, RestoreResult } from '../domain/backups';

/** A file the user picked with `backups.chooseFile` in this session; any other path is FORBIDDEN. */
const chosenFile = z.strictObject({ path: z.string('validation.required').min(1, 'validation.required') });

/**
 * Backups of all data: automatic ones in <data>/backups, and copies saved where the user chooses.
 * A backup is restored only after a full check; the data as it was is kept aside.
 * Failures: FILE (`errors.*` for the folder), VALIDATION with `backups.errors.*` and every problem as an issue.
 */
export const backupChannels = {
  'backups.status': channel<BackupStatus>()(z.strictObject({})),
  /** Save dialog, then write, read back and verify; null = cancelled. */
  'backups.createNow': channel<BackupFile | null>()(z.strictObject({})),
  /** Open dialog for a .patuh-backup; null = cancelled. */
  'backups.chooseFile': channel<string | null>()(z.strictObject({})),
  'backups.inspect': channel<BackupReport>()(chosenFile),
  /** Checks again, backs up the current data, keeps it aside and switches; the app carries on with the restored data. */
  'backups.restore': channel<RestoreResult>()(chosenFile),
};
