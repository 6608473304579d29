import { percentile } from './measure';

/** One timed run of a benchmark, in ms on the `performance.now()` clock. */
export type TimedRun = { start: number; end: number };

/** One garbage collection as Node's `PerformanceObserver` reports a `gc` entry: start and duration in ms, and its kind. */
export type Collection = { start: number; duration: number; kind: 'young' | 'old' };

/** How much of a benchmark's tail is garbage collection (all times in ms, rounded to 0.001). */
export type GcSplit = {
  /** Timed runs. */
  runs: number;
  /** Runs a young-generation collection (scavenge) started in. */
  runs_with_young: number;
  /** Runs an old-generation collection (mark-compact, or an incremental marking step) started in. */
  runs_with_old: number;
  /** p50 and p95 of the runs no collection started in: what the code itself costs. */
  p50_without_ms: number;
  p95_without_ms: number;
  /** Median of the runs a young collection started in (0 when none did). */
  p50_with_young_ms: number;
  /** Total collection time that started inside timed runs. */
  gc_ms: number;
};

/**
 * Splits timed runs by whether a garbage collection started inside them. A p95 above the target with
 * `p95_without_ms` under it means the tail is collection, not the code: when more than 5% of runs
 * hold a young collection, the p95 is a collection's pause. `runs` and `collections` need not be sorted.
 */
export function splitByCollections(runs: readonly TimedRun[], collections: readonly Collection[]): GcSplit {
  const sorted = [...collections].sort((a, b) => a.start - b.start);
  const without: number[] = [];
  const withYoung: number[] = [];
  let withOld = 0;
  let gc = 0;
  for (const run of runs) {
    let young = false;
    let old = false;
    for (const collection of sorted) {
      if (collection.start < run.start) continue;
      if (collection.start >= run.end) break;
      gc += collection.duration;
      if (collection.kind === 'young') young = true;
      else old = true;
    }
    const time = run.end - run.start;
    if (young) withYoung.push(time);
    if (old) withOld += 1;
    if (!young && !old) without.push(time);
  }
  without.sort((a, b) => a - b);
  withYoung.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    runs: runs.length,
    runs_with_young: withYoung.length,
    runs_with_old: withOld,
    p50_without_ms: round(percentile(without, 0.5)),
    p95_without_ms: round(percentile(without, 0.95)),
    p50_with_young_ms: round(percentile(withYoung, 0.5)),
    gc_ms: round(gc),
  };
}
