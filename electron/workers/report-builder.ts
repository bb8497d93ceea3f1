import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildReport, type ReportJob } from './report-jobs';

/** Beside the bundle that runs (dist/electron, dist/cli, dist/test-host, a benchmark's bundle). */
const WORKER_FILE = 'report-worker.mjs';

let worker: Worker | null = null;
let nextId = 1;
let builtOffThread = 0;
const pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

function workerFile(): string | null {
  try {
    const file = fileURLToPath(new URL(`./${WORKER_FILE}`, import.meta.url));
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** One worker for the process's reports, started on the first and kept; idle, it never holds the process open. */
function reportWorker(): Worker | null {
  if (worker) return worker;
  const file = workerFile();
  if (!file) return null;
  const w = new Worker(file);
  w.unref();
  w.on('message', ({ id, bytes, failure }: { id: number; bytes?: ArrayBuffer; failure?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) w.unref();
    if (!job) return;
    if (bytes) {
      builtOffThread++;
      job.resolve(Buffer.from(bytes));
    }
    else job.reject(new Error(`report worker: ${failure}`));
  });
  // A worker that died fails what it held; the next report starts a new one.
  w.on('error', (error) => failAll(error));
  w.on('exit', (code) => failAll(new Error(`report worker exited (${code})`)));
  worker = w;
  return w;
}

function failAll(error: Error): void {
  worker = null;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

/**
 * Builds a Word report off the main thread when the worker's file is there (every built bundle);
 * run from source (Vitest), where there is no bundled worker, it builds here.
 */
export function buildReportOffThread(job: ReportJob): Promise<Buffer> {
  const w = reportWorker();
  if (!w) return buildReport(job);
  return new Promise<Buffer>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    // Held open while it works, so a command-line run waits for its report.
    w.ref();
    w.postMessage({ id, job });
  });
}

/** How many reports this process had built by its worker (a check that bundles carry the worker). */
export const reportsBuiltOffThread = (): number => builtOffThread;
