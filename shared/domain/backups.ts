import type { Issue } from '../contract/result';

/** Why a backup was made; automatic backups carry it in their file name. */
export const BACKUP_REASONS = ['daily', 'import', 'migration', 'restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The file extension of a backup (a zip: backup.json, backup.sig, patuh.sqlite, attachments/). */
export const BACKUP_EXTENSION = 'patuh-backup';

export interface BackupFile {
  path: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export interface BackupStatus {
  /** <data>/backups: the automatic backups, on this laptop. */
  folder: string;
  /** Newest first; at most `keep` of them. */
  automatic: BackupFile[];
  /** The last copy made with "Back up now" (or `patuh backup create`), wherever it was saved. */
  lastCopy: BackupFile | null;
  /** Whole days since `lastCopy` (by main's clock). */
  lastCopyDays: number | null;
  keep: number;
  warnDays: number;
  /** Anything worth keeping: entities, audits or findings. */
  hasData: boolean;
  /** There is data and no copy was made in the last `warnDays` days: a lost laptop loses it. */
  overdue: boolean;
}

/** What a backup file says about itself, once its signature and hashes were checked. */
export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  reason: BackupReason;
  device: { id: string; name: string };
  /** Signed by this installation's key (a backup from another laptop is restorable too). */
  sameDevice: boolean;
  /** Migrations applied in the backup, and in this build (a restore migrates the difference). */
  schemaVersion: number;
  currentSchemaVersion: number;
  counts: { entities: number; audits: number; findings: number; attachments: number };
}

/** A full check of a backup file: every problem is an i18n key, the file is restorable when there are none. */
export interface BackupReport {
  path: string;
  bytes: number;
  ok: boolean;
  problems: Issue[];
  /** Null when the file is not a readable backup at all. */
  backup: BackupSummary | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** <data>/previous-<time>: the data as it was before, kept aside. */
  previousFolder: string;
  /** The automatic backup of the data as it was before (reason 'restore'); null if there was none to take. */
  safetyBackup: BackupFile | null;
  backup: BackupSummary;
}
