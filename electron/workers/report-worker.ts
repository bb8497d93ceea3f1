import { parentPort } from 'node:worker_threads';
import { buildReport, type ReportJob } from './report-jobs';

/**
 * The worker thread that builds Word reports (bundled as report-worker.mjs beside each Node
 * bundle). Building a report is seconds of synchronous XML work in `docx`; here it does not hold
 * the main process's event loop, which answers the window.
 */
/** A Buffer crosses a thread as a plain Uint8Array; the report code expects Buffers (photos, logo, fonts). */
function revive(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) return value.map(revive);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, revive(v)]));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

parentPort?.on('message', async ({ id, job }: { id: number; job: ReportJob }) => {
  try {
    const bytes = await buildReport(revive(job) as ReportJob);
    // The bytes move to the main thread instead of being copied.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    parentPort!.postMessage({ id, bytes: buffer }, [buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
