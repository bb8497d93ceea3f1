// Audit packages, end to end through the real handler table:
// - export of one audit with 20 camera-sized photos (252 answer slots), read back and verified,
//   against a plain copy of the same bytes on the same disk (the floor);
// - import of that package on a fresh laptop (verify, automatic backup, one transaction);
// - import of 30 packages (a city's sealed units) into one laptop, one after another;
// - the three-way merge of two full 252-slot audits (the pure function), against a structured
//   clone of the same data (the floor for touching every slot once);
// with the event loop's worst delay while each runs (the Electron main process serves the window).
// Run: node tests/bench/packages.bench.mjs
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch, seedEntity, mergeAudit } = await loadServices(
  'packages-services',
  "export { seedEntity } from './tests/integration/support/report-fixture';\nexport { mergeAudit } from './shared/merge';\n",
);

const dirs = [];
function laptop() {
  const dir = mkdtempSync(join(tmpdir(), 'patuh-bench-pkg-'));
  dirs.push(dir);
  const desktop = stubDesktop(dir);
  const services = startServices(dir, confSettings(dir), 'bench', desktop.desktop);
  const call = async (channel, input) => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  return { dir, services, call, desktop };
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times `fn` `runs` times; returns the median ms and the worst event-loop delay seen. */
async function measure(runs, fn) {
  const times = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    times.push(ms(t0));
  }
  loop.disable();
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), loopMax: loop.max / 1e6 };
}
const line = (label, m, extra = '') =>
  console.log(`${label.padEnd(46)} median ${m.median.toFixed(0)} ms  (min ${m.min.toFixed(0)}, max ${m.max.toFixed(0)})  event loop max ${m.loopMax.toFixed(0)} ms${extra}`);

try {
  const lead = laptop();
  const { units } = await seedEntity({ call: lead.call }, { units: 1, photos: 20, grain: true, counts: { OU: 30 } });
  const auditId = units[0].auditId;
  let path = '';
  const exported = await measure(5, async (i) => {
    path = join(lead.dir, `export-${i}.patuh`);
    lead.desktop.queueSavePath(path);
    await lead.call('packages.export', { selection: { auditIds: [auditId] } });
  });
  const size = statSync(path).size;
  const copy = await measure(5, (i) => copyFileSync(path, join(lead.dir, `copy-${i}.patuh`)));
  line('export, 1 audit, 20 photos (verified)', exported, `  ${(size / 1e6).toFixed(1)} MB; plain copy ${copy.median.toFixed(1)} ms, ratio ${(exported.median / copy.median).toFixed(1)}x`);

  // Fresh laptops opened beforehand: opening and migrating a database is not part of an import.
  const receivers = Array.from({ length: 5 }, () => laptop());
  const imported = await measure(5, async (i) => {
    receivers[i].services.ctx.chosenPaths.add(path);
    await receivers[i].call('packages.import', { path });
  });
  receivers.forEach((r) => r.services.close());
  line('import on a fresh laptop (incl. backup)', imported);

  const city = laptop();
  const seeded = await seedEntity({ call: city.call }, { units: 30 });
  const paths = [];
  for (const [i, u] of seeded.units.entries()) {
    const p = join(city.dir, `unit-${i}.patuh`);
    city.desktop.queueSavePath(p);
    await city.call('packages.export', { selection: { auditIds: [u.auditId] } });
    paths.push(p);
  }
  const coordinator = laptop();
  const thirty = await measure(1, async () => {
    for (const [i, p] of paths.entries()) {
      coordinator.services.ctx.chosenPaths.add(p);
      await coordinator.call('packages.import', { path: p, backupFirst: i === 0 });
    }
  });
  line('import of 30 packages (one backup first)', thirty, `  ${(thirty.median / 30).toFixed(0)} ms per package`);

  // Two auditors' full versions of one 252-slot audit: every slot differs from the base, a third on both sides.
  const detail = await lead.call('audits.get', { auditId });
  const groupOf = Object.fromEntries(detail.template.groups.flatMap((g) => g.items.map((it) => [it.id, g.id])));
  const side = (f) => ({
    respondents: Object.fromEntries(Object.entries(detail.audit.respondents).map(([g, r]) => [g, { count: r.count, labels: r.labels.map((l) => l.label) }])),
    answers: Object.fromEntries(Object.entries(detail.answers).map(([item, v]) => [item, v.map((_, slot) => f(item, slot))])),
    answerProv: Object.fromEntries(Object.entries(detail.answers).map(([item, v]) => [item, v.map(() => ({ by: 'x', device: 'd', at: '2024-01-01T00:00:00Z' }))])),
    notes: {}, noteProv: {}, evidence: [],
  });
  const slots = Object.values(detail.answers).reduce((n, v) => n + v.length, 0);
  const base = side(() => null);
  const locals = Array.from({ length: 50 }, (_, k) => side((item, slot) => (item.length + slot + k) % 2));
  const incoming = side((item, slot) => (slot % 3 === 0 ? (item.length + slot) % 2 : 1));
  const merged = await measure(50, (i) => mergeAudit(base, locals[i], incoming, groupOf));
  const cloned = await measure(50, (i) => structuredClone(locals[i]));
  const conflicts = mergeAudit(base, locals[0], incoming, groupOf).conflicts.length;
  console.log(`merge of two full audits (${slots} slots)`.padEnd(46), `median ${merged.median.toFixed(2)} ms; structuredClone ${cloned.median.toFixed(2)} ms, ratio ${(merged.median / cloned.median).toFixed(1)}x; ${conflicts} conflicts`);
  for (const l of [lead, city, coordinator]) l.services.close();
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
