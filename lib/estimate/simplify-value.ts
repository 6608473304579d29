import type { Unit } from 'mathjs';
import { formatNumber } from './format-quantity';
import { safeMath } from './safe-math';
import { simplifiedUnit } from './simplified-unit';
import { valueDimension } from './value-dimension';

const PERIOD_SECONDS = 60;

/**
 * Reads a rate divided by a duration once too often, or a size multiplied by a duration, the way the
 * learner meant it. `50e6 events/day / 86400 s` is a rate of a rate (events/s^2) to mathjs, but the
 * learner divided a daily count by the seconds in a day: the value becomes the per-second rate.
 * `432 GB * 30 day` (GB times days) becomes 432 GB a day for 30 days. Only tried when the value is
 * none of the case dimensions and the expression wrote a time unit of a minute or more; the largest one
 * written is the period the figure was counted over. Returns undefined when no such reading helps.
 */
export function readAsPeriod(value: Unit, timeUnits: readonly string[]): { value: Unit; note: string } | undefined {
  if (valueDimension(value) !== undefined) return undefined;
  const { math, unit } = safeMath();
  const periods = timeUnits
    .map((name) => ({ name, period: math.multiply(1, unit(name)) as Unit }))
    .filter((item) => item.period.value >= PERIOD_SECONDS)
    .sort((a, b) => b.period.value - a.period.value);
  const largest = periods[0];
  if (!largest) return undefined;
  const shown = simplifiedUnit(value).unit;
  // Rebuilt in the dimension's own unit, so the row shows events/s rather than the period it went through.
  const plain = (reading: Unit, reference: string): Unit => math.multiply(reading.toNumber(reference), unit(reference)) as Unit;
  const perPeriod = math.multiply(value, largest.period) as Unit;
  const perDimension = valueDimension(perPeriod);
  if (perDimension !== undefined && perDimension !== 'ratio') {
    return {
      value: plain(perPeriod, perDimension === 'event_rate' ? 'event/s' : 'B/s'),
      note: `the units came out as ${shown}, a rate divided by time again; read as the per-${largest.name} figure spread over the duration you divided by (${formatNumber(simplifiedUnit(perPeriod).number)} ${simplifiedUnit(perPeriod).unit}). Write it as a count over a duration, e.g. 50e6 events / 86400 s, or use "to events/s"`,
    };
  }
  const overPeriod = math.divide(value, largest.period) as Unit;
  const overDimension = valueDimension(overPeriod);
  if (overDimension !== undefined && overDimension !== 'ratio') {
    return {
      value: plain(overPeriod, overDimension === 'data_size' ? 'B' : overDimension === 'event_count' ? 'event' : overDimension === 'duration' ? 's' : overDimension === 'event_rate' ? 'event/s' : 'B/s'),
      note: `the units came out as ${shown}, an amount multiplied by a duration; read as that amount per ${largest.name} over the ${largest.name}s given. Write the rate with its period, e.g. 432 GB/day * 30 day`,
    };
  }
  return undefined;
}

/**
 * Reads a size multiplied by a count of events as a size per event, as an interviewer hears
 * "50,000 readings a second x 100 bytes": bytes each, so 5 MB/s. mathjs keeps event·B/s, which is no case
 * dimension; dividing by one event gives the data size or rate meant. Returns undefined when the value already
 * has a case dimension or the division gives none of the data ones.
 */
export function readAsSizePerEvent(value: Unit): { value: Unit; note: string } | undefined {
  if (valueDimension(value) !== undefined) return undefined;
  const { math, unit } = safeMath();
  const perEvent = math.divide(value, unit('1 event')) as Unit;
  const dimension = valueDimension(perEvent);
  if (dimension !== 'data_size' && dimension !== 'data_rate') return undefined;
  const reference = dimension === 'data_size' ? 'B' : 'B/s';
  const read = math.multiply(perEvent.toNumber(reference), unit(reference)) as Unit;
  return {
    value: read,
    note: `a size times a count of events was read as the size of each event (${formatNumber(simplifiedUnit(read).number)} ${simplifiedUnit(read).unit}); write B/event to say so`,
  };
}
