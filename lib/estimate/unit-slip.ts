import type { Unit } from 'mathjs';
import type { WorkingJudgement } from './judge-working';
import { isPeriod } from './judge-working';
import { formatNumber } from './format-number';
import { safeMath } from './safe-math';

/**
 * A row off by exactly the factor between two time units (a per-minute figure read as per-second, hours
 * counted as minutes): the method holds, one conversion slipped. `where` names the literal of the row the
 * slip sits in, when one explains it (`/ 1440`, the minutes in a day, where the seconds in a day belong).
 */
export interface UnitSlip {
  /** learner / expected, rounded to the conversion factor it matches (60, 1/60, 3600, ...). */
  factor: number;
  /** The two units the slip confuses, as a reader says them: `a minute and a second`. */
  units: string;
  /** The count the row used and the one that belonged, when a literal of the row explains the slip. */
  where?: { used: number; usedMeans: string; wanted: number; wantedMeans: string };
  /** The period the row multiplies by and the one that belonged, when a calendar period explains the slip: `30 day` for a year. */
  period?: { used: string; wanted: string };
}

/** Factors between calendar units that a slip produces, with the units each confuses. */
const TIME_FACTORS: readonly { factor: number; units: string }[] = [
  { factor: 60, units: 'a minute and a second (or an hour and a minute)' },
  { factor: 3600, units: 'an hour and a second' },
  { factor: 24, units: 'a day and an hour' },
  { factor: 1440, units: 'a day and a minute' },
  { factor: 86400, units: 'a day and a second' },
];

/** Counts of one calendar unit in another that a learner writes as a bare conversion (`/ 1440`). */
const PERIOD_COUNTS: readonly { count: number; means: string }[] = [
  { count: 60, means: 'the seconds in a minute, or the minutes in an hour' },
  { count: 24, means: 'the hours in a day' },
  { count: 1440, means: 'the minutes in a day' },
  { count: 3600, means: 'the seconds in an hour' },
  { count: 86400, means: 'the seconds in a day' },
];

/** How close to an exact conversion factor an off row must land to be read as that slip (rounded inputs). */
const SLIP_TOLERANCE = 0.05;

function near(value: number, target: number): boolean {
  return Math.abs(value / target - 1) <= SLIP_TOLERANCE;
}

/**
 * The time-unit slip that explains an off row, or undefined: the row's value is within 5% of the expected one
 * times or divided by a factor between two calendar units (60, 3600, 24, 1440, 86,400), and the working is
 * otherwise the case's: every fact it is built from is used, no figure contradicts the case, none belongs to
 * another subject, no errors cancel. A figure of the case misread with the wrong time unit (one reading a
 * minute where the case says a second) is a contradiction, judged by judgeWorking, not a slip. `learner` and
 * `expected` are in the quantity's unit; `expr` is the row as written, read for which count it divides by.
 */
export function unitSlip(judgement: WorkingJudgement, learner: number, expected: number, expr = ''): UnitSlip | undefined {
  if (!(learner > 0) || !(expected > 0) || judgement.working.bare) return undefined;
  if (judgement.missingFacts.length > 0 || judgement.far.length > 0 || judgement.misread.length > 0 || judgement.foreign.length > 0 || judgement.cancelling.length > 0) return undefined;
  const ratio = learner / expected;
  const up = ratio >= 1;
  const size = up ? ratio : 1 / ratio;
  const match = TIME_FACTORS.find((entry) => near(size, entry.factor));
  if (match === undefined) return periodSlip(judgement, ratio);
  const slip: UnitSlip = { factor: up ? match.factor : 1 / match.factor, units: match.units };
  // A bare count of the wrong unit in the row (1,440 minutes where 86,400 seconds belong) is where it slipped.
  for (const ingredient of judgement.working.ingredients) {
    if (!ingredient.literal || typeof ingredient.value !== 'number') continue;
    const used = PERIOD_COUNTS.find((entry) => entry.count === ingredient.value);
    if (used === undefined) continue;
    // Divided by too small a count gives too high a figure; multiplied by too large a count, too high as well.
    const divides = new RegExp(`/\\s*\\(?\\s*${used.count}(?![\\d.])`).test(expr.replaceAll(',', '').replaceAll('_', ''));
    const target = divides === up ? used.count * match.factor : used.count / match.factor;
    const wanted = PERIOD_COUNTS.find((entry) => near(entry.count, target));
    if (wanted === undefined) continue;
    slip.where = { used: used.count, usedMeans: used.means, wanted: wanted.count, wantedMeans: wanted.means };
    break;
  }
  return slip;
}

