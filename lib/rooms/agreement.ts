import { sampleRankCorrelation } from 'simple-statistics';

/**
 * Spearman's rank correlation of paired values, ties given their midranks (simple-statistics
 * `sampleRankCorrelation`), in [-1, 1]; null with fewer than two pairs or when either side has no
 * spread (all equal), where it is undefined. Throws when the lists differ in length.
 */
export function spearmanRho(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new Error('spearmanRho: the lists differ in length');
  if (x.length < 2) return null;
  const rho = sampleRankCorrelation(x, y);
  return Number.isFinite(rho) ? rho : null;
}

/**
 * Cohen's weighted kappa with quadratic weights (Cohen 1968, Psychological Bulletin 70(4) 213-220) of
 * two raters' integer ratings on the ordinal scale `min..max`: 1 - sum(w * observed) / sum(w *
 * expected), with w(i, j) = (i - j)^2 / (k - 1)^2, observed the joint proportions and expected the
 * product of the two raters' marginal proportions. 1 is perfect agreement, 0 chance level, negative
 * worse than chance. Null with fewer than two pairs, or when chance disagreement is 0 (both raters
 * used one and the same level: kappa is undefined). Checked against the worked examples of Maple's
 * EssayTools[QuadraticWeightedKappa] help page (0.758620689655172 and 0.438095238095238) and, on two
 * levels where it equals unweighted kappa, Wikipedia's "Cohen's kappa" example (0.4). Throws for
 * lists of different length or a rating outside min..max or not an integer.
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[], min: number, max: number): number | null {
  if (a.length !== b.length) throw new Error('quadraticWeightedKappa: the lists differ in length');
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) throw new Error(`quadraticWeightedKappa: the scale ${min}..${max} needs two levels or more`);
  for (const value of [...a, ...b]) {
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`quadraticWeightedKappa: rating ${value} is not a level of ${min}..${max}`);
  }
  const n = a.length;
  if (n < 2) return null;
  const k = max - min + 1;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  for (let index = 0; index < n; index += 1) {
    const i = (a[index] ?? min) - min;
    const j = (b[index] ?? min) - min;
    observed[i]![j]! += 1;
    rowTotals[i]! += 1;
    columnTotals[j]! += 1;
  }
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      observedDisagreement += (weight * observed[i]![j]!) / n;
      expectedDisagreement += (weight * rowTotals[i]! * columnTotals[j]!) / (n * n);
    }
  }
  if (expectedDisagreement === 0) return null;
  return 1 - observedDisagreement / expectedDisagreement;
}
