import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../shared/contract';
import type { BackupFile, BackupReport, RestoreResult } from '../../shared/domain/backups';
import { fileStamp } from './backup-folder';
import { verifyBackup } from './backup-verify';
import { oneAtATime } from './one-at-a-time';
import { JOURNAL, STAGING, switchToStaged } from './restore-switch';

export type RestoreStep = 'verify' | 'safetyBackup' | 'switch';

/** Where a backup is restored: the running app's data folder, or one the CLI was pointed at. */
export interface RestoreTarget {
  dataDir: string;
  publicKey: string;
  now: () => Date;
  /** The automatic 'restore' backup of the data as it is; null when there is none to take. */
  safetyBackup(): Promise<BackupFile | null>;
  /** Runs `change` with the database closed (the app reopens it and rebuilds its handlers after). */
  withDatabaseClosed(change: () => void): void;
}

/**
 * Restores a backup: extracts and checks it completely in <data>/restore-staging (nothing of the
 * current data is touched until it passed), backs up the current data, then switches, keeping
 * the current data in <data>/previous-<time> (restore-switch.ts makes the switch crash-safe).
 * An older backup is migrated when the database is next opened, like any older data folder.
 */
export function restoreBackup(target: RestoreTarget, file: string, onStep: (step: RestoreStep) => void = () => {}): Promise<RestoreResult> {
  return oneAtATime(target.dataDir, async () => {
    const staging = join(target.dataDir, STAGING);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    try {
      onStep('verify');
      const report = await verifyBackup(file, { into: staging, attachments: true, publicKey: target.publicKey, restorableHere: true });
      if (!report.ok || !report.backup) throw refusal(report);
      onStep('safetyBackup');
      const safetyBackup = await target.safetyBackup();
      onStep('switch');
      const previousFolder = switchWithDatabaseClosed(target);
      return { restoredFrom: file, previousFolder, safetyBackup, backup: report.backup };
    } finally {
      // Whatever failed before the switch, or after it was undone, leaves no extraction behind.
      if (!existsSync(join(target.dataDir, JOURNAL))) await rm(staging, { recursive: true, force: true });
    }
  });
}

function switchWithDatabaseClosed(target: RestoreTarget): string {
  const previous = previousName(target.dataDir, target.now());
  let previousFolder = '';
  try {
    target.withDatabaseClosed(() => {
      previousFolder = switchToStaged(target.dataDir, previous);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new DomainError('FILE', 'backups.errors.switchFailed', { path: target.dataDir, cause: code });
  }
  return previousFolder;
}

function refusal(report: BackupReport): DomainError {
  const newer = report.problems.some((p) => p.message === 'backups.problems.newer' || p.message === 'backups.problems.newerFormat');
  return new DomainError('VALIDATION', newer ? 'backups.errors.newer' : 'backups.errors.invalid', { issues: report.problems });
}

function previousName(dataDir: string, at: Date): string {
  const base = `previous-${fileStamp(at)}`;
  let name = base;
  for (let n = 2; existsSync(join(dataDir, name)); n++) name = `${base}-${n}`;
  return name;
}