/** Calendar periods a row sizes over, by name, in days: what a period slip confuses. */
const CALENDAR: readonly { days: number; name: string }[] = [
  { days: 1, name: 'a day' },
  { days: 7, name: 'a week' },
  { days: 30.4375, name: 'a month' },
  { days: 365.25, name: 'a year' },
];

function inDays(value: Unit): number | undefined {
  try {
    return value.toNumber('day');
  } catch {
    return undefined;
  }
}

/** Within 2%: a period is named only when it is that period (36.5 days is no 5 weeks). */
function closeTo(value: number, target: number): boolean {
  return Math.abs(value / target - 1) <= 0.02;
}

/** `30 day` for a year: the nearest calendar period to a number of days as a reader says it, with its count. */
function calendarName(days: number): string | undefined {
  for (const count of [1, 2, 3, 5, 6, 7, 10, 12, 13, 18, 24, 30, 36, 60, 90]) {
    for (const period of CALENDAR) {
      if (closeTo(days, period.days * count) || (period.days === 365.25 && closeTo(days, 365 * count))) return count === 1 ? period.name : `${count} ${period.name.slice(2)}s`;
    }
  }
  return undefined;
}

/**
 * A row sized over the wrong calendar period (`* 30 day` for a year of ledger rows, `* 7 day` for a year's
 * storage, `* 30 months` for 30 days of raw data): a period literal of the row that, scaled by the row's error,
 * is another calendar period or the same count of another unit, with the row's working otherwise the case's.
 * The factor is the ratio itself (12.2 for a month where a year belongs), named with the two periods.
 */
function periodSlip(judgement: WorkingJudgement, ratio: number): UnitSlip | undefined {
  const size = ratio >= 1 ? ratio : 1 / ratio;
  // In a sum the error may sit in any one part: the period that explains the whole is a coincidence.
  // A power of ten (36.5 days for 365) is a decimal place slipped (decimal-slip.ts), not another period.
  const decimal = [10, 100, 1000].some((power) => near(size, power));
  if (size < 2 || decimal || judgement.working.sum) return undefined;
  for (const ingredient of judgement.working.ingredients) {
    if (!ingredient.literal || typeof ingredient.value === 'number' || !isPeriod(ingredient.value) && !isTime(ingredient.value)) continue;
    const days = inDays(ingredient.value);
    if (days === undefined || !(days > 0)) continue;
    const used = calendarName(days);
    const wanted = calendarName(days / ratio);
    if (used === undefined || wanted === undefined || used === wanted) continue;
    // What belonged is one whole period (a year) or the same count of another unit (30 days for 30 months):
    // 365 days where '3 months' would fit is an error elsewhere in the row, not this period.
    const count = (name: string) => /^\d+/.exec(name)?.[0];
    if (count(wanted) !== undefined && count(wanted) !== count(used)) continue;
    return { factor: ratio, units: `${used} and ${wanted}`, period: { used: ingredient.text, wanted } };
  }
  return undefined;
}

let oneDay: Unit | undefined;

function isTime(value: Unit): boolean {
  oneDay ??= safeMath().math.Unit.parse('1 day');
  return value.equalBase(oneDay);
}

/** The slip in words, for the row's finding: `uses 1,440 (the minutes in a day) where 86,400 (the seconds in a day) belongs, so it is 60x too high`. */
export function describeUnitSlip(slip: UnitSlip): string {
  const size = slip.factor >= 1 ? slip.factor : 1 / slip.factor;
  const direction = slip.factor >= 1 ? 'high' : 'low';
  const factor = `${formatNumber(size)}x too ${direction}`;
  if (slip.period !== undefined) return `multiplies by ${slip.period.used} where ${slip.period.wanted} belongs, so it is ${factor}`;
  if (slip.where !== undefined) {
    const { used, usedMeans, wanted, wantedMeans } = slip.where;
    return `uses ${formatNumber(used)} (${usedMeans}) where ${formatNumber(wanted)} (${wantedMeans}) belongs, so it is ${factor}`;
  }
  return `is ${factor}, exactly the factor between ${slip.units}: one figure was converted with the wrong time unit`;
}
