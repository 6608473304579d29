import type { DetailedRow } from './evaluate-worksheet';
import { factorBetween } from './grade-bands';
import { isPeriod } from './judge-working';
import { ratioOf } from './misread-product';
import type { PreparedEstimate } from './prepare-estimate';
import { FACT_TOLERANCE } from './same-figure';
import type { EstimateValue } from './value-dimension';
import type { Working } from './working';
import { sameAmount, symbolsOf, workingOf } from './working';

/**
 * Ratios between two calendar periods a learner may swap when dividing by time: a day for an hour (24), an
 * hour for a minute or a minute for a second (60), a day for a minute (1,440), an hour for a second (3,600),
 * a day for a second (86,400), a week for a day (7) and a week for an hour (168).
 */
const PERIOD_RATIOS: readonly number[] = [7, 24, 60, 168, 1440, 3600, 86_400];
/** How close a step's error must sit to a period ratio to be that slip (the case's figures are rounded). */
const RATIO_TOLERANCE = 0.05;

/**
 * A worked step of the sheet (a row that answers no quantity) that feeds an answer row and is off one of the
 * case's facts by exactly the ratio of two calendar periods, with a calendar period in its own working:
 * `avg_message_rate = 8e6 events / 3600 s` where the case's 8 million messages arrive over a day (24x the
 * 93 messages/s they average), then `peak_message_rate = avg_message_rate * 4 / 24` lands on 370/s because
 * the `/ 24` undoes the slip. The total is right through a wrong intermediate: the errors cancel.
 */
export interface SlippedStep {
  /** The wrong step. */
  row: DetailedRow;
  /** The fact it is off, by name, and the case's figure for it as written in the case. */
  fact: string;
  factText: string;
  /** The step's value over the fact's: 24 for a daily count divided by an hour. */
  ratio: number;
}

/** The period ratio (or its inverse) a factor is, within RATIO_TOLERANCE; undefined otherwise. */
function periodRatio(ratio: number): number | undefined {
  const size = ratio >= 1 ? ratio : 1 / ratio;
  return PERIOD_RATIOS.find((candidate) => Math.abs(size / candidate - 1) <= RATIO_TOLERANCE);
}

/** Rows (not facts) the row takes its value from, directly or through rows in between, in order of first use. */
function stepsOf(row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, seen = new Set<string>([row.key])): DetailedRow[] {
  if (row.node === undefined) return [];
  const found: DetailedRow[] = [];
  for (const name of symbolsOf(row.node)) {
    const key = name.toLowerCase();
    const step = rowsByKey.get(key);
    if (step === undefined || seen.has(key)) continue;
    seen.add(key);
    found.push(step, ...stepsOf(step, rowsByKey, seen));
  }
  return found;
}

/** True when the working divides or multiplies by a calendar period it writes itself (`/ 3600 s`, `* 24 hour`). */
function writesPeriod(working: Working): boolean {
  return working.ingredients.some((ingredient) => ingredient.literal && typeof ingredient.value !== 'number' && isPeriod(ingredient.value));
}

/** True when the working uses a fact by name or writes its figure (`8e6 events` for 8e6 events/day). */
function usesFact(working: Working, name: string, value: EstimateValue): boolean {
  return working.facts.has(name) || working.ingredients.some((ingredient) => ingredient.literal && sameAmount(ingredient.value, value, FACT_TOLERANCE));
}

/**
 * The first step an answer row is built on that slips a calendar period (SlippedStep), or undefined. A step
 * is a row the answer uses, directly or through other rows, that answers no quantity itself (`answerKeys`,
 * lower-case keys), shows working with a calendar period literal, and is off a fact of its dimension that it
 * uses (by name, or its figure written) by a period ratio (within 5%; of several such facts, the nearest). The
 * caller decides what a landing answer on such a step is worth. Pure; never throws.
 */
export function slippedStep(answer: DetailedRow, prepared: PreparedEstimate, rowsByKey: ReadonlyMap<string, DetailedRow>, answerKeys: ReadonlySet<string>): SlippedStep | undefined {
  const factNames = new Set(prepared.factValues.keys());
  for (const step of stepsOf(answer, rowsByKey)) {
    const raw = step.raw;
    if (raw === undefined || typeof raw === 'number' || answerKeys.has(step.key.toLowerCase())) continue;
    const working = workingOf(step, rowsByKey, factNames);
    if (working.bare || working.sum || working.midpoint || !writesPeriod(working)) continue;
    let nearest: { fact: string; ratio: number } | undefined;
    for (const [fact, value] of prepared.factValues) {
      if (!usesFact(working, fact, value)) continue;
      const ratio = ratioOf(raw, value);
      if (ratio === undefined) continue;
      if (nearest === undefined || factorBetween(ratio, 1) < factorBetween(nearest.ratio, 1)) nearest = { fact, ratio };
    }
    if (nearest === undefined || periodRatio(nearest.ratio) === undefined) continue;
    return { row: step, fact: nearest.fact, factText: prepared.allValues[nearest.fact] ?? nearest.fact, ratio: nearest.ratio };
  }
  return undefined;
}
