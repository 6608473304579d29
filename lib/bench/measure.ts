export type BenchResult = {
  name: string;
  p50_ms: number;
  p95_ms: number;
  n: number;
  /** room-fanout only: the rooms server's heap growth per loaded room, in MiB. */
  memory_mb_per_room?: number;
  /** room-fanout only: the rooms server's CPU time per canvas edit, in ms (connections and fan-out included). */
  server_cpu_ms_per_edit?: number;
  /** rooms-cluster-fanout only: errors of the run (refusals, lost acks, missed or out-of-order deliveries); 0 when all is well. */
  errors?: number;
  /** rooms-cluster-fanout only: rows the run left in the database per room, all tables together. */
  db_rows_per_room?: number;
  /**
   * The machine's 1-minute load average (as `uptime` prints it) when the benchmark finished, set by `npm run bench`:
   * a p95 taken while other processes hold the cores says more about them than about the code.
   */
  load_1m?: number;
};

/** The value at `fraction` (0..1) of an ascending list (nearest rank); 0 for an empty list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Runs before timing when a benchmark names none. */
export const DEFAULT_WARMUP = 20;
let warmupOverride: number | undefined;

/**
 * Makes every later `measure` warm up this many runs whatever its benchmark asks (`npm run bench -- --warmup 20`
 * reproduces the short warm-up); undefined restores each benchmark's own. Throws on a negative or fractional count.
 */
export function setWarmupOverride(runs: number | undefined): void {
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 0)) throw new Error(`warm-up must be a whole number of runs, got ${runs}`);
  warmupOverride = runs;
}

/** Called after each timed run with the benchmark's name and the run's start and end (ms on `now`'s clock). */
export type SampleRecorder = (name: string, start: number, end: number) => void;
let sampleRecorder: SampleRecorder | undefined;

/**
 * Makes every later `measure` report each timed run (not the warm-up) to `recorder`; undefined stops it.
 * `npm run bench -- --gc` uses it to tell runs a garbage collection landed in from the others.
 */
export function setSampleRecorder(recorder: SampleRecorder | undefined): void {
  sampleRecorder = recorder;
}

/** Times `run` n times after a warm-up (JIT, caches; `DEFAULT_WARMUP` runs unless told) and reports the median and 95th percentile. */
export function measure(name: string, run: () => unknown, options: { n?: number; warmup?: number; now?: () => number } = {}): BenchResult {
  const n = options.n ?? 200;
  const now = options.now ?? (() => performance.now());
  const warmup = warmupOverride ?? options.warmup ?? DEFAULT_WARMUP;
  for (let index = 0; index < warmup; index += 1) run();
  const samples: number[] = [];
  for (let index = 0; index < n; index += 1) {
    const start = now();
    run();
    const end = now();
    samples.push(end - start);
    sampleRecorder?.(name, start, end);
  }
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { name, p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)), n };
}
