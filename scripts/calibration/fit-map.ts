/**
 * Fitting a monotone map from an engine's raw score (0-100) to the interviewer's scale, for the calibration
 * study (`npm run -s calibrate`). Pure; no I/O.
 *
 * A map is piecewise linear through knots `(raw, calibrated)` sorted by raw, from raw 0 to raw 100, with the
 * calibrated values non-decreasing (so the order of answers, hence Spearman's rho, is kept up to ties made by
 * rounding). It is fitted by least absolute deviation (the golden set's figure is the mean absolute difference)
 * over a grid of integer knot values, then refined point by point.
 */

/** One (raw engine score, interviewer's score) pair, both 0-100. */
export type Pair = { raw: number; expected: number };

/** The blind round a golden entry belongs to, from its id (`…-r9-…` is 9); 0 for the first, untagged hand-graded set. */
export function roundOf(id: string): number {
  const match = /-r(\d+)-/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** A knot of a piecewise-linear map: raw engine score -> calibrated score, both 0-100. */
export type Knot = { raw: number; value: number };

/** How a map may be fitted. */
export type FitOptions = {
  /** Raw positions of the knots, ascending, starting at 0 and ending at 100. */
  knots: readonly number[];
  /** Calibrated value at raw 0, or null to fit it. */
  pinLow: number | null;
  /** Calibrated value at raw 100, or null to fit it. */
  pinHigh: number | null;
  /** When set, the map stays at or below the identity for raw scores up to this value (gamed answers cannot rise). */
  noLiftUpTo: number | null;
  /** Grid step of the first pass, in points (refined to 1 afterwards). */
  coarseStep: number;
};

/** The calibrated score of `raw` under a map (linear between knots, clamped to the ends), rounded to an integer. */
export function applyMap(knots: readonly Knot[], raw: number): number {
  return Math.round(interpolate(knots, raw));
}

function interpolate(knots: readonly Knot[], raw: number): number {
  const first = knots[0]!;
  if (raw <= first.raw) return first.value;
  for (let i = 1; i < knots.length; i += 1) {
    const right = knots[i]!;
    if (raw <= right.raw) {
      const left = knots[i - 1]!;
      return left.value + ((raw - left.raw) / (right.raw - left.raw)) * (right.value - left.value);
    }
  }
  return knots[knots.length - 1]!.value;
}

/** Mean absolute difference between the mapped raw scores and the interviewer's (rounded as the app would). */
export function maeOf(knots: readonly Knot[], pairs: readonly Pair[]): number {
  if (pairs.length === 0) return 0;
  let sum = 0;
  for (const pair of pairs) sum += Math.abs(applyMap(knots, pair.raw) - pair.expected);
  return sum / pairs.length;
}

function allowed(options: FitOptions, raw: number, value: number): boolean {
  if (value < 0 || value > 100) return false;
  if (options.noLiftUpTo !== null && raw <= options.noLiftUpTo && value > raw) return false;
  return true;
}

/**
 * The least-absolute-deviation monotone piecewise-linear map through `options.knots` for `pairs`.
 * Exhaustive over a coarse grid of non-decreasing knot values, then coordinate refinement by 1 point
 * until no single knot move lowers the error. Ties go to the map closer to the identity (smaller total
 * |value - raw|), so sparse data leaves the engine's scale alone.
 */
export function fitMap(pairs: readonly Pair[], options: FitOptions): Knot[] {
  const positions = options.knots;
  if (positions[0] !== 0 || positions[positions.length - 1] !== 100) throw new Error('fitMap: knots must run from 0 to 100');
  const fixed = positions.map((raw, i) => (i === 0 ? options.pinLow : i === positions.length - 1 ? options.pinHigh : null));
  // Identical pairs weigh once each with their count: the same error, several times faster over the grid.
  const counted = new Map<string, { raw: number; expected: number; n: number }>();
  for (const pair of pairs) {
    const key = `${pair.raw}:${pair.expected}`;
    const cell = counted.get(key) ?? { raw: pair.raw, expected: pair.expected, n: 0 };
    cell.n += 1;
    counted.set(key, cell);
  }
  const cells = [...counted.values()];
  const total = Math.max(pairs.length, 1);
  const cost = (values: readonly number[]) => {
    const knots = positions.map((raw, i) => ({ raw, value: values[i]! }));
    let sum = 0;
    for (const cell of cells) sum += cell.n * Math.abs(applyMap(knots, cell.raw) - cell.expected);
    const distance = knots.reduce((acc, knot) => acc + Math.abs(knot.value - knot.raw), 0);
    return sum / total + distance * 1e-6;
  };
  let best: number[] | null = null;
  let bestCost = Infinity;
  const values = new Array<number>(positions.length).fill(0);
  const search = (i: number, floor: number) => {
    if (i === positions.length) {
      const c = cost(values);
      if (c < bestCost) {
        bestCost = c;
        best = [...values];
      }
      return;
    }
    const pin = fixed[i];
    const candidates: number[] = [];
    if (pin !== null && pin !== undefined) candidates.push(pin);
    else for (let v = Math.ceil(floor / options.coarseStep) * options.coarseStep; v <= 100; v += options.coarseStep) candidates.push(v);
    for (const v of candidates) {
      if (v < floor || !allowed(options, positions[i]!, v)) continue;
      values[i] = v;
      search(i + 1, v);
    }
  };
  search(0, 0);
  if (best === null) throw new Error('fitMap: no map satisfies the constraints');
  const current: number[] = best;
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < positions.length; i += 1) {
      if (fixed[i] !== null && fixed[i] !== undefined) continue;
      for (const delta of [-1, 1, -2, 2, -3, 3]) {
        const v = current[i]! + delta;
        const low = i === 0 ? 0 : current[i - 1]!;
        const high = i === positions.length - 1 ? 100 : current[i + 1]!;
        if (v < low || v > high || !allowed(options, positions[i]!, v)) continue;
        const trial = [...current];
        trial[i] = v;
        const c = cost(trial);
        if (c < bestCost - 1e-12) {
          bestCost = c;
          current[i] = v;
          improved = true;
        }
      }
    }
  }
  return positions.map((raw, i) => ({ raw, value: current[i]! }));
}

