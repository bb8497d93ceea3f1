import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Another process on the same data folder, in the middle of a write: a worker thread opens the
 * database, takes the write lock (BEGIN IMMEDIATE) and holds it for `ms`, then commits. Resolves
 * once the lock is held; `released` resolves once it is let go.
 */
export async function holdWriteLock(databasePath: string, ms: number): Promise<{ released: Promise<void> }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.module);
     const db = new Database(workerData.path);
     db.exec('BEGIN IMMEDIATE');
     parentPort.postMessage('locked');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { module: createRequire(import.meta.url).resolve('better-sqlite3'), path: databasePath, ms } },
  );
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { released: new Promise((resolve) => worker.once('exit', () => resolve())) };
}
