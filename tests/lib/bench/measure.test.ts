import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WARMUP, measure, percentile, setWarmupOverride } from '@/lib/bench/measure';

describe('measure', () => {
  afterEach(() => setWarmupOverride(undefined));

  it('runs the warm-up the benchmark asks for, then n timed runs', () => {
    let runs = 0;
    const result = measure('x', () => (runs += 1), { n: 10, warmup: 7, now: () => 0 });
    expect(runs).toBe(17);
    expect(result).toEqual({ name: 'x', p50_ms: 0, p95_ms: 0, n: 10 });
  });

  it('warms up DEFAULT_WARMUP runs when the benchmark names none', () => {
    let runs = 0;
    measure('x', () => (runs += 1), { n: 5, now: () => 0 });
    expect(runs).toBe(DEFAULT_WARMUP + 5);
  });

  it('lets --warmup override every benchmark, and undefined restore their own', () => {
    let runs = 0;
    setWarmupOverride(3);
    measure('x', () => (runs += 1), { n: 5, warmup: 250, now: () => 0 });
    expect(runs).toBe(8);
    setWarmupOverride(undefined);
    runs = 0;
    measure('x', () => (runs += 1), { n: 5, warmup: 2, now: () => 0 });
    expect(runs).toBe(7);
  });

  it('refuses a negative or fractional warm-up', () => {
    expect(() => setWarmupOverride(-1)).toThrow(/whole number/);
    expect(() => setWarmupOverride(1.5)).toThrow(/whole number/);
    expect(() => setWarmupOverride(Number.NaN)).toThrow(/whole number/);
  });

  it('reads percentiles by nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([], 0.95)).toBe(0);
  });
});
