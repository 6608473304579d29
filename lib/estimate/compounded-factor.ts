import type { Finding } from '../scoring/finding';
import type { DetailedRow } from './evaluate-worksheet';
import { formatNumber } from './format-number';
import { bandFor, factorBetween } from './grade-bands';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { valueDimension, valueIn } from './value-dimension';
import { sameAmount, workingOf } from './working';

/** How close the row's excess must be to the repeated multiplier's extra applications to be explained by them. */
const EXPLAINED = 1.05;

/** A quantity the sheet answers, with the row that answers it. */
export interface AnsweredQuantity {
  item: PreparedQuantity;
  row: DetailedRow;
}

/** A row beyond the answers that applies one multiplier again along its chain of rows. */
export interface CompoundedFactor {
  /** The row as the learner named it (`peak_next_year`). */
  row: string;
  /** The answer row the chain starts from, as named. */
  base: string;
  /** The multiplier as a number: 1.5 for a 50% headroom. */
  factor: number;
  /** How many times the chain applies it, through earlier rows. */
  times: number;
  /** The row's value over the figure the case gives for it (the base grown once when the row applies growth). */
  ratio: number;
  /** That figure, in the base quantity's unit, and the unit. */
  expected: number;
  unit: string;
}

function literalCounts(row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, factNames: ReadonlySet<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ingredient of workingOf(row, rowsByKey, factNames).ingredients) {
    if (!ingredient.literal || typeof ingredient.value !== 'number' || !(ingredient.value > 1) || ingredient.value > 100) continue;
    counts.set(ingredient.value, (counts.get(ingredient.value) ?? 0) + 1);
  }
  return counts;
}

/**
 * Rows beyond the answers (a next-year figure, a sized capacity) built on an answer row whose chain applies one
 * plain multiplier two or more times (a 50% headroom on the peak row and again on next year's, a peak factor on
 * a peak, a replication factor twice) and land off by exactly the extra applications: the case's figure for the
 * row is its base quantity's (grown once by the case's growth when the row applies it). A multiplier belongs
 * once on the figure it multiplies; applied twice, the figure the system is sized on is that much too high.
 * `answered` pairs each graded quantity with its row; `answerKeys` are the answer rows' lower-case keys.
 * Pure; never throws.
 */
export function compoundedFactors(rows: readonly DetailedRow[], rowsByKey: ReadonlyMap<string, DetailedRow>, prepared: PreparedEstimate, answered: readonly AnsweredQuantity[], answerKeys: ReadonlySet<string>): CompoundedFactor[] {
  const factNames = new Set(prepared.factValues.keys());
  const found: CompoundedFactor[] = [];
  for (const row of rows) {
    if (row.raw === undefined || row.key === '' || answerKeys.has(row.key.toLowerCase())) continue;
    const working = workingOf(row, rowsByKey, factNames);
    if (working.sum || working.midpoint) continue;
    const used = new Set(working.ingredients.filter((ingredient) => !ingredient.literal).map((ingredient) => ingredient.text.toLowerCase()));
    const base = answered.find(({ item, row: answer }) => used.has(answer.key.toLowerCase()) && item.expected > 0 && row.raw !== undefined && valueDimension(row.raw) === item.quantity.dimension);
    if (base === undefined) continue;
    const counts = literalCounts(row, rowsByKey, factNames);
    const { growth } = prepared;
    const grows = growth !== undefined && (working.facts.has(growth.name) || [...counts.keys()].some((value) => sameAmount(value, growth.factor, 0.01)));
    const expected = base.item.expected * (grows && growth !== undefined ? growth.factor : 1);
    const value = valueIn(row.raw, base.item.quantity.unit);
    if (!(value > expected) || bandFor(factorBetween(value, expected), base.item.quantity.tolerance) === 'full') continue;
    const ratio = value / expected;
    for (const [factor, times] of counts) {
      if (times < 2) continue;
      if (factorBetween(ratio, factor ** (times - 1)) > EXPLAINED && factorBetween(ratio, factor ** times) > EXPLAINED) continue;
      found.push({ row: row.label, base: base.row.label, factor, times, ratio, expected, unit: base.item.quantity.unit });
      break;
    }
  }
  return found;
}

/** The finding that holds a sheet with compounded multipliers at `cap` (a share of the step); `points` is what the cap took. */
export function compoundedFactorFinding(found: readonly CompoundedFactor[], points: number, cap: number): Finding {
  const quoted = found.map((item) => {
    const times = item.times === 2 ? 'twice' : `${item.times} times`;
    const ratio = Math.round(item.ratio * 100) / 100;
    return `${item.row} applies x${item.factor} ${times} along its chain from ${item.base}, so it is ${ratio}x the ${formatNumber(item.expected)}${item.unit === '' ? '' : ` ${item.unit}`} the case's figures give`;
  });
  return {
    code: 'estimate.factor-compounded',
    severity: points > 0 ? 'wrong' : 'hint',
    message: `${quoted.join('; ')}: a headroom, peak or replication factor belongs once, on the figure it multiplies, and applied again on a row built from that figure it inflates the number the system is sized on. Apply it once (today's figure, then growth for next year, then headroom on capacity if you want it, said as such); until then an interviewer holds the estimate at "partly there" (${Math.round(cap * 100)} at most).`,
    neutral: 'A row applies one multiplier again along its chain of rows (a headroom or peak factor on a figure that already has it): apply each factor once, on the figure it multiplies, and say which figure is today\'s and which is sized for growth.',
    points,
    refs: found.map((item) => item.row),
  };
}
