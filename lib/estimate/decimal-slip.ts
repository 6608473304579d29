import type { Unit } from 'mathjs';
import { formatNumber } from './format-number';
import { formatQuantity } from './format-quantity';
import type { WorkingJudgement } from './judge-working';
import { productsOf } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { POWER_OF_TEN_SLIPS } from '../units/power-slips';
import { safeMath } from './safe-math';
import { FACT_TOLERANCE, sameFigure } from './same-figure';
import type { EstimateValue } from './value-dimension';
import { productOf, sameAmount } from './working';

/**
 * A row off by exactly a power of ten (10x, 100x, 1,000x) with the case's working otherwise: a decimal place
 * slipped in one figure (`36.5 day` for a year's 365, `5.8 MB/s` written for events/s x bytes = 58 MB/s).
 * `where` names the figure of the row that slipped and the case's figure it stands for, when one explains it.
 */
export interface DecimalSlip {
  /** learner / expected, rounded to the power of ten it matches (10, 0.1, 100, ...). */
  factor: number;
  /**
   * The literal that slipped as written, the earlier row that is that literal alone (when one is), and the
   * case's figure it stands for in the literal's units, as a finding quotes them.
   */
  where?: { text: string; row?: string; wanted: string; means: string };
}

/** Powers of ten a slipped decimal place (or two, or a unit prefix: KB, MB and GB are 1,000 apart) produces. */
const POWERS = POWER_OF_TEN_SLIPS.map((slip) => slip.factor);
/** How close to an exact power of ten an off row must land to be read as that slip (rounded inputs). */
const SLIP_TOLERANCE = 0.05;

/** Bare counts a learner writes for a calendar conversion (`* 365`, `/ 86400`), with what each means. */
const PERIOD_COUNTS: readonly { count: number; means: string }[] = [
  { count: 365, means: 'the days in a year' },
  { count: 86400, means: 'the seconds in a day' },
  { count: 3600, means: 'the seconds in an hour' },
  { count: 1440, means: 'the minutes in a day' },
  { count: 60, means: 'the seconds in a minute' },
  { count: 24, means: 'the hours in a day' },
  { count: 30, means: 'the days in a month' },
  { count: 12, means: 'the months in a year' },
];

const CALENDAR = ['1 second', '1 minute', '1 hour', '1 day', '1 week', '1 month', '1 year'];
let calendar: Unit[] | undefined;

function calendarPeriods(): Unit[] {
  const { math } = safeMath();
  calendar ??= CALENDAR.map((text) => math.Unit.parse(text));
  return calendar;
}

/** The power of ten `ratio` is within SLIP_TOLERANCE of (as 10, 0.1, 100, ...), or undefined. */
function powerOfTen(ratio: number): number | undefined {
  const size = ratio >= 1 ? ratio : 1 / ratio;
  const power = POWERS.find((candidate) => Math.abs(size / candidate - 1) <= SLIP_TOLERANCE);
  return power === undefined ? undefined : ratio >= 1 ? power : 1 / power;
}

/** A figure of the case a slipped literal may stand for, as a finding names it. */
interface Target {
  value: EstimateValue;
  means: string;
  /** The facts the figure is made of, by name (a product of facts: all of them). */
  names: readonly string[];
}

const PERIOD_NAMES = ['a second', 'a minute', 'an hour', 'a day', 'a week', 'a month', 'a year'];

/** The figures a literal of this row may stand for: the case's facts, the quantity's factors, its products, calendar periods. */
function targets(item: PreparedQuantity, prepared: PreparedEstimate): Target[] {
  const facts = [...prepared.factValues].map(([name, value]) => ({ value, means: name, names: [name] }));
  const factors = item.factors.flatMap((figure) => (figure.value === undefined ? [] : [{ value: figure.value, means: figure.label, names: [] }]));
  const products = productsOf(item, prepared).map((product) => ({ value: product.value, means: product.names.join(' x '), names: product.names }));
  const periods = calendarPeriods().map((value, index) => ({ value, means: PERIOD_NAMES[index] ?? 'a calendar period', names: [] }));
  const counts = PERIOD_COUNTS.map((entry) => ({ value: entry.count, means: entry.means, names: [] }));
  return [...facts, ...factors, ...products, ...periods, ...counts];
}

/** The same kind of figure: two plain numbers, or two amounts of one dimension. */
function comparable(a: EstimateValue, b: EstimateValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number';
  return a.equalBase(b);
}

