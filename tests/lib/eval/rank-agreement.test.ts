import { describe, expect, it } from 'vitest';
import { averageRanks, meanAbsoluteDifference, spearmanRho } from '../../../lib/eval/rank-agreement';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
});

describe('spearmanRho', () => {
  it('is 1 for the same order and -1 for the reverse, whatever the scale', () => {
    expect(spearmanRho([1, 2, 3, 4], [10, 40, 90, 100])).toBeCloseTo(1);
    expect(spearmanRho([1, 2, 3, 4], [9, 7, 3, 1])).toBeCloseTo(-1);
  });
  it('matches a worked example with ties (scipy.stats.spearmanr gives 0.8)', () => {
    // expected ranks 1,2,3,4,5 ; actual [1,3,2,5,4] -> rho = 1 - 6*4/(5*24) = 0.8
    expect(spearmanRho([10, 20, 30, 40, 50], [1, 3, 2, 5, 4])).toBeCloseTo(0.8);
    // with a tie on the actual side: ranks 1, 2.5, 2.5, 4 -> pearson on ranks
    expect(spearmanRho([1, 2, 3, 4], [5, 6, 6, 8])).toBeCloseTo(0.9487, 3);
  });
  it('is undefined (null) when one side is constant or there is one pair', () => {
    expect(spearmanRho([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearmanRho([1], [2])).toBeNull();
  });
});

describe('meanAbsoluteDifference', () => {
  it('averages the absolute gaps', () => {
    expect(meanAbsoluteDifference([0, 50, 100], [10, 40, 70])).toBeCloseTo(50 / 3);
    expect(meanAbsoluteDifference([], [])).toBe(0);
  });
});
