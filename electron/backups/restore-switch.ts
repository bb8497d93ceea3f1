import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { backupsFolder } from './backup-folder';
import { syncFolder, writeFileDurably } from './durable-files';

/**
 * The switch from the current data to a restored copy, made safe against a crash or SIGKILL at
 * any point. The verified copy waits complete in <data>/restore-staging; a journal listing the
 * renames is written (durably) before the first one; each rename is atomic, and a step is done
 * again only while its source exists and its target does not. So at start-up an interrupted
 * switch is simply run to its end (recoverRestore), and without a journal a staging folder is
 * just an unfinished extraction and is removed: the data is as before or fully restored.
 */
export const STAGING = 'restore-staging';
export const JOURNAL = 'restore-journal.json';

/** The database's WAL and shared-memory files move with it: a restored database must never meet the old WAL. */
const CURRENT = ['patuh.sqlite-wal', 'patuh.sqlite-shm', 'patuh.sqlite', 'attachments'];
const RESTORED = ['patuh.sqlite', 'attachments'];

const part = '(patuh\\.sqlite(-wal|-shm)?|attachments)';
const stepSchema = z.strictObject({
  from: z.string().regex(new RegExp(`^(${STAGING}/)?${part}$`)),
  to: z.string().regex(new RegExp(`^(previous-[0-9A-Za-z-]+/)?${part}$`)),
});
const journalSchema = z.strictObject({ previous: z.string().regex(/^previous-[0-9A-Za-z-]+$/), steps: z.array(stepSchema) });
export type SwitchJournal = z.infer<typeof journalSchema>;

/** The renames, relative to the data folder: the current data into `previous`, then the staged copy into place. */
export function switchPlan(dataDir: string, previous: string): SwitchJournal {
  const steps = [
    ...CURRENT.filter((name) => existsSync(join(dataDir, name))).map((name) => ({ from: name, to: `${previous}/${name}` })),
    ...RESTORED.filter((name) => existsSync(join(dataDir, STAGING, name))).map((name) => ({ from: `${STAGING}/${name}`, to: name })),
  ];
  return { previous, steps };
}

export function applyStep(dataDir: string, step: SwitchJournal['steps'][number]): void {
  const from = join(dataDir, step.from);
  const to = join(dataDir, step.to);
  if (!existsSync(from) || existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Switches to the staged copy; the database must be closed. Returns <data>/<previous>. */
export function switchToStaged(dataDir: string, previous: string): string {
  const journal = switchPlan(dataDir, previous);
  writeFileDurably(join(dataDir, JOURNAL), JSON.stringify(journal));
  mkdirSync(join(dataDir, previous), { recursive: true });
  try {
    applyAll(dataDir, journal);
  } catch (error) {
    // E.g. Windows refusing a rename while a virus scanner holds a file: put back what moved.
    // Should that fail too, the journal stays and the switch is finished at start-up.
    for (const step of [...journal.steps].reverse()) applyStep(dataDir, { from: step.to, to: step.from });
    rmdirSync(join(dataDir, previous));
    rmSync(join(dataDir, JOURNAL), { force: true });
    throw error;
  }
  cleanUp(dataDir);
  return join(dataDir, previous);
}

function applyAll(dataDir: string, journal: SwitchJournal): void {
  for (const step of journal.steps) applyStep(dataDir, step);
  syncFolder(dataDir);
  syncFolder(join(dataDir, journal.previous));
}

/** After the last rename: the journal goes first (the switch is done), then the emptied staging folder. */
function cleanUp(dataDir: string): void {
  rmSync(join(dataDir, JOURNAL), { force: true });
  syncFolder(dataDir);
  rmSync(join(dataDir, STAGING), { recursive: true, force: true });
}

/**
 * At start-up, before the database is opened: completes a switch a crash interrupted, removes an
 * unfinished extraction and the work folders of an interrupted backup. Refuses (throws) when the
 * journal cannot be read, rather than guess which data is the user's.
 */
export function recoverRestore(dataDir: string): 'none' | 'completed' | 'discarded' {
  cleanBackupWork(dataDir);
  const journalFile = join(dataDir, JOURNAL);
  if (existsSync(journalFile)) {
    const parsed = journalSchema.safeParse(readJson(journalFile));
    if (!parsed.success) throw new Error(`${journalFile} cannot be read: an interrupted restore cannot be finished. Move the file away to start with the data as it is.`);
    applyAll(dataDir, parsed.data);
    cleanUp(dataDir);
    return 'completed';
  }
  if (!existsSync(join(dataDir, STAGING))) return 'none';
  rmSync(join(dataDir, STAGING), { recursive: true, force: true });
  return 'discarded';
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Leftovers of an interrupted backup: its work and verification folders and half-written files. */
function cleanBackupWork(dataDir: string): void {
  const folder = backupsFolder(dataDir);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (/^\.(work|verify)-/.test(name) || name.endsWith('.patuh-tmp')) rmSync(join(folder, name), { recursive: true, force: true });
  }
}