/** A figure of the case in the units the learner wrote the literal in: `365 day`, `4.5 MB/s`, `86,400`. */
function inUnitsOf(target: EstimateValue, literal: EstimateValue): string {
  if (typeof target === 'number' || typeof literal === 'number') return formatNumber(typeof target === 'number' ? target : target.toNumber());
  try {
    const units = literal.formatUnits().replace(/\s*\/\s*/g, '/');
    return `${formatNumber(target.toNumber(units))} ${units}`;
  } catch {
    return formatQuantity(target).display;
  }
}

/** Where a slip sits: the literal, the row that is only that literal (when one is), and the case's figure it stands for. */
interface Located {
  text: string;
  row?: string;
  wanted: string;
  means: string;
  names: readonly string[];
}

/**
 * The literal of the working that is a power of ten off a figure of the case (and is no figure of the case
 * itself), with that figure; undefined when no literal explains the slip.
 */
function slippedLiteral(judgement: WorkingJudgement, item: PreparedQuantity, prepared: PreparedEstimate, power: number): Located | undefined {
  const size = power >= 1 ? power : 1 / power;
  const all = targets(item, prepared);
  const { ingredients } = judgement.working;
  for (const ingredient of ingredients) {
    if (!ingredient.literal) continue;
    const candidates = all.filter((target) => comparable(ingredient.value, target.value));
    if (candidates.some((target) => sameFigure(ingredient.value, target.value))) continue;
    for (const scale of [size, 1 / size]) {
      const scaled = productOf([ingredient.value, scale]);
      if (scaled === undefined) continue;
      const target = candidates.find((candidate) => sameAmount(scaled, candidate.value, FACT_TOLERANCE));
      if (target === undefined) continue;
      // An earlier row that is this literal alone (`bytes_per_s = 0.45 MB/s`) is where the slip sits.
      const own = ingredients.find((other) => !other.literal && comparable(other.value, ingredient.value) && sameAmount(other.value, ingredient.value, 1e-9));
      const located: Located = { text: ingredient.text, wanted: inUnitsOf(target.value, ingredient.value), means: target.means, names: target.names };
      return own === undefined ? located : { ...located, row: own.text };
    }
  }
  return undefined;
}

/**
 * The decimal slip that explains an off row, or undefined: the row's value is within 5% of the expected one
 * times or divided by 10, 100 or 1,000, and the working is otherwise the case's: nothing far from the case, of
 * another subject, or cancelling, and every fact it is built from used, except those the slipped figure stands
 * for (`0.45 MB/s` for drivers x pings x bytes). A literal that is a power of ten off a figure of the case
 * (`36.5 day` for a year's 365, `/ 8640` for a day's 86,400 seconds) is the slip, not a misreading; when the
 * row also leaves out a defining factor (a year), such a literal must explain it. `learner` and `expected` are
 * in the quantity's unit. Never throws.
 */
export function decimalSlip(item: PreparedQuantity, prepared: PreparedEstimate, judgement: WorkingJudgement, learner: number, expected: number): DecimalSlip | undefined {
  if (!(learner > 0) || !(expected > 0) || judgement.working.bare) return undefined;
  if (judgement.far.length > 0 || judgement.foreign.length > 0 || judgement.cancelling.length > 0) return undefined;
  const factor = powerOfTen(learner / expected);
  if (factor === undefined) return undefined;
  const where = slippedLiteral(judgement, item, prepared, factor);
  const explained = (names: readonly string[]) => where !== undefined && names.every((name) => where.names.includes(name));
  if (judgement.missingFacts.length > 0 && !explained(judgement.missingFacts)) return undefined;
  if (judgement.misread.some((entry) => entry.text !== where?.text)) return undefined;
  if (where === undefined) return judgement.missingFactors.length > 0 ? undefined : { factor };
  const { text, row, wanted, means } = where;
  return { factor, where: row === undefined ? { text, wanted, means } : { text, row, wanted, means } };
}

/** The slip in words, for the row's finding: `uses 36.5 day where 1 year (a year) belongs: a decimal place slipped, so it is 10x too low`. */
export function describeDecimalSlip(slip: DecimalSlip): string {
  const size = slip.factor >= 1 ? slip.factor : 1 / slip.factor;
  const factor = `${formatNumber(size)}x too ${slip.factor >= 1 ? 'high' : 'low'}`;
  // The words a drill's located slip uses for the same factor (locate-slip.ts).
  const what = POWER_OF_TEN_SLIPS.find((entry) => Math.abs(entry.factor / size - 1) < 1e-9)?.says ?? 'a decimal place slipped';
  if (slip.where === undefined) return `is ${factor}, exactly a power of ten: ${what} somewhere in the working`;
  const { text, row, wanted, means } = slip.where;
  const used = row === undefined ? `uses ${text}` : `takes ${row} = ${text}`;
  return `${used} where ${wanted} (${means}) belongs: ${what}, so it is ${factor}`;
}
