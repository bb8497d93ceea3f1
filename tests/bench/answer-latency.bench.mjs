// Time from an answer to its durable write: 1,000 `audits.answer` calls through the real handler
// table on a real SQLite file (WAL, synchronous=FULL), each measured from the call to its
// acknowledgement (committed and fsynced, new score computed). Every call changes its slot (pass p
// over the 252 slots writes p % 2, the opposite of the pass before), so none is a no-op. For
// comparison, the same number of bare one-row inserts (one transaction each) on the same file in
// the same run: the floor the disk sets, and the ratio.
// Run: node tests/bench/answer-latency.bench.mjs   (bundles the services with esbuild; prints figures)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch } = await loadServices('services');

const N = 1000;
const dataDir = mkdtempSync(join(tmpdir(), 'patuh-bench-'));
const services = startServices(dataDir, confSettings(dataDir), 'bench', stubDesktop(dataDir).desktop);
const call = async (channel, input) => {
  const r = await dispatch(services.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
};

const entity = await call('entities.create', { kind: 'pemkot', name: 'Kota Bench' });
const unit = await call('units.create', { entityId: entity.id, fields: { name: 'Dinas Bench' } });
// 30 service users, as the Ombudsman samples: the largest audit the live score has to handle.
const { audit, template } = await call('audits.create', {
  unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023 }, auditors: [{ name: 'Bench' }],
  respondents: { OU: { count: 30 } },
});
const slots = template.groups.flatMap((g) => g.items.flatMap((i) => Array.from({ length: audit.respondents[g.id].count }, (_, s) => [i.id, s])));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const report = (label, times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${label.padEnd(28)} median ${percentile(sorted, 50).toFixed(2)} ms   p99 ${percentile(sorted, 99).toFixed(2)} ms   mean ${mean.toFixed(2)} ms   max ${sorted[sorted.length - 1].toFixed(2)} ms`);
};

const db = services.ctx.db;
db.exec('CREATE TABLE bench_floor (k INTEGER PRIMARY KEY, v TEXT)');
const insert = db.prepare('INSERT INTO bench_floor (v) VALUES (?)');
// Interleaved, so both see the same load on the machine (other suites share its 2 cores).
const answerTimes = [];
const floorTimes = [];
for (let i = 0; i < N; i++) {
  const [itemId, slot] = slots[i % slots.length];
  const value = Math.floor(i / slots.length) % 2;
  const t0 = process.hrtime.bigint();
  await call('audits.answer', { auditId: audit.id, itemId, slot, value });
  answerTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const t1 = process.hrtime.bigint();
  db.transaction(() => insert.run(String(i)))();
  floorTimes.push(Number(process.hrtime.bigint() - t1) / 1e6);
}

console.log(`${N} answers, ${slots.length} slots (${template.id} v${template.version}, Output at 30 users); journal_mode=${db.pragma('journal_mode', { simple: true })}, synchronous=${db.pragma('synchronous', { simple: true })} (2 = FULL)`);
report('audits.answer (to ack)', answerTimes);
report('bare 1-row insert', floorTimes);
const p = (times, q) => percentile([...times].sort((a, b) => a - b), q);
console.log(`ratio answer / bare insert: p50 ${(p(answerTimes, 50) / p(floorTimes, 50)).toFixed(1)}x, p99 ${(p(answerTimes, 99) / p(floorTimes, 99)).toFixed(1)}x`);
const changed = db.prepare("SELECT COUNT(*) AS n FROM audit_trail WHERE action = 'answer'").get().n;
console.log(`${changed} of ${N} calls wrote a change (trail entries)`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}, data in ${tmpdir()}`);
services.close();
rmSync(dataDir, { recursive: true, force: true });
