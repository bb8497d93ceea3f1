// Word report generation, end to end through the real handler table (read the database, check
// evidence hashes, build the document, lay out the pages for the table of contents, zip, write):
// - an audit report: 2022-2024 method with every respondent slot filled (Output at 30 users,
//   252 slots) and 20 camera-sized photos;
// - an entity report: 30 sealed units, each also audited the year before.
// Run: node tests/bench/report.bench.mjs   (bundles the services with esbuild; prints figures)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch, seedEntity } = await loadServices('report-services', "export { seedEntity } from './tests/integration/support/report-fixture';\n");

function servicesIn(dataDir) {
  const services = startServices(dataDir, confSettings(dataDir), 'bench', stubDesktop(dataDir).desktop);
  const call = async (channel, input) => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  return { services, call };
}

/** Runs `fn` once to warm up, then `runs` times; `fn` returns the written file (or null) for its size. */
async function timeRuns(label, runs, fn) {
  await fn(); // warm-up: module initialisation and the template cache
  const times = [];
  let size = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const file = await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (file) size = `, ${(statSync(file.path).size / 1e6).toFixed(2)} MB`;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(40)} median ${median.toFixed(0)} ms   min ${times[0].toFixed(0)} ms   max ${times[times.length - 1].toFixed(0)} ms   (${runs} runs${size})`);
}

const dirs = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'patuh-bench-report-'));
  dirs.push(dir);
  return servicesIn(dir);
};

try {
  {
    const { services, call } = fresh();
    const { units } = await seedEntity({ call }, { units: 1, photos: 20, grain: true, counts: { OU: 30 } });
    await timeRuns('audit report, 252 slots, 20 photos', 7, () => call('reports.exportAudit', { auditId: units[0].auditId, language: 'id' }));
    services.close();
  }
  {
    const { services, call } = fresh();
    const { entity } = await seedEntity({ call }, { units: 30, previousYear: 2022 });
    await timeRuns('entity overview (screen data), 30 units', 7, async () => {
      await call('reports.entityOverview', { entityId: entity.id, year: 2023 });
      return null;
    });
    await timeRuns('entity report, 30 units', 5, () => call('reports.exportEntity', { entityId: entity.id, year: 2023, language: 'id' }));
    services.close();
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
