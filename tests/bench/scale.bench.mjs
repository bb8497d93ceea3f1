// A province's scale (issue 10): 34 entities, 600 units, 5,000 audits (1.26 M answers) and 5,000
// ISO findings (seeding: scale-seed.mjs). Then every channel the UI calls, through the real handler
// table, median of 3, each with the worst event-loop delay of this process meanwhile
// (monitorEventLoopDelay): in the app this process is Electron's main, which must keep answering
// the window. Then 300 answers on a 252-slot draft, each one a change, against a bare one-row
// insert on the same file in the same run. The findings report of all 5,000 and the entity report of
// 100 units run in children with a 1 GB heap (--max-old-space-size=1024), so running out of memory
// is a figure, not a crash.
// Run: node tests/bench/scale.bench.mjs   (bundles the services with esbuild; about 2 minutes)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadServices } from './load-services.mjs';
import { screensBench } from './screens.bench.mjs';
import { AUDITS, FINDINGS, seedProvince } from './scale-seed.mjs';

const REPOS = `export { auditsRepo } from './electron/db/audits-repo';
export { auditContentRepo } from './electron/db/audit-content-repo';
export { registryRepo } from './electron/db/registry-repo';
`;
const loaded = await loadServices('scale-services', REPOS);
const { startServices, confSettings, stubDesktop, dispatch } = loaded;
const NOW = { now: () => new Date('2026-06-30T09:00:00Z') };

if (process.argv[2] === '--report-child') await reportChild(process.argv[3], process.argv[4]);
else await main();

