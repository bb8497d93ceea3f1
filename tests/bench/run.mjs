// `npm run bench`: runs every tests/bench/*.bench.mjs in turn and prints its figures.
// Benchmarks print numbers only; they never pass or fail on timings.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benches = readdirSync('tests/bench').filter((f) => f.endsWith('.bench.mjs')).sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const status = spawnSync(process.execPath, [`tests/bench/${file}`], { stdio: 'inherit' }).status;
  if (status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
