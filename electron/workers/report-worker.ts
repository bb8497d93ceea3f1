import { parentPort } from 'node:worker_threads';
import { buildReport, type FindingPart, type FindingsJob, type ReportJob } from './report-jobs';

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

/** Findings jobs whose findings are still arriving in parts, by job id. */
const gathering = new Map<number, FindingsJob>();

type Message =
  | { id: number; job: ReportJob; inParts?: boolean }
  | { id: number; part: unknown[] }
  | { id: number; end: true }
  | { id: number; abort: true };

async function build(id: number, job: ReportJob): Promise<void> {
  try {
    const bytes = await buildReport(job);
    // The bytes move to the main thread instead of being copied (a Buffer that is a view into a
    // larger or shared pool is copied first: transferring the pool would take what is not ours).
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
    const buffer = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
    parentPort!.postMessage({ id, bytes: buffer }, [buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

parentPort?.on('message', (message: Message) => {
  if ('part' in message) {
    gathering.get(message.id)?.data.findings.push(...(revive(message.part) as FindingPart[]));
  } else if ('abort' in message) {
    gathering.delete(message.id);
  } else if ('end' in message) {
    const job = gathering.get(message.id);
    gathering.delete(message.id);
    if (job) void build(message.id, job);
  } else {
    const job = revive(message.job) as ReportJob;
    if (message.inParts && job.kind === 'findings') gathering.set(message.id, job);
    else void build(message.id, job);
  }
});
