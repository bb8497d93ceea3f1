import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * PRAGMA integrity_check reads every page in one synchronous call: about a second per few hundred
 * MB, which on the main thread would freeze the app's IPC for that long. So it runs in a worker
 * thread (better-sqlite3 supports them). The worker is plain CommonJS source given the driver's
 * resolved path, so it needs no extra file in any bundle; where a worker cannot load the driver
 * (it must be packaged where Node can reach it), the check runs here instead.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  parentPort.postMessage({ lines: db.pragma('integrity_check').map((r) => r.integrity_check) });
} catch (error) {
  parentPort.postMessage({ failure: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}`;

type Outcome = { lines: string[] } | { failure: string };

/** The lines integrity_check reports (['ok'] for a sound file); rejects when the file cannot be opened as a database. */
export function integrityCheck(file: string): Promise<string[]> {
  return new Promise<Outcome>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file } });
    } catch {
      return resolve(checkHere(file));
    }
    worker.once('message', (outcome: Outcome) => resolve(outcome));
    worker.once('error', () => resolve(checkHere(file)));
  }).then((outcome) => {
    if ('failure' in outcome) throw new Error(outcome.failure);
    return outcome.lines;
  });
}

function checkHere(file: string): Outcome {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return { lines: (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check) };
  } catch (error) {
    return { failure: (error as Error).message };
  } finally {
    db?.close();
  }
}
