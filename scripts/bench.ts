// `npm run -s bench -- [--json] [--filter name] [--browser] [--warmup runs] [--gc]`: p50/p95 of the engines' hot paths, each with
// the 1-minute load average when it finished (and the load before and after, as `uptime` prints it);
// with --browser (after a build) also the live checklist's latency in Chromium (scripts/bench/checklist-latency.ts);
// with --gc, per benchmark, how many timed runs a garbage collection landed in and what the runs without one cost.
import { availableParallelism, loadavg } from 'node:os';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Collection, GcSplit, TimedRun } from '../lib/bench/gc-split';
import { splitByCollections } from '../lib/bench/gc-split';
import type { BenchResult } from '../lib/bench/measure';
import { setSampleRecorder, setWarmupOverride } from '../lib/bench/measure';
import { benchmarks } from './bench/benchmarks';
import { checklistLatency } from './bench/checklist-latency';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { json: { type: 'boolean', default: false }, filter: { type: 'string' }, browser: { type: 'boolean', default: false }, warmup: { type: 'string' }, gc: { type: 'boolean', default: false } },
});

// --warmup N times every benchmark after N runs instead of its own warm-up (20 reproduces the old figures).
setWarmupOverride(values.warmup === undefined ? undefined : Number(values.warmup));
const selected = benchmarks.filter((benchmark) => !values.filter || benchmark.name.includes(values.filter));
const results: BenchResult[] = [];
// --gc: the timed runs of each benchmark and every collection Node reports, matched up after the runs.
const timedRuns = new Map<string, TimedRun[]>();
const collections: Collection[] = [];
const observer = values.gc
  ? new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
        collections.push({ start: entry.startTime, duration: entry.duration, kind: kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'young' : 'old' });
      }
    })
  : undefined;
if (observer) {
  observer.observe({ entryTypes: ['gc'] });
  setSampleRecorder((name, start, end) => {
    const runs = timedRuns.get(name) ?? [];
    runs.push({ start, end });
    timedRuns.set(name, runs);
  });
}
// The load average as `uptime` prints it (1, 5 and 15 minutes), rounded: before the runs, and per benchmark after it.
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);
const loadBefore = load();
for (const benchmark of selected) {
  const result = await benchmark.run();
  if (result) results.push({ ...result, load_1m: load()[0] ?? 0 });
}
if (values.browser) results.push(await checklistLatency());
const splits = new Map<string, GcSplit>();
if (observer) {
  // Entries reach the observer on a later task: let them arrive before reading them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  setSampleRecorder(undefined);
  for (const [name, runs] of timedRuns) splits.set(name, splitByCollections(runs, collections));
}

const machine = { cores: availableParallelism(), load_before: loadBefore, load_after: load() };
if (values.json) {
  const gc = splits.size > 0 ? { gc: Object.fromEntries(splits) } : {};
  process.stdout.write(`${JSON.stringify({ results, ...gc, machine }, null, 2)}\n`);
} else {
  const width = Math.max(...results.map((result) => result.name.length), 4);
  process.stdout.write(`load average: ${machine.load_before.join(', ')} before, ${machine.load_after.join(', ')} after, on ${machine.cores} cores\n`);
  process.stdout.write(`${'name'.padEnd(width)}  ${'p50 ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  ${'n'.padStart(6)}  ${'load'.padStart(6)}\n`);
  for (const result of results) {
    const memory = result.memory_mb_per_room === undefined ? '' : `  ${result.memory_mb_per_room.toFixed(3)} MiB/room, server CPU ${result.server_cpu_ms_per_edit?.toFixed(3)} ms/edit`;
    const cluster = result.errors === undefined ? '' : `  ${result.errors} errors, ${result.db_rows_per_room?.toFixed(1)} db rows/room`;
    const loadText = result.load_1m === undefined ? '' : result.load_1m.toFixed(2);
    process.stdout.write(`${result.name.padEnd(width)}  ${result.p50_ms.toFixed(3).padStart(9)}  ${result.p95_ms.toFixed(3).padStart(9)}  ${String(result.n).padStart(6)}  ${loadText.padStart(6)}${memory}${cluster}\n`);
    const split = splits.get(result.name);
    if (split) {
      process.stdout.write(
        `${''.padEnd(width)}  gc: young collection in ${split.runs_with_young}/${split.runs} runs (median ${split.p50_with_young_ms.toFixed(3)} ms), old in ${split.runs_with_old}; ` +
          `runs without: p50 ${split.p50_without_ms.toFixed(3)}, p95 ${split.p95_without_ms.toFixed(3)} ms\n`,
      );
    }
  }
}
