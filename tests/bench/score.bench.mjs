// Recompute time of the live score: the largest built-in template with every slot answered.
// Run: node tests/bench/score.bench.mjs   (bundles shared/ with esbuild in memory; prints figures)
import { build } from 'esbuild';

const entry = `
export { BUILTIN_TEMPLATES } from './shared/methodology/builtin';
export { scoreUnit } from './shared/scoring/score-unit';
export { pathToTarget } from './shared/scoring/path-to-target';
export { SCALE_MAX } from './shared/methodology/template-schema';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const { BUILTIN_TEMPLATES, scoreUnit, pathToTarget, SCALE_MAX } = mod;

// Largest = most answer slots; Output at 30 users (the Ombudsman's own sample size).
const slots = (t, counts) => t.groups.reduce((n, g) => n + g.items.length * counts[g.id], 0);
const countsFor = (t) => Object.fromEntries(t.groups.map((g) => [g.id, g.respondents.kind === 'user' ? 30 : g.respondents.defaultCount]));
const template = [...BUILTIN_TEMPLATES].sort((a, b) => slots(b, countsFor(b)) - slots(a, countsFor(a)))[0];
const respondentCounts = countsFor(template);
let seed = 1;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const answers = Object.fromEntries(
  template.groups.flatMap((g) => g.items.map((i) => [i.id, Array.from({ length: respondentCounts[g.id] }, () => Math.floor(rand() * (SCALE_MAX[i.scale] + 1)))])),
);
const input = { respondentCounts, answers };

function median(fn, batches = 51, perBatch = 2000) {
  for (let i = 0; i < perBatch * 5; i++) fn(); // warm-up for the JIT
  const times = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    times.push(Number(process.hrtime.bigint() - t0) / perBatch / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(batches / 2)];
}

const score = scoreUnit(template, input);
console.log(`template ${template.id} v${template.version}: ${score.itemCount} items, ${slots(template, respondentCounts)} slots filled, score ${score.score}`);
console.log(`scoreUnit     median ${median(() => scoreUnit(template, input)).toFixed(2)} µs per recompute`);
console.log(`pathToTarget  median ${median(() => pathToTarget(template, input), 31, 500).toFixed(2)} µs per call`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
