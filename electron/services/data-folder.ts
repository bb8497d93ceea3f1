import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FOLDER_MODE, restrictMode } from './data-modes';
import { sweepStaleTemps } from './temp-sweep';

/**
 * Makes the data folder ready before anything opens it: created private (0700), tightened if an
 * older Patuh made it world-readable, and cleared of temp files that a killed write left in it and
 * in the evidence store (attachments/ab/).
 */
export function prepareDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: DATA_FOLDER_MODE });
  restrictMode(dataDir, DATA_FOLDER_MODE);
  sweepStaleTemps(dataDir);
  const attachments = join(dataDir, 'attachments');
  sweepStaleTemps(attachments, 1);
  restrictMode(attachments, DATA_FOLDER_MODE);
  let shards: string[] = [];
  try {
    shards = readdirSync(attachments);
  } catch {
    // No evidence stored yet.
  }
  for (const shard of shards) restrictMode(join(attachments, shard), DATA_FOLDER_MODE);
}
