import { describe, expect, it } from 'vitest';
import { applyMap, fitIsotonic, fitMap, roundOf } from '../../scripts/calibration/fit-map';
import type { FitOptions, Pair } from '../../scripts/calibration/fit-map';

const pinned: FitOptions = { knots: [0, 25, 50, 75, 100], pinLow: 0, pinHigh: 100, noLiftUpTo: 40, coarseStep: 2 };
const pairs = (list: readonly [number, number][]): Pair[] => list.map(([raw, expected]) => ({ raw, expected }));

describe('roundOf', () => {
  it('reads the blind round from the id, 0 for the untagged first set', () => {
    expect(roundOf('card-payments-deep-dive-r9-gamed-reversal-updates-entry')).toBe(9);
    expect(roundOf('practice-r12-kafka-strong-four-bullets')).toBe(12);
    expect(roundOf('card-payments-diagram-strong-plain')).toBe(0);
  });
});

describe('applyMap', () => {
  it('interpolates between knots, clamps outside them and rounds', () => {
    const knots = [
      { raw: 0, value: 0 },
      { raw: 50, value: 40 },
      { raw: 100, value: 100 },
    ];
    expect(applyMap(knots, 25)).toBe(20);
    expect(applyMap(knots, 75)).toBe(70);
    expect(applyMap(knots, 0)).toBe(0);
    expect(applyMap(knots, 100)).toBe(100);
    expect(applyMap(knots, 33)).toBe(26);
  });
});

describe('fitMap', () => {
  it('leaves the scale alone when the interviewer agrees with the engine', () => {
    const map = fitMap(pairs([[0, 0], [25, 25], [50, 50], [75, 75], [100, 100], [60, 60]]), pinned);
    expect(map.map((knot) => knot.value)).toEqual([0, 25, 50, 75, 100]);
  });

  it('lifts a partial answer the interviewer rates higher (3 of 4 points at 75 signed 84), keeping 0 and 100', () => {
    const map = fitMap(pairs([[0, 0], [0, 0], [25, 25], [50, 50], [75, 84], [75, 84], [75, 84], [100, 100]]), pinned);
    expect(map[0]).toEqual({ raw: 0, value: 0 });
    expect(map[3]).toEqual({ raw: 75, value: 84 });
    expect(map[4]).toEqual({ raw: 100, value: 100 });
  });

  it('never lifts a low raw score above itself under the no-lift guard (gamed answers cannot rise)', () => {
    const map = fitMap(pairs([[25, 45], [25, 45], [25, 45], [50, 50], [100, 100]]), pinned);
    expect(map[1]!.value).toBeLessThanOrEqual(25);
    const free = fitMap(pairs([[25, 45], [25, 45], [25, 45], [50, 50], [100, 100]]), { ...pinned, noLiftUpTo: null });
    expect(free[1]!.value).toBe(45);
  });

  it('stays non-decreasing when the hand grades fall as the raw score rises', () => {
    const map = fitMap(pairs([[25, 60], [50, 40], [75, 20], [100, 100]]), { ...pinned, noLiftUpTo: null });
    for (let i = 1; i < map.length; i += 1) expect(map[i]!.value).toBeGreaterThanOrEqual(map[i - 1]!.value);
  });

  it('fits the value at 100 only when it is not pinned', () => {
    const data = pairs([[100, 88], [100, 88], [100, 90], [0, 0]]);
    expect(fitMap(data, pinned)[4]!.value).toBe(100);
    expect(fitMap(data, { ...pinned, pinHigh: null })[4]!.value).toBe(88);
  });
});

describe('fitIsotonic', () => {
  it('pools adjacent violators into their mean and keeps pinned ends', () => {
    const map = fitIsotonic(pairs([[10, 30], [20, 10], [60, 70]]), 0, 100);
    expect(map).toEqual([
      { raw: 0, value: 0 },
      { raw: 10, value: 20 },
      { raw: 20, value: 20 },
      { raw: 60, value: 70 },
      { raw: 100, value: 100 },
    ]);
  });
});