async function main() {
  // SCALE_DATA=folder keeps the seeded folder and reuses it on the next run (seeding takes most of a minute).
  const kept = process.env.SCALE_DATA;
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'patuh-bench-scale-'));
  const desktop = stubDesktop(dataDir);
  let services = startServices(dataDir, confSettings(dataDir), 'bench', desktop.desktop, NOW);
  const seedFile = join(dataDir, 'bench-seed.json');
  let seed;
  if (kept && existsSync(seedFile)) seed = JSON.parse(readFileSync(seedFile, 'utf8'));
  else {
    seed = await seedProvince(services, callOf(services), loaded);
    writeFileSync(seedFile, JSON.stringify(seed));
  }
  const dbBytes = statSync(join(dataDir, 'patuh.sqlite')).size;
  console.log(`seeded ${AUDITS} audits (${seed.answers.toLocaleString('en')} answers) in ${seed.auditsSeconds.toFixed(1)} s, ${FINDINGS} findings in ${seed.findingsSeconds.toFixed(1)} s; database ${(dbBytes / 1e6).toFixed(0)} MB`);
  // A fresh process opens the folder, as the app does after start: nothing warm from seeding.
  services.close();
  services = startServices(dataDir, confSettings(dataDir), 'bench', desktop.desktop, NOW);
  const c = callOf(services);
  const [e0, e1, e2] = seed.entities;

  console.log(`\nchannel (median of 3; event-loop max over the 3 calls)`);
  const rows = [
    ['audits.list {} (first call: cold)', () => c('audits.list', {}), 1],
    ['audits.list {} (home, before: 5,000 rows)', () => c('audits.list', {})],
    ['audits.list {limit: 5} (home)', () => c('audits.list', { limit: 5 })],
    ['audits.list {limit: 51} (audits screen page)', () => c('audits.list', { limit: 51 })],
    ['audits.list search "Kantor" (many)', () => c('audits.list', { search: 'Kantor', limit: 51 })],
    ['audits.list search "Layanan 7-1" (few)', () => c('audits.list', { search: 'Layanan 7-1', limit: 51 })],
    ['audits.list zone green', () => c('audits.list', { zone: 'green', limit: 51 })],
    ['audits.list entity + year', () => c('audits.list', { entityId: e2.id, year: 2023, limit: 51 })],
    ['entities.list', () => c('entities.list', { search: '', includeArchived: false })],
    ['units.list (100 units)', () => c('units.list', { entityId: e0.id, search: '', includeArchived: true })],
    ['templates.list', () => c('templates.list', {})],
    ['reports.entityOverview (30 units)', () => c('reports.entityOverview', { entityId: e1.id })],
    ['reports.entityOverview (100 units)', () => c('reports.entityOverview', { entityId: e0.id })],
    ['reports.entityOverview x 34 (all entities)', async () => { for (const e of seed.entities) await c('reports.entityOverview', { entityId: e.id }); }],
    ['findings.list {}', () => c('findings.list', {})],
    ['findings.list one entity', () => c('findings.list', { entityId: e1.id })],
    ['findings.list {limit: 50} (register page)', () => c('findings.list', { limit: 50 })],
    ['findings.list {limit: 50, offset: 2950}', () => c('findings.list', { limit: 50, offset: 2950 })],
    ['findings.list search "loket" (register page)', () => c('findings.list', { search: 'loket', limit: 50 })],
    ['findings.count {} / search "loket"', async () => [await c('findings.count', {}), await c('findings.count', { search: 'loket' })]],
    ['findings.dashboard {}', () => c('findings.dashboard', {})],
    ['reports.exportAudit (252 slots, sealed)', () => { desktop.queueSavePath(join(dataDir, 'audit.docx')); return c('reports.exportAudit', { auditId: seed.modelAuditId }); }],
    ['reports.exportEntity (30 units)', () => { desktop.queueSavePath(join(dataDir, 'entity30.docx')); return c('reports.exportEntity', { entityId: e1.id, year: 2024 }); }],
    ['reports.exportEntity (100 units)', () => { desktop.queueSavePath(join(dataDir, 'entity100.docx')); return c('reports.exportEntity', { entityId: e0.id, year: 2024 }); }],
    ['findings.exportCsv (5,000)', () => { desktop.queueSavePath(join(dataDir, 'findings.csv')); return c('findings.exportCsv', {}); }],
    ['findings.exportReport (one entity, 150)', () => { desktop.queueSavePath(join(dataDir, 'findings-e1.docx')); return c('findings.exportReport', { filter: { entityId: e1.id } }); }],
  ];
  // QUICK=1: lists, overviews and answers only (no Word reports), for a fast loop while tuning.
  const quick = process.env.QUICK === '1';
  for (const [label, fn, runs] of quick ? rows.filter(([label]) => !/export/.test(label)) : rows) {
    const r = await timed(fn, runs ?? 3);
    const size = Array.isArray(r.value) ? `  ${r.value.length} rows` : r.value && r.value.path ? `  ${(statSync(r.value.path).size / 1024).toFixed(0)} KB` : '';
    console.log(`${label.padEnd(46)} ${fmt(r.ms).padStart(9)}   loop max ${fmt(r.loopMax).padStart(9)}${size}`);
  }

  // The window asks for something cheap 10 ms after asking for a report: how long it waits.
  for (const [label, start] of quick ? [] : [
    ['an entity report (30 units)', () => { desktop.queueSavePath(join(dataDir, 'entity30b.docx')); return c('reports.exportEntity', { entityId: e1.id, year: 2024 }); }],
    ['a findings report (150)', () => { desktop.queueSavePath(join(dataDir, 'findings-e1b.docx')); return c('findings.exportReport', { filter: { entityId: e1.id } }); }],
  ]) {
    const t0 = performance.now();
    const report = start();
    await new Promise((r) => setTimeout(r, 10));
    await c('entities.list', { search: '', includeArchived: false });
    const waited = performance.now() - t0 - 10;
    await report;
    console.log(`entities.list asked 10 ms into ${label}: answered ${fmt(waited)} later`);
  }

  await answers(c, services, seed, 'at 5,000 audits');
  services.close();

  // Each heavy report in its own child with a 1 GB heap, so running out of memory is a figure, not a crash.
  for (const [kind, what] of [['findings', `findings report of all ${FINDINGS}`], ['entity100', 'entity report of 100 units']]) {
    const child = quick ? { status: 0, stdout: 'skipped (QUICK=1)' } : spawnSync(process.execPath, ['--max-old-space-size=1024', fileURLToPath(import.meta.url), '--report-child', kind, dataDir], { encoding: 'utf8' });
    console.log(`\n${what} (child, 1 GB heap): ${child.status === 0 ? child.stdout.trim() : `failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''}): ${(child.stderr.match(/FATAL ERROR[^\n]*/) ?? [child.stderr.trim().split('\n').slice(-3).join(' | ')])[0]}`}`);
  }

  // The home and audits screens in Chromium on this folder (needs `npm run build`; says so otherwise).
  await screensBench(dataDir);

  const empty = mkdtempSync(join(tmpdir(), 'patuh-bench-empty-'));
  const fresh = startServices(empty, confSettings(empty), 'bench', stubDesktop(empty).desktop, NOW);
  const fc = callOf(fresh);
  const entity = await fc('entities.create', { kind: 'pemkot', name: 'Kota Kosong' });
  const unit = await fc('units.create', { entityId: entity.id, fields: { name: 'Dinas Kosong' } });
  const { audit, template } = await fc('audits.create', { unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2024 }, auditors: [{ name: 'Bench' }], respondents: { OU: { count: 30 } } });
  await answers(fc, fresh, { draftAuditId: audit.id, template }, 'on an empty database');
  fresh.close();
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}, data in ${tmpdir()}`);
  rmSync(empty, { recursive: true, force: true });
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}

/** 300 answers on a 252-slot draft, each a change (pass p writes p % 2), against bare one-row inserts. */
async function answers(c, services, seed, label) {
  const audit = await c('audits.get', { auditId: seed.draftAuditId });
  const slots = seed.template.groups.flatMap((g) => g.items.flatMap((i) => Array.from({ length: audit.audit.respondents[g.id].count }, (_, s) => [i.id, s])));
  const N = 300;
  const db = services.ctx.db;
  db.exec('CREATE TABLE IF NOT EXISTS bench_floor (k INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO bench_floor (v) VALUES (?)');
  // Interleaved with the answers, so both see the same load on the machine.
  const answerTimes = [];
  const floorTimes = [];
  for (let i = 0; i < N; i++) {
    const [itemId, slot] = slots[i % slots.length];
    const pass = Math.floor(i / slots.length);
    const t0 = performance.now();
    await c('audits.answer', { auditId: seed.draftAuditId, itemId, slot, value: pass % 2 });
    answerTimes.push(performance.now() - t0);
    const t1 = performance.now();
    db.transaction(() => insert.run(String(i)))();
    floorTimes.push(performance.now() - t1);
  }
  const a = stats(answerTimes);
  const f = stats(floorTimes);
  console.log(`\n${N} answers ${label}, each a change (252 slots):`);
  console.log(`  audits.answer     p50 ${fmt(a.p50)}  p99 ${fmt(a.p99)}  max ${fmt(a.max)}`);
  console.log(`  bare 1-row insert p50 ${fmt(f.p50)}  p99 ${fmt(f.p99)}  max ${fmt(f.max)}`);
  console.log(`  ratio             p50 ${(a.p50 / f.p50).toFixed(1)}x  p99 ${(a.p99 / f.p99).toFixed(1)}x`);
}

async function reportChild(kind, dataDir) {
  const desktop = stubDesktop(dataDir);
  const services = startServices(dataDir, confSettings(dataDir), 'bench', desktop.desktop, NOW);
  const seed = JSON.parse(readFileSync(join(dataDir, 'bench-seed.json'), 'utf8'));
  desktop.queueSavePath(join(dataDir, `report-${kind}.docx`));
  const t0 = performance.now();
  let peak = 0;
  let rss = 0;
  // The report is built in a worker thread: the process's resident size counts its heap too.
  const sample = () => { const m = process.memoryUsage(); peak = Math.max(peak, m.heapUsed); rss = Math.max(rss, m.rss); };
  const sampler = setInterval(sample, 50);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, 12));
  const file = kind === 'findings'
    ? await callOf(services)('findings.exportReport', { filter: {} })
    : await callOf(services)('reports.exportEntity', { entityId: seed.entities[0].id, year: 2024 });
  histogram.disable();
  clearInterval(sampler);
  sample();
  console.log(`${fmt(performance.now() - t0)}, ${(statSync(file.path).size / 1e6).toFixed(1)} MB, peak main heap ${(peak / 1e6).toFixed(0)} MB, peak process RSS (main and worker) ${(rss / 1e6).toFixed(0)} MB, loop max ${fmt(histogram.max / 1e6)}`);
  services.close();
}

function callOf(services) {
  return async (channel, input) => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
}

async function timed(fn, runs) {
  const times = [];
  let value;
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  for (let r = 0; r < runs; r++) {
    // The monitor's timer must tick once before a call, or a call that blocks from the start goes unseen.
    await new Promise((resolve) => setTimeout(resolve, 12));
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  // A stall is recorded only when the monitor's next tick comes: let it come.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  return { ms: stats(times).p50, loopMax: histogram.max / 1e6, value };
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { p50: at(50), p99: at(99), max: s.at(-1) };
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}
