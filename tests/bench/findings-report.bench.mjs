// ISO findings: how long the register's exports and the dashboard take as the register grows.
// For N findings (each with a five-whys analysis, two corrective actions and about eight history
// rows; every third one closed through verification, every fifth one late), times through the
// real handler table on a real SQLite file: the Word report (read, build with native charts, zip,
// write), the CSV export, the dashboard and the unfiltered list. Median of 3 runs each.
// Run: node tests/bench/findings-report.bench.mjs   (bundles the services with esbuild; prints figures)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServices } from './load-services.mjs';

const { startServices, confSettings, stubDesktop, dispatch } = await loadServices('findings-services');

const CLAUSES = ['4.1', '5.1.2', '6.1', '7.1.5.1', '7.2', '7.5.3', '8.2.1', '8.4.2', '8.5.1', '8.5.2', '8.7', '9.1.2', '9.2', '10.2'];
const GRADES = ['major', 'minor', 'observation', 'ofi'];
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(n) {
  const dataDir = mkdtempSync(join(tmpdir(), 'patuh-bench-findings-'));
  const services = startServices(dataDir, confSettings(dataDir), 'bench', stubDesktop(dataDir).desktop, {
    now: () => new Date('2026-06-30T09:00:00Z'),
  });
  const call = async (channel, input) => {
    const r = await dispatch(services.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  await call('settings.update', { auditorName: 'Bench', institutionName: 'Inspektorat Bench' });
  const entity = await call('entities.create', { kind: 'pemkot', name: 'Kota Bench' });
  const units = [];
  for (const name of ['Dukcapil', 'Dinas Kesehatan', 'Dinas Pendidikan', 'DPMPTSP', 'RSUD', 'BKPSDM']) {
    units.push(await call('units.create', { entityId: entity.id, fields: { name } }));
  }
  for (let i = 0; i < n; i++) {
    const grade = GRADES[i % GRADES.length];
    const f = await call('findings.create', {
      entityId: entity.id,
      fields: {
        unitId: units[i % units.length].id, clause: CLAUSES[i % CLAUSES.length], grade, foundOn: '2026-02-02', auditor: 'Auditor Bench',
        requirement: 'SOP pelayanan langkah 3: verifikasi berkas sebelum perekaman data',
        statement: `Temuan ${i + 1}: berkas permohonan tidak diverifikasi sesuai SOP pada loket ${1 + (i % 4)}`,
        evidence: '12 dari 20 berkas sampel tanpa paraf verifikator; wawancara dengan petugas loket',
      },
    });
    await call('findings.saveAnalysis', { id: f.id, fields: { correction: 'Berkas diperiksa ulang', whys: ['Petugas tidak memeriksa', 'Belum dilatih', 'Tidak ada rencana pelatihan'], rootCause: 'Pelatihan SOP tidak direncanakan' } });
    const late = i % 5 === 0;
    const a1 = await call('findings.addAction', { findingId: f.id, fields: { description: 'Pelatihan SOP untuk semua petugas loket', owner: 'Kepala Seksi', dueDate: late ? '2026-05-01' : '2026-07-15' } });
    await call('findings.addAction', { findingId: f.id, fields: { description: 'Tambahkan kolom paraf verifikator pada formulir', owner: 'Sekretaris', dueDate: '2026-08-01' } });
    if (i % 3 === 0) {
      await call('findings.completeAction', { id: a1.id, doneOn: '2026-03-01' });
      const { actions } = await call('findings.get', { id: f.id });
      for (const a of actions.filter((x) => !x.doneOn)) await call('findings.completeAction', { id: a.id, doneOn: '2026-03-02' });
      await call('findings.transition', { id: f.id, command: 'plan' });
      await call('findings.transition', { id: f.id, command: 'implement' });
      await call('findings.transition', { id: f.id, command: 'verify', verifiedBy: 'Verifikator', verifiedOn: '2026-04-01', note: 'Sampel 30 berkas sesuai' });
      await call('findings.transition', { id: f.id, command: 'close' });
    }
  }
  const time = async (fn) => {
    const times = [];
    let last;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      last = await fn();
      times.push(performance.now() - t0);
    }
    return { ms: median(times), last };
  };
  const report = await time(() => call('findings.exportReport', { filter: {} }));
  const csv = await time(() => call('findings.exportCsv', {}));
  const dashboard = await time(() => call('findings.dashboard', {}));
  const list = await time(() => call('findings.list', {}));
  const history = services.ctx.db.prepare('SELECT COUNT(*) AS n FROM finding_history').get().n;
  console.log(
    `${String(n).padStart(4)} findings (${history} history rows)   report ${report.ms.toFixed(0).padStart(5)} ms, ${(statSync(report.last.path).size / 1024).toFixed(0)} KB` +
      `   csv ${csv.ms.toFixed(1)} ms   dashboard ${dashboard.ms.toFixed(1)} ms   list ${list.ms.toFixed(1)} ms`,
  );
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`Findings exports and dashboard, median of ${RUNS} runs (Node ${process.version})`);
for (const n of [10, 100, 500]) await bench(n);
