import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../shared/contract';
import { nextTurn } from '../services/next-turn';
import { buildReport, type FindingPart, type FindingsJob, type ReportJob } from './report-jobs';

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
  w.on('error', (error) => failAll(w, error));
  w.on('exit', (code) => failAll(w, new Error(`report worker exited (${code})`)));
  worker = w;
  return w;
}

function failAll(w: Worker, error: Error): void {
  // A stopped worker's late exit must not fail the jobs of the one started after it.
  if (worker !== w) return;
  worker = null;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

/**
 * Stops the reports being built: the worker is ended (a build is one long synchronous run, so
 * there is no gentler way in) and each waiting export fails with CANCELLED before it writes. The
 * next report starts a new worker. Returns how many were stopped.
 */
export function cancelReports(): number {
  const w = worker;
  if (!w || pending.size === 0) return 0;
  const stopped = pending.size;
  failAll(w, new DomainError('CANCELLED', 'errors.reportCancelled'));
  void w.terminate();
  return stopped;
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

/** Parts of this many findings at a time (about 10 to 20 ms of reading each): one structured clone of 5,000 held main for 110 ms. */
const PART = 50;

/**
 * A findings report whose findings are read and sent across a part at a time, the event loop
 * given a turn after each: main neither reads nor copies 5,000 findings in one go, and never holds
 * them all. `read` gives one finding's part (its detail and photos).
 */
export async function buildFindingsReportOffThread<T>(head: FindingsJob, items: T[], read: (item: T) => FindingPart): Promise<Buffer> {
  const w = reportWorker();
  if (!w) {
    const findings: FindingPart[] = [];
    for (let i = 0; i < items.length; i += PART) {
      findings.push(...items.slice(i, i + PART).map(read));
      await nextTurn();
    }
    return buildReport({ ...head, data: { ...head.data, findings } });
  }
  const id = nextId++;
  const done = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
  // Failed (cancelled, worker died) while parts are still going out: seen when returned, not unhandled meanwhile.
  done.catch(() => undefined);
  w.ref();
  w.postMessage({ id, job: head, inParts: true });
  try {
    for (let i = 0; i < items.length; i += PART) {
      w.postMessage({ id, part: items.slice(i, i + PART).map(read) });
      await nextTurn();
      // The worker died meanwhile: `done` already holds its error.
      if (!pending.has(id)) return done;
    }
  } catch (error) {
    // Reading failed here: the worker drops what it gathered, and nothing waits on this job.
    pending.delete(id);
    if (pending.size === 0) w.unref();
    w.postMessage({ id, abort: true });
    throw error;
  }
  w.postMessage({ id, end: true });
  return done;
}

/** How many reports this process had built by its worker (a check that bundles carry the worker). */
export const reportsBuiltOffThread = (): number => builtOffThread;
