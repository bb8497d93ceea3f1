import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError, type Issue } from '../../../shared/contract';
import type { BackupFile, BackupReport, BackupSummary } from '../../../shared/domain/backups';
import { writeAutomaticBackup } from '../../backups/auto-backup';
import { createBackup } from '../../backups/backup-create';
import { inspectBackup } from '../../backups/backup-verify';
import { databaseInUse } from '../../backups/folder-in-use';
import { recordLastCopy } from '../../backups/last-copy';
import { restoreBackup } from '../../backups/restore';
import { recoverRestore } from '../../backups/restore-switch';
import { appliedMigrations } from '../../db/migrate';
import { translator } from '../../i18n';
import { deviceIdentity } from '../../keys/device-identity';
import { DATABASE_FILE } from '../../services/bootstrap';
import { confSettings } from '../../settings/conf-settings';
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { commandGroup, parseCommandArgs } from '../command';

const USAGE = `Usage: patuh backup <command> [options]

Backups of a Patuh data folder (.patuh-backup files): the database and every evidence file,
signed by the installation that made them. The device's private key is never in a backup.

Commands:
  create --data DIR --out FILE  Back up a data folder (the app may be running)
  verify FILE                   Check a backup completely; list every problem
  restore FILE --data DIR       Restore a backup into a data folder (close the app first)

Run "patuh backup <command> --help" for details.`;

const CREATE_USAGE = `Usage: patuh backup create --data DIR --out FILE

Back up the data folder DIR (the app's user-data folder) to FILE: a consistent snapshot of the
database taken with SQLite's online backup (the app may keep running) and every evidence file.
The file is written under a temporary name, read back and verified, then renamed.

Options:
  --data DIR   The data folder (holds patuh.sqlite)
  --out FILE   The .patuh-backup file to write
  -h, --help   Show this help

Exit codes: 0 written and verified, 1 the folder or the file is bad, 2 wrong command line.`;

const VERIFY_USAGE = `Usage: patuh backup verify FILE [--json]

Check a backup completely: entry names and sizes, the signature of backup.json, the SHA-256 of
every entry, PRAGMA integrity_check of the database, and that its migrations are ones this
version of Patuh knows (a backup from a newer Patuh is refused). Every problem is listed.

Options:
  --json       Print the report as JSON
  -h, --help   Show this help

Exit codes: 0 restorable, 1 not restorable, 2 wrong command line.`;

const RESTORE_USAGE = `Usage: patuh backup restore FILE --data DIR

Restore FILE into the data folder DIR (it may be new and empty). The Patuh app must be closed:
a folder the app has open is refused. The backup is checked completely first; then the current
data is backed up (reason "restore") and kept aside in DIR/previous-<time>, and the restored data
is switched in. An interrupted restore is finished the next time Patuh or this command starts.
A backup from an older Patuh is migrated when the app next opens the folder.

Options:
  --data DIR   The data folder to restore into
  -h, --help   Show this help

Exit codes: 0 restored, 1 the backup or the folder is bad (nothing was changed), 2 wrong command line.`;

const text = (key: string, params?: Record<string, unknown>) => (translator('en') as unknown as (k: string, p?: object) => string)(key, params);
const problemLines = (problems: readonly Issue[]) => problems.map((p) => text(p.message, p.params));
const size = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

function domainFailure(error: unknown, subject: string): never {
  if (!(error instanceof DomainError)) throw error;
  throw new CliFailure(`${subject}: ${text(error.message)}`, EXIT.badInput, problemLines(error.details?.issues ?? []));
}

function oneFile(positionals: string[], usage: string): string {
  const [file, extra] = positionals;
  if (!file) throw usageError('missing FILE', usage);
  if (extra) throw usageError(`unexpected argument: ${extra}`, usage);
  return resolve(file);
}

function describeBackup(b: BackupSummary): string {
  const c = b.counts;
  return [
    `made ${b.createdAt} (${b.reason}) by ${b.device.name} [${b.device.id}] with Patuh ${b.appVersion}`,
    `entities ${c.entities}, audits ${c.audits}, findings ${c.findings}, attachments ${c.attachments}`,
    `schema ${b.schemaVersion} of ${b.currentSchemaVersion}${b.schemaVersion < b.currentSchemaVersion ? ' (migrated when restored)' : ''}`,
  ].join('; ');
}

