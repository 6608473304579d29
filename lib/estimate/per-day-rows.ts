import type { Unit } from 'mathjs';
import { formatNumber } from './format-quantity';
import { safeMath } from './safe-math';
import { simplifiedUnit } from './simplified-unit';
import type { EstimateValue } from './value-dimension';
import { valueDimension } from './value-dimension';

/** Name parts that say a row is a daily figure: `raw_storage_per_day`, `dailyIngest`, `events_a_day`, `gb_pd`. */
const PER_DAY = /(?:^|_)(?:per_?day|daily|a_?day|each_?day|pd)(?:_|$)/;

/** True when a row name says its figure is per day (snake_case, camelCase or spaced). */
export function isPerDayName(name: string): boolean {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  return PER_DAY.test(snake);
}

/** An amount (a size or a count) with no time in its unit, which divided by a day is a rate. */
function asDailyRate(value: EstimateValue): Unit | undefined {
  if (typeof value === 'number') return undefined;
  const dimension = valueDimension(value);
  if (dimension !== 'data_size' && dimension !== 'event_count') return undefined;
  const { math, unit } = safeMath();
  return math.divide(value, unit('1 day')) as Unit;
}

/** The rows a retry would read as daily rates: named per day, written as an amount. */
export function perDaySymbols(values: ReadonlyMap<string, EstimateValue>): Map<string, Unit> {
  const rates = new Map<string, Unit>();
  for (const [name, value] of values) {
    if (!isPerDayName(name)) continue;
    const rate = asDailyRate(value);
    if (rate) rates.set(name, rate);
  }
  return rates;
}

/**
 * The note for a row that used a per-day row as the rate its name says: `raw_storage_per_day` is
 * 432 GB, an amount, yet `raw_storage_per_day * 30 d` only makes sense for 432 GB a day.
 */
export function perDayNote(name: string, value: EstimateValue): string {
  const shown = typeof value === 'number' ? formatNumber(value) : `${formatNumber(simplifiedUnit(value).number)} ${simplifiedUnit(value).unit}`;
  return `"${name}" is named per day but its value (${shown}) has no /day in its unit; it was read as ${shown} a day, as its name says. Write its unit with /day (or divide by 1 day) so the rate is explicit`;
}