/**
 * Isotonic regression (pool-adjacent-violators, L2) of the interviewer's score on the raw score, as a step
 * map at each distinct raw value (linear between them). For comparison only: its flat steps tie answers
 * the engine told apart.
 */
export function fitIsotonic(pairs: readonly Pair[], pinLow: number | null, pinHigh: number | null): Knot[] {
  const byRaw = new Map<number, { sum: number; n: number }>();
  for (const pair of pairs) {
    const cell = byRaw.get(pair.raw) ?? { sum: 0, n: 0 };
    cell.sum += pair.expected;
    cell.n += 1;
    byRaw.set(pair.raw, cell);
  }
  const blocks = [...byRaw.entries()].sort((a, b) => a[0] - b[0]).map(([raw, cell]) => ({ raws: [raw], sum: cell.sum, n: cell.n }));
  const stack: typeof blocks = [];
  for (const block of blocks) {
    stack.push(block);
    while (stack.length > 1 && stack[stack.length - 2]!.sum / stack[stack.length - 2]!.n > stack[stack.length - 1]!.sum / stack[stack.length - 1]!.n) {
      const top = stack.pop()!;
      const below = stack.pop()!;
      stack.push({ raws: [...below.raws, ...top.raws], sum: below.sum + top.sum, n: below.n + top.n });
    }
  }
  const knots: Knot[] = [];
  for (const block of stack) for (const raw of block.raws) knots.push({ raw, value: block.sum / block.n });
  if (pinLow !== null) {
    if (knots[0]?.raw === 0) knots[0] = { raw: 0, value: pinLow };
    else knots.unshift({ raw: 0, value: pinLow });
  }
  if (pinHigh !== null) {
    if (knots[knots.length - 1]?.raw === 100) knots[knots.length - 1] = { raw: 100, value: pinHigh };
    else knots.push({ raw: 100, value: pinHigh });
  }
  // Pinning may break monotonicity at the ends; clamp inward.
  for (let i = 1; i < knots.length; i += 1) knots[i] = { raw: knots[i]!.raw, value: Math.max(knots[i]!.value, knots[i - 1]!.value) };
  for (let i = knots.length - 2; i >= 0; i -= 1) knots[i] = { raw: knots[i]!.raw, value: Math.min(knots[i]!.value, knots[i + 1]!.value) };
  return knots;
}
