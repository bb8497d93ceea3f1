// Backups of a large data folder: "Back up now" (online snapshot of the live database, zip with
// every evidence file, read back and verified) and restore (full check, extraction, safety backup
// of the current data, switch, reopen), through the real handler table. During each, the
// event-loop delay of this process (node:perf_hooks monitorEventLoopDelay): in the app this is
// main, which must keep answering the page. Baseline in the same run: a plain copy of the same
// bytes (the database file and the attachments folder), and the ratio; and 3 s of idling, whose
// event-loop delay is the floor that the machine's other load sets.
// Seeding: one institution, 500 units audited over 10 years = 5,000 audits (2022-2024 method,
// every slot answered), inserted through the repositories in one transaction; 60 camera-sized photos.
// Run: node tests/bench/backup.bench.mjs   (bundles the services with esbuild; prints figures)
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch, auditsRepo, auditContentRepo, registryRepo, photoPng } = await loadServices(
  'backup-services',
  `export { auditsRepo } from './electron/db/audits-repo';
export { auditContentRepo } from './electron/db/audit-content-repo';
export { registryRepo } from './electron/db/registry-repo';
export { photoPng } from './tests/support/photo';
`,
);

const UNITS = Number(process.env.UNITS ?? 500);
const YEARS = 10;
const PHOTOS = 60;
const dataDir = mkdtempSync(join(tmpdir(), 'patuh-bench-backup-'));
const usb = mkdtempSync(join(tmpdir(), 'patuh-bench-usb-'));
const desktop = stubDesktop(dataDir);
const services = startServices(dataDir, confSettings(dataDir), 'bench', desktop.desktop);
const call = async (channel, input) => {
  const r = await dispatch(services.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
};
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
const mb = (bytes) => (bytes / 1e6).toFixed(1);

// One audit through the handlers pins the template and gives the shape every other audit copies.
const entity = await call('entities.create', { kind: 'pemkot', name: 'Kota Bench' });
const first = await call('units.create', { entityId: entity.id, fields: { name: 'Unit 0' } });
const model = await call('audits.create', { unitId: first.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2015 }, auditors: [{ name: 'Bench' }] });
for (let p = 0; p < PHOTOS; p++) {
  await call('audits.attachEvidence', { auditId: model.audit.id, itemId: model.template.groups[0].items[0].id, file: { name: `foto-${p}.png`, mime: 'image/png', base64: photoPng(1024, 768, p + 1, true).toString('base64') } });
}

const seedStart = process.hrtime.bigint();
const db = services.ctx.db;
const registry = registryRepo(db);
const audits = auditsRepo(db);
const content = auditContentRepo(db);
const now = new Date().toISOString();
const prov = { by: 'Bench', device: services.ctx.device.id };
let answers = 0;
db.transaction(() => {
  for (let u = 0; u < UNITS; u++) {
    const unitId = randomUUID();
    registry.insertUnit(unitId, entity.id, { name: `Kantor Kecamatan ${u}`, category: 'Pelayanan publik', address: '', headName: '' }, now);
    for (let y = 0; y < YEARS; y++) {
      const id = randomUUID();
      audits.insert(id, { unitId, template: model.audit.template, period: { year: 2016 + y, label: '', start: null, end: null }, auditors: [{ name: 'Bench', nip: '' }] }, now);
      for (const g of model.template.groups) {
        const { count, labels } = model.audit.respondents[g.id];
        audits.setRespondents(id, g.id, count, labels);
        for (const item of g.items) {
          for (let slot = 0; slot < count; slot++) {
            content.setAnswer(id, item.id, slot, (u + y + slot + item.id.length) % 2, now, prov);
            answers++;
          }
        }
      }
    }
  }
})();
const seeded = seconds(seedStart);
db.pragma('wal_checkpoint(TRUNCATE)');
const dbBytes = statSync(join(dataDir, 'patuh.sqlite')).size;
const photoBytes = db.prepare('SELECT SUM(size) AS n FROM attachments').get().n;
console.log(`seeded ${UNITS * YEARS} audits, ${answers.toLocaleString('en')} answers in ${seeded.toFixed(1)} s (one transaction); database ${mb(dbBytes)} MB, ${PHOTOS} photos ${mb(photoBytes)} MB`);

/**
 * Runs `task` with the event-loop delay histogram on, and meanwhile an answer every 100 ms (as an
 * auditor keeps working): returns its seconds, the delays and the answers' latencies in ms.
 */
async function measured(task) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const latencies = [];
  let running = true;
  const answering = (async () => {
    for (let i = 0; running; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const t = process.hrtime.bigint();
      await call('audits.answer', { auditId: model.audit.id, itemId: model.template.groups[0].items[0].id, slot: 0, value: i % 2 });
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  })();
  const t0 = process.hrtime.bigint();
  const value = await task();
  const s = seconds(t0);
  running = false;
  await answering;
  // A stall is recorded only when the next tick of the monitor's timer comes: let it come.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  const ms = (ns) => (ns / 1e6).toFixed(0);
  latencies.sort((a, b) => a - b);
  const answers = latencies.length ? `; ${latencies.length} answers meanwhile, median ${latencies[Math.floor(latencies.length / 2)].toFixed(0)} ms, max ${latencies.at(-1).toFixed(0)} ms` : '';
  return { value, s, delay: `event-loop delay p50 ${ms(histogram.percentile(50))} ms, p99 ${ms(histogram.percentile(99))} ms, max ${ms(histogram.max)} ms${answers}` };
}

function copyBaseline(label) {
  const target = mkdtempSync(join(tmpdir(), 'patuh-bench-copy-'));
  const t0 = process.hrtime.bigint();
  cpSync(join(dataDir, 'patuh.sqlite'), join(target, 'patuh.sqlite'));
  cpSync(join(dataDir, 'attachments'), join(target, 'attachments'), { recursive: true });
  const s = seconds(t0);
  rmSync(target, { recursive: true, force: true });
  console.log(`${label.padEnd(34)} ${s.toFixed(2)} s`);
  return s;
}

const copy = copyBaseline('baseline: plain copy of the bytes');
// The noise floor: the same measurements while this process only answers (other load on the machine shows here).
const idle = await measured(() => new Promise((resolve) => setTimeout(resolve, 3000)));
console.log(`${'idle 3 s (noise floor)'.padEnd(34)} ${idle.delay}`);
desktop.queueSavePath(join(usb, 'bench.patuh-backup'));
const backup = await measured(() => call('backups.createNow', {}));
console.log(`${'back up now (write + verify)'.padEnd(34)} ${backup.s.toFixed(2)} s  (x${(backup.s / copy).toFixed(1)} the copy)  ${mb(backup.value.bytes)} MB file; ${backup.delay}`);

desktop.queueOpenPaths([backup.value.path]);
await call('backups.chooseFile', {});
const inspect = await measured(() => call('backups.inspect', { path: backup.value.path }));
console.log(`${'inspect (full check, db extracted)'.padEnd(34)} ${inspect.s.toFixed(2)} s  ok=${inspect.value.ok}; ${inspect.delay}`);

const restore = await measured(() => call('backups.restore', { path: backup.value.path }));
console.log(`${'restore (check, safety, switch)'.padEnd(34)} ${restore.s.toFixed(2)} s  (x${(restore.s / copy).toFixed(1)} the copy); ${restore.delay}`);
const restored = await call('audits.list', { search: '' });
console.log(`after restore: ${restored.length} audits listed`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}, data in ${tmpdir()}`);
services.close();
rmSync(dataDir, { recursive: true, force: true });
rmSync(usb, { recursive: true, force: true });
