import type { Unit } from 'mathjs';
import { formatNumber } from './format-number';

/** A time unit as a rate's denominator names it, and its length in seconds. */
const PERIODS: readonly { names: readonly string[]; says: string; seconds: number }[] = [
  { names: ['s', 'sec', 'second', 'seconds'], says: 'a second', seconds: 1 },
  { names: ['min', 'minute', 'minutes'], says: 'a minute', seconds: 60 },
  { names: ['h', 'hr', 'hour', 'hours'], says: 'an hour', seconds: 3600 },
  { names: ['day', 'days', 'd'], says: 'a day', seconds: 86_400 },
  { names: ['week', 'weeks', 'wk'], says: 'a week', seconds: 604_800 },
];

/** How close the two figures must sit to the ratio of their periods to be one figure relabelled (rounded inputs). */
const TOLERANCE = 0.05;

/**
 * A figure whose number is another's but per another time unit: `432 GB/s` written where the working gives
 * 432 GB a day, `200 GB/s` for the case's 200 GB/day. The number was carried; the period it is per was not,
 * so the figure is off by exactly the ratio of the two periods (86,400 for a day read as a second, 3,600 for
 * an hour).
 */
export interface RelabelledPeriod {
  /** What the figure is written per, as a reader says it: `a second`. */
  writtenPer: string;
  /** What the same number is per where it belongs: `a day`. */
  belongsPer: string;
  /** written / belonging, as values: 86,400 for a per-day figure written per second. */
  factor: number;
}

/** True when a unit part carries no prefix (mathjs types its prefix loosely: an object, or a string). */
function isPlainPrefix(prefix: unknown): boolean {
  if (typeof prefix === 'string') return prefix === '';
  return typeof prefix === 'object' && prefix !== null && (prefix as { name?: unknown }).name === '';
}

/**
 * The one time unit a rate is divided by (`GB / s` -> a second), or undefined for anything else. `written`, when
 * given, is the unit as the figure shows it (`GB/day`): a value kept in simplified units (`Kbps`) is read by it.
 */
function perPeriod(value: Unit, written?: string): (typeof PERIODS)[number] | undefined {
  if (written !== undefined) {
    const per = /\/\s*([A-Za-z]+)\s*$/.exec(written)?.[1];
    return per === undefined ? undefined : PERIODS.find((period) => period.names.includes(per.toLowerCase()));
  }
  const times = value.units.filter((part) => part.unit.base.key === 'TIME');
  const [only] = times;
  if (times.length !== 1 || only === undefined || only.power !== -1 || !isPlainPrefix(only.prefix)) return undefined;
  return PERIODS.find((period) => period.names.includes(only.unit.name));
}

/**
 * The relabelled period that explains `written` against `belongs` (both rates of the same kind, each over one
 * calendar unit: `432 GB/s` against `432 GB/day`), or undefined: the two are per different time units and
 * their values differ by that unit ratio within 5%, so written as numbers they are the same figure. `shown` gives
 * the units as each figure is shown (`GB/s`, a quantity's `GB/day`) where the value's own may be simplified. Pure.
 */
export function relabelledPeriod(written: Unit, belongs: Unit, shown: { written?: string; belongs?: string } = {}): RelabelledPeriod | undefined {
  if (!written.equalBase(belongs)) return undefined;
  const writtenPer = perPeriod(written, shown.written);
  const belongsPer = perPeriod(belongs, shown.belongs);
  if (writtenPer === undefined || belongsPer === undefined || writtenPer === belongsPer) return undefined;
  // Unit.value is kept in base units (bits, seconds, events): the ratio needs no conversion, custom units included.
  const ratio = (written.value ?? Number.NaN) / (belongs.value ?? Number.NaN);
  const periods = belongsPer.seconds / writtenPer.seconds;
  if (!(ratio > 0) || Math.abs(ratio / periods - 1) > TOLERANCE) return undefined;
  return { writtenPer: writtenPer.says, belongsPer: belongsPer.says, factor: ratio };
}

/**
 * The slip in words, after the figure as written: `is the figure for a day written per second, so it is 86,400x
 * too high`.
 */
export function describeRelabelledPeriod(slip: RelabelledPeriod): string {
  const size = slip.factor >= 1 ? slip.factor : 1 / slip.factor;
  const per = (says: string) => says.replace(/^an? /, '');
  return `is the figure for ${slip.belongsPer} written per ${per(slip.writtenPer)} (a per-${per(slip.belongsPer)} figure used as per-${per(slip.writtenPer)}), so it is ${formatNumber(Math.round(size))}x too ${slip.factor >= 1 ? 'high' : 'low'}`;
}
