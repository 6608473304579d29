import type { Unit } from 'mathjs';
import { assertNever } from '../util/assert-never';
import type { EstimateValue } from './value-dimension';
import { simplifiedUnit } from './simplified-unit';
import { convertUnit, valueDimension } from './value-dimension';

/** A value as the worksheet shows it: `number` is in `unit`, `display` is what a person reads. */
export interface QuantityValue {
  number: number;
  unit: string;
  display: string;
}

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

/** Digits kept in `number` fields: enough to compare, few enough that float noise never shows. */
export const STORED_DIGITS = 6;
const SHOWN_DIGITS = 3;

export function roundSignificant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `80`, `2.31`, `12,300`, `0.999`, `1.2e18`: significant digits, no trailing zeros, thousands grouped. */
export function formatNumber(value: number, digits = SHOWN_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundSignificant(value, digits);
  if (rounded === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  if (magnitude >= 15 || magnitude < -4) {
    return rounded
      .toExponential(digits - 1)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  }
  const fixed = rounded.toFixed(Math.max(0, digits - 1 - magnitude));
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const negative = trimmed.startsWith('-');
  const [integer = '', fraction] = (negative ? trimmed.slice(1) : trimmed).split('.');
  return `${negative ? '-' : ''}${group(integer)}${fraction ? `.${fraction}` : ''}`;
}

function stored(number: number, unit: string, display: string): QuantityValue {
  return { number: roundSignificant(number, STORED_DIGITS), unit, display };
}

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

type DurationUnit = 'ms' | 's' | 'min' | 'hours' | 'days' | 'years';

const DURATION_SECONDS: Record<DurationUnit, number> = {
  ms: 0.001,
  s: 1,
  min: 60,
  hours: 3600,
  days: 86400,
  // A mathjs year (365.25 days), so `3 years` written by a learner shows as 3 years.
  years: 31557600,
};

function durationUnit(seconds: number): DurationUnit {
  const size = Math.abs(seconds);
  if (size < 1) return 'ms';
  if (size < 120) return 's';
  if (size < 2 * 3600) return 'min';
  if (size < 48 * 3600) return 'hours';
  if (size < 2 * 365 * 86400) return 'days';
  return 'years';
}

/** `8.76 hours`, `52.6 min`, `3.65 days`: a duration in the unit a person would say it in. */
export function formatDuration(seconds: number): QuantityValue {
  const unit = durationUnit(seconds);
  const number = seconds / DURATION_SECONDS[unit];
  return stored(number, unit, `${formatNumber(number)} ${unit}`);
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
