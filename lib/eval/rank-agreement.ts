/**
 * Ranks 1..n of the values, ties sharing the average of the ranks they span (the convention Spearman's
 * rho needs so that tied hand grades do not inflate or deflate agreement).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  if (n < 2) return null;
  const meanA = a.reduce((sum, x) => sum + x, 0) / n;
  const meanB = b.reduce((sum, x) => sum + x, 0) / n;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let i = 0; i < n; i += 1) {
    const da = a[i]! - meanA;
    const db = b[i]! - meanB;
    cov += da * db;
    varA += da * da;
    varB += db * db;
  }
  if (varA === 0 || varB === 0) return null;
  return cov / Math.sqrt(varA * varB);
}

/**
 * Spearman's rank correlation between two paired lists (Pearson's r on average ranks), in [-1, 1];
 * null when fewer than two pairs or when either side is constant (rank agreement is then undefined).
 * Source: Spearman (1904); the tie handling is the standard one (e.g. scipy.stats.spearmanr).
 */
export function spearmanRho(expected: readonly number[], actual: readonly number[]): number | null {
  if (expected.length !== actual.length) throw new Error('spearmanRho: lists differ in length');
  return pearson(averageRanks(expected), averageRanks(actual));
}

/** Mean absolute difference between paired scores (points on the 0-100 scale); 0 for empty lists. */
export function meanAbsoluteDifference(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length) throw new Error('meanAbsoluteDifference: lists differ in length');
  if (expected.length === 0) return 0;
  return expected.reduce((sum, value, i) => sum + Math.abs(value - actual[i]!), 0) / expected.length;
}
