// Excel workbooks through the real handler table: the results workbook of a 30-unit city (every
// item by respondent: about 3,700 rows), and a checklist template workbook checked and imported
// (the 2022-2024 template, 41 items, written in the docs/template-xlsx.md layout).
// Run: node tests/bench/excel.bench.mjs   (bundles the services with esbuild; prints figures)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch, seedEntity, buildTemplateWorkbook, BUILTIN_TEMPLATES } = await loadServices('excel-services', [
  "export { seedEntity } from './tests/integration/support/report-fixture';",
  "export { buildTemplateWorkbook } from './electron/excel/template-write';",
  "export { BUILTIN_TEMPLATES } from './shared/methodology/builtin';",
].join('\n'));

async function timeRuns(label, runs, fn) {
  await fn(); // warm-up: loading exceljs and the template cache
  const times = [];
  let size = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const file = await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (file?.path) size = `, ${(statSync(file.path).size / 1e3).toFixed(0)} kB`;
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${times[Math.floor(times.length / 2)].toFixed(0)} ms   min ${times[0].toFixed(0)} ms   max ${times[times.length - 1].toFixed(0)} ms   (${runs} runs${size})`);
}

const dir = mkdtempSync(join(tmpdir(), 'patuh-bench-excel-'));
try {
  const services = startServices(dir, confSettings(dir), 'bench', stubDesktop(dir).desktop);
  const call = async (channel, input) => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const { entity } = await seedEntity({ call }, { units: 30 });
  await timeRuns('results workbook, 30 units (xlsx)', 5, () => call('reports.exportEntityXlsx', { entityId: entity.id, year: 2023, language: 'id' }));

  const template = BUILTIN_TEMPLATES.find((t) => t.id === 'ori-2022-2024');
  // One new version per run (warm-up included), written beforehand so only the import is timed.
  const workbooks = [];
  for (let v = 2; v <= 7; v++) workbooks.push((await buildTemplateWorkbook({ ...template, version: v }, new Date('2025-01-01T00:00:00Z'))).toString('base64'));
  await timeRuns('template workbook checked and imported, 41 items', 5, () => call('templates.importXlsx', { base64: workbooks.shift() }));
  services.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
