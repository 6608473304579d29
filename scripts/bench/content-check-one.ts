import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { percentile } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';

const RUNS = 5;
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * `npm run content:check -- <slug>` as a mentor runs it between two saves: the whole command line
 * (tsx, the cached bundle, one case, MDX verdicts cached after the first run), timed wall-clock from
 * spawn to exit, RUNS times after one warm-up run that builds the caches. The target is under 3 s.
 */
export function benchContentCheckOne(slug = 'iot-telemetry'): BenchResult {
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const run = () => {
    const start = performance.now();
    const result = spawnSync(tsx, ['scripts/content-check.ts', slug], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`content:check ${slug} exited with ${result.status}: ${result.stderr}`);
    return performance.now() - start;
  };
  run();
  const samples = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
  return { name: 'content-check-one', p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)), n: RUNS };
}
