// `npm run -s bench -- [--json] [--filter name] [--browser] [--warmup runs]`: p50/p95 of the engines' hot paths; with
// --browser (after a build) also the live checklist's latency in Chromium (scripts/bench/checklist-latency.ts).
import { parseArgs } from 'node:util';
import type { BenchResult } from '../lib/bench/measure';
import { setWarmupOverride } from '../lib/bench/measure';
import { benchmarks } from './bench/benchmarks';
import { checklistLatency } from './bench/checklist-latency';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { json: { type: 'boolean', default: false }, filter: { type: 'string' }, browser: { type: 'boolean', default: false }, warmup: { type: 'string' } },
});

// --warmup N times every benchmark after N runs instead of its own warm-up (20 reproduces the old figures).
setWarmupOverride(values.warmup === undefined ? undefined : Number(values.warmup));
const selected = benchmarks.filter((benchmark) => !values.filter || benchmark.name.includes(values.filter));
const results: BenchResult[] = [];
for (const benchmark of selected) {
  const result = await benchmark.run();
  if (result) results.push(result);
}
if (values.browser) results.push(await checklistLatency());

if (values.json) {
  process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
} else {
  const width = Math.max(...results.map((result) => result.name.length), 4);
  process.stdout.write(`${'name'.padEnd(width)}  ${'p50 ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  ${'n'.padStart(6)}\n`);
  for (const result of results) {
    const memory = result.memory_mb_per_room === undefined ? '' : `  ${result.memory_mb_per_room.toFixed(3)} MiB/room, server CPU ${result.server_cpu_ms_per_edit?.toFixed(3)} ms/edit`;
    const cluster = result.errors === undefined ? '' : `  ${result.errors} errors, ${result.db_rows_per_room?.toFixed(1)} db rows/room`;
    process.stdout.write(`${result.name.padEnd(width)}  ${result.p50_ms.toFixed(3).padStart(9)}  ${result.p95_ms.toFixed(3).padStart(9)}  ${String(result.n).padStart(6)}${memory}${cluster}\n`);
  }
}