async function create(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { data: { type: 'string' }, out: { type: 'string' } }, CREATE_USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length) throw usageError(`unexpected argument: ${parsed.positionals[0]}`, CREATE_USAGE);
  if (!parsed.values.data) throw usageError('missing --data DIR', CREATE_USAGE);
  if (!parsed.values.out) throw usageError('missing --out FILE', CREATE_USAGE);
  const dataDir = resolve(parsed.values.data);
  const out = resolve(parsed.values.out);
  const databasePath = join(dataDir, DATABASE_FILE);
  if (!existsSync(databasePath)) throw new CliFailure(`${parsed.values.data}: no Patuh database (${DATABASE_FILE}) in this folder`, EXIT.badInput);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  let file: BackupFile;
  try {
    const applied = appliedMigrations(db);
    if (applied.length === 0) throw new CliFailure(`${parsed.values.data}: ${DATABASE_FILE} is not a Patuh database`, EXIT.badInput);
    file = await createBackup({ db, dataDir, device: deviceIdentity(dataDir), version: 'cli' }, out, 'manual', new Date()).catch((e: unknown) => domainFailure(e, parsed.values.out!));
  } finally {
    db.close();
  }
  recordLastCopy(dataDir, file);
  io.out(`Backed up ${dataDir} to ${file.path} (${size(file.bytes)}); read back and verified.`);
  return EXIT.ok;
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, VERIFY_USAGE, io);
  if (!parsed) return EXIT.ok;
  const file = oneFile(parsed.positionals, VERIFY_USAGE);
  const report: BackupReport = await inspectBackup(file, tmpdir(), '');
  if (parsed.values.json) io.out(JSON.stringify(report, null, 2));
  if (!report.ok) {
    const n = report.problems.length;
    throw new CliFailure(`${file}: not restorable (${n} problem${n === 1 ? '' : 's'})`, EXIT.badInput, problemLines(report.problems));
  }
  if (!parsed.values.json) io.out(`${file}: good backup, ${size(report.bytes)}; ${describeBackup(report.backup!)}`);
  return EXIT.ok;
}

async function restore(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { data: { type: 'string' } }, RESTORE_USAGE, io);
  if (!parsed) return EXIT.ok;
  const file = oneFile(parsed.positionals, RESTORE_USAGE);
  if (!parsed.values.data) throw usageError('missing --data DIR', RESTORE_USAGE);
  const dataDir = resolve(parsed.values.data);
  const databasePath = join(dataDir, DATABASE_FILE);
  mkdirSync(dataDir, { recursive: true });
  if (databaseInUse(databasePath)) {
    throw new CliFailure(`${parsed.values.data}: the Patuh app has this data folder open; close the app, then run this again`, EXIT.badInput);
  }
  if (recoverRestore(dataDir) === 'completed') io.out('Finished a restore that was interrupted earlier.');
  const device = deviceIdentity(dataDir);
  const steps = { verify: `Checking ${file}...`, safetyBackup: 'Backing up the current data...', switch: 'Switching to the restored data...' };
  const result = await restoreBackup(
    {
      dataDir,
      publicKey: device.publicKey,
      now: () => new Date(),
      safetyBackup: () => safetyBackup(dataDir, databasePath, device, io),
      withDatabaseClosed: (change) => change(),
    },
    file,
    (step) => io.out(steps[step]),
  ).catch((e: unknown) => domainFailure(e, file));
  io.out(`Restored ${file} into ${dataDir}: ${describeBackup(result.backup)}.`);
  io.out(`The data as it was is kept in ${result.previousFolder}${result.safetyBackup ? ` and backed up to ${result.safetyBackup.path}` : ''}.`);
  return EXIT.ok;
}

/** The current data, backed up before it is replaced; a database that cannot be read is still kept aside. */
async function safetyBackup(dataDir: string, databasePath: string, device: ReturnType<typeof deviceIdentity>, io: CliIo): Promise<BackupFile | null> {
  if (!existsSync(databasePath)) return null;
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    if (appliedMigrations(db).length === 0) {
      db.close();
      return null;
    }
  } catch (error) {
    db.close();
    io.err(`warning: the current database cannot be read (${(error as Error).message}); it is only kept aside`);
    return null;
  }
  try {
    return await writeAutomaticBackup({ db, dataDir, device, version: 'cli', now: () => new Date(), settings: confSettings(dataDir) }, 'restore');
  } finally {
    db.close();
  }
}

export const backupCommand = commandGroup('backup', USAGE, { create, verify, restore });
