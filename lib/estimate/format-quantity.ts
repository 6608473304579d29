import type { Unit } from 'mathjs';
import { assertNever } from '../util/assert-never';
import type { EstimateValue } from './value-dimension';
import { simplifiedUnit } from './simplified-unit';
import { convertUnit, valueDimension } from './value-dimension';
import { formatDuration, formatNumber, roundSignificant, SHOWN_DIGITS, stored, STORED_DIGITS } from './format-number';
import type { QuantityValue } from './format-number';

// Numbers and durations need no unit math: they live in format-number.ts (the estimate page's
// availability helper reads them without mathjs); these names stay importable from here.
export { formatDuration, formatNumber, roundSignificant, STORED_DIGITS } from './format-number';
export type { QuantityValue } from './format-number';

/** How the learner wrote the row, so the result reads the way they think about it. */
export interface FormatHints {
  binary?: boolean;
  bits?: boolean;
  bytes?: boolean;
  percent?: boolean;
  /** The row ended with `to <unit>`: keep exactly that unit. */
  explicitUnit?: boolean;
}

export type RateTime = 's' | 'min' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Picks the largest scale that keeps the shown number below one step (80,000 GB -> 80 TB). */
function scaled(value: number, step: number, names: readonly string[]): { number: number; name: string } {
  let index = 0;
  while (index < names.length - 1 && Math.abs(roundSignificant(value / step ** index, SHOWN_DIGITS)) >= step) index += 1;
  return { number: value / step ** index, name: names[index] ?? '' };
}

const DECIMAL_BYTES = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
const DECIMAL_BITS = ['b', 'kb', 'Mb', 'Gb', 'Tb', 'Pb', 'Eb'];
const BINARY_BITS = ['b', 'Kib', 'Mib', 'Gib', 'Tib', 'Pib', 'Eib'];

/** Size in bytes, shown in the family the learner used: TB by default, TiB if they wrote binary, Gb if only bits. */
function dataScale(bytes: number, hints: FormatHints): { number: number; name: string } {
  const bits = hints.bits === true && hints.bytes !== true;
  const step = hints.binary ? 1024 : 1000;
  const names = bits ? (hints.binary ? BINARY_BITS : DECIMAL_BITS) : hints.binary ? BINARY_BYTES : DECIMAL_BYTES;
  return scaled(bits ? bytes * 8 : bytes, step, names);
}

const TIME_NAMES: Record<string, RateTime> = {
  s: 's',
  second: 's',
  seconds: 's',
  secs: 's',
  minute: 'min',
  minutes: 'min',
  mins: 'min',
  h: 'hour',
  d: 'day',
  wk: 'week',
  wks: 'week',
  mo: 'month',
  mos: 'month',
  yr: 'year',
  yrs: 'year',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

/** The time unit the learner divided by (`GB/day` -> day); per second when there is none to follow. */
export function rateTimeOf(value: Unit): RateTime {
  for (const component of value.units) {
    const prefix = (component.prefix as unknown as { name?: unknown }).name;
    if (component.power < 0 && (prefix === '' || prefix === undefined)) {
      const time = Object.hasOwn(TIME_NAMES, component.unit.name) ? TIME_NAMES[component.unit.name] : undefined;
      if (time) return time;
    }
  }
  return 's';
}

/** `1.2 million` rather than `1,200,000`: counts are read, not computed with. */
function formatCount(count: number): string {
  const size = Math.abs(count);
  if (size >= 1e15) return formatNumber(count);
  if (size >= 1e12) return `${formatNumber(count / 1e12)} trillion`;
  if (size >= 1e9) return `${formatNumber(count / 1e9)} billion`;
  if (size >= 1e6) return `${formatNumber(count / 1e6)} million`;
  return formatNumber(count);
}

function explicit(value: Unit): QuantityValue {
  const unit = value.formatUnits().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
  const number = value.toNumber();
  return stored(number, unit, `${formatNumber(number)} ${unit}`);
}

/** Formats a worksheet value with a readable unit for its dimension; see FormatHints. */
export function formatQuantity(value: EstimateValue, hints: FormatHints = {}): QuantityValue {
  if (typeof value === 'number') {
    if (hints.percent) return stored(value * 100, '%', `${formatNumber(value * 100, STORED_DIGITS)}%`);
    return stored(value, '', formatNumber(value, STORED_DIGITS));
  }
  if (hints.explicitUnit) return explicit(value);
  const dimension = valueDimension(value);
  if (dimension === undefined) {
    const simple = simplifiedUnit(value);
    return stored(simple.number, simple.unit, `${formatNumber(simple.number)} ${simple.unit}`);
  }
  switch (dimension) {
    case 'data_size': {
      const { number, name } = dataScale(convertUnit(value, 'B'), hints);
      return stored(number, name, `${formatNumber(number)} ${name}`);
    }
    case 'data_rate': {
      const time = rateTimeOf(value);
      const { number, name } = dataScale(convertUnit(value, `B/${time}`), hints);
      return stored(number, `${name}/${time}`, `${formatNumber(number)} ${name}/${time}`);
    }
    case 'event_rate': {
      const time = rateTimeOf(value);
      const number = convertUnit(value, `events/${time}`);
      return stored(number, `events/${time}`, `${formatCount(number)} events/${time}`);
    }
    case 'event_count': {
      const number = convertUnit(value, 'events');
      return stored(number, 'events', `${formatCount(number)} events`);
    }
    case 'duration':
      return formatDuration(convertUnit(value, 's'));
    case 'ratio':
      // A unit whose dimensions cancel out: show it as mathjs would.
      return explicit(value);
    default:
      return assertNever(dimension, 'dimension');
  }
}
