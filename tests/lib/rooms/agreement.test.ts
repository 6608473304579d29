import { describe, expect, it } from 'vitest';
import { ENGINE_SCORE_BANDS, engineBand } from '@/lib/rooms/agreement-bands';
import { quadraticWeightedKappa, spearmanRho } from '@/lib/rooms/agreement';

describe('quadratic-weighted kappa', () => {
  it('matches the worked examples of Maple EssayTools[QuadraticWeightedKappa] (scale taken from the data, 1..10)', () => {
    const first = [9, 7, 8, 7, 6, 8, 3, 5, 10];
    expect(quadraticWeightedKappa(first, [8, 8, 6, 6, 7, 6, 1, 4, 8], 1, 10)).toBeCloseTo(0.758620689655172, 12);
    expect(quadraticWeightedKappa(first, [3, 5, 6, 6, 7, 6, 1, 4, 8], 1, 10)).toBeCloseTo(0.438095238095238, 12);
  });

  it('equals Cohen\'s kappa on two levels: Wikipedia\'s example (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no) gives 0.4', () => {
    const pairs = [...Array(20).fill([1, 1]), ...Array(5).fill([1, 2]), ...Array(10).fill([2, 1]), ...Array(15).fill([2, 2])] as [number, number][];
    expect(quadraticWeightedKappa(pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1]), 1, 2)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement and -1 for a complete reversal on 1..4', () => {
    expect(quadraticWeightedKappa([1, 2, 3, 4], [1, 2, 3, 4], 1, 4)).toBe(1);
    expect(quadraticWeightedKappa([1, 2, 3, 4], [4, 3, 2, 1], 1, 4)).toBeCloseTo(-1, 12);
  });

  it('weighs a near miss less than a far one', () => {
    const near = quadraticWeightedKappa([1, 2, 3, 4, 2, 3], [1, 2, 3, 4, 3, 3], 1, 4) ?? 0;
    const far = quadraticWeightedKappa([1, 2, 3, 4, 2, 3], [1, 2, 3, 4, 4, 1], 1, 4) ?? 0;
    expect(near).toBeGreaterThan(far);
  });

  it('is undefined (null) with fewer than two pairs or when both raters gave one same level', () => {
    expect(quadraticWeightedKappa([], [], 1, 4)).toBeNull();
    expect(quadraticWeightedKappa([3], [3], 1, 4)).toBeNull();
    expect(quadraticWeightedKappa([2, 2, 2], [2, 2, 2], 1, 4)).toBeNull();
  });

  it('refuses ratings off the scale and lists of different length', () => {
    expect(() => quadraticWeightedKappa([1, 5], [1, 2], 1, 4)).toThrow(/not a level/);
    expect(() => quadraticWeightedKappa([1, 2.5], [1, 2], 1, 4)).toThrow(/not a level/);
    expect(() => quadraticWeightedKappa([1, 2], [1], 1, 4)).toThrow(/differ in length/);
  });
});

describe('Spearman\'s rho', () => {
  it('is 1 for a monotone relation, -1 for a reversed one', () => {
    expect(spearmanRho([10, 30, 55, 90], [1, 2, 3, 4])).toBeCloseTo(1, 12);
    expect(spearmanRho([10, 30, 55, 90], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('gives ties their midranks (scipy.stats.spearmanr([1,2,2,3],[1,3,2,4]) = 0.9486832980505138)', () => {
    expect(spearmanRho([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9486832980505138, 12);
    // The order the pairs are listed in does not matter.
    expect(spearmanRho([2, 1, 3, 2], [3, 1, 4, 2])).toBeCloseTo(0.9486832980505138, 12);
  });

  it('is undefined (null) with fewer than two pairs or no spread', () => {
    expect(spearmanRho([], [])).toBeNull();
    expect(spearmanRho([50], [3])).toBeNull();
    expect(spearmanRho([50, 60, 70], [3, 3, 3])).toBeNull();
  });
});

describe('engine score bands', () => {
  it('cover 0..100 once each, in order, onto 1..4', () => {
    const levels = Array.from({ length: 101 }, (_, score) => engineBand(score));
    expect(levels.filter((level) => level === 1)).toHaveLength((ENGINE_SCORE_BANDS[0]?.max ?? 0) + 1);
    expect([...levels].sort()).toEqual(levels);
    expect(engineBand(0)).toBe(1);
    expect(engineBand(59.4)).toBe(2);
    expect(engineBand(59.6)).toBe(3);
    expect(engineBand(100)).toBe(4);
    expect(engineBand(140)).toBe(4);
  });
});
