import { describe, expect, it } from 'vitest';
import { splitByCollections } from '@/lib/bench/gc-split';
import { measure, setSampleRecorder } from '@/lib/bench/measure';

describe('splitByCollections', () => {
  it('puts a run a young collection started in apart from the runs without one', () => {
    // Ten runs of 4 ms; a 7 ms scavenge starts inside the third run, which took 11 ms.
    const runs = Array.from({ length: 10 }, (_, i) => ({ start: i * 20, end: i * 20 + (i === 2 ? 11 : 4) }));
    const split = splitByCollections(runs, [{ start: 42, duration: 7, kind: 'young' }]);
    expect(split).toEqual({ runs: 10, runs_with_young: 1, runs_with_old: 0, p50_without_ms: 4, p95_without_ms: 4, p50_with_young_ms: 11, gc_ms: 7 });
  });

  it('ignores collections between runs, counts old ones apart, and takes collections in any order', () => {
    const runs = [
      { start: 0, end: 5 },
      { start: 10, end: 30 },
      { start: 40, end: 44 },
    ];
    const split = splitByCollections(runs, [
      { start: 12, duration: 15, kind: 'old' },
      { start: 7, duration: 2, kind: 'young' },
    ]);
    expect(split.runs_with_young).toBe(0);
    expect(split.runs_with_old).toBe(1);
    expect(split.gc_ms).toBe(15);
    expect(split.p50_without_ms).toBe(4);
    expect(split.p95_without_ms).toBe(5);
    expect(split.p50_with_young_ms).toBe(0);
  });
});

describe('setSampleRecorder', () => {
  it('reports each timed run (not the warm-up) with its start and end, until cleared', () => {
    const seen: [string, number, number][] = [];
    let clock = 0;
    setSampleRecorder((name, start, end) => seen.push([name, start, end]));
    try {
      measure('x', () => undefined, { n: 3, warmup: 5, now: () => (clock += 1) });
    } finally {
      setSampleRecorder(undefined);
    }
    expect(seen).toEqual([
      ['x', 1, 2],
      ['x', 3, 4],
      ['x', 5, 6],
    ]);
    measure('y', () => undefined, { n: 2, warmup: 0, now: () => 0 });
    expect(seen).toHaveLength(3);
  });
});
