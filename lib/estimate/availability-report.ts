import { availabilityFromDowntime, downtimeBudget, formatAvailability, parallelAvailability, parseAvailability, PERIOD_SECONDS, serialAvailability } from './availability';
import type { AvailabilityPeriod } from './availability';
import { formatDuration } from './format-number';

export type DowntimeRow = { period: AvailabilityPeriod; downtime: string };

/** `99.9%` -> the downtime it allows per year, month, week and day; an error message for bad input. */
export function downtimeTable(text: string): { rows: DowntimeRow[] } | { error: string } {
  if (text.trim() === '') return { rows: [] };
  const availability = parseAvailability(text);
  if (availability === undefined) return { error: 'Write an availability such as 99.9% or 0.999.' };
  const budget = downtimeBudget(availability);
  const periods: AvailabilityPeriod[] = ['year', 'month', 'week', 'day'];
  return { rows: periods.map((period) => ({ period, downtime: budget[period] === 0 ? 'none' : formatDuration(budget[period]).display })) };
}

const UNIT_SECONDS = { minutes: 60, hours: 3600, days: 86400 } as const;
export type DowntimeUnit = keyof typeof UNIT_SECONDS;

/** The other way round: `8.76 hours` of downtime a `year` -> `99.9%`. */
export function availabilityForDowntime(amount: string, unit: DowntimeUnit, period: AvailabilityPeriod): string | { error: string } {
  const value = Number(amount);
  if (amount.trim() === '' || !Number.isFinite(value) || value < 0) return { error: 'Write the downtime as a number.' };
  const seconds = value * UNIT_SECONDS[unit];
  if (seconds > PERIOD_SECONDS[period]) return { error: `That is more downtime than a ${period} has.` };
  return formatAvailability(availabilityFromDowntime(seconds, period));
}

/** Digits after the point an availability percentage may need: beyond these, doubles are noise. */
const MAX_PERCENT_DECIMALS = 12;

/**
 * An availability as a percentage (six significant digits, as `formatAvailability`), with more decimals
 * where those would round it up to 100%: enough to show the first two digits of its downtime, so
 * 0.9999999995 is `99.99999995%`, never a rounded `100%` for something short of it. Exactly 1 is
 * `100%`; closer than twelve decimals can show, `over 99.999999999999%`.
 */
export function formatAvailabilityExact(availability: number): string {
  const down = (1 - availability) * 100;
  if (down <= 0) return '100%';
  const usual = formatAvailability(availability);
  if (usual !== '100%') return usual;
  const decimals = Math.max(0, Math.ceil(-Math.log10(down)) + 1);
  if (decimals > MAX_PERCENT_DECIMALS) return `over ${(100 - 10 ** -MAX_PERCENT_DECIMALS).toFixed(MAX_PERCENT_DECIMALS)}%`;
  const shown = (availability * 100).toFixed(decimals);
  const trimmed = shown.includes('.') ? shown.replace(/0+$/, '').replace(/\.$/, '') : shown;
  return `${trimmed}%`;
}

/** The downtime a year an availability allows, as `8.76 hours`, or `none` at 100%. */
function downtimePerYear(availability: number): string {
  const seconds = downtimeBudget(availability).year;
  return seconds === 0 ? 'none' : formatDuration(seconds).display;
}

export type ComposedAvailability = {
  /** All components in a chain: each must be up. */
  serial: string;
  /** The downtime a year the chain allows. */
  serialDowntime: string;
  /** The listed availabilities as redundant copies: one up is enough, if they fail independently. */
  parallel: string;
  parallelDowntime: string;
  count: number;
};

/**
 * Components in a chain all have to be up (serial: availabilities multiply); redundant copies only
 * all have to fail (parallel: unavailabilities multiply, which assumes they fail independently).
 * Each figure comes with the downtime a year it allows, so a tiny difference from 100% reads as what
 * it means rather than as "100%".
 */
export function composeAvailability(text: string): ComposedAvailability | { error: string } {
  const parts = text
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map((part) => ({ part, value: parseAvailability(part) }));
  const bad = parts.find((part) => part.value === undefined);
  if (bad) return { error: `"${bad.part}" is not an availability such as 99.9% or 0.999.` };
  const values = parts.map((part) => part.value as number);
  if (values.length < 2) return { error: 'List at least two components.' };
  const serial = serialAvailability(values);
  const parallel = parallelAvailability(values);
  return {
    serial: formatAvailabilityExact(serial),
    serialDowntime: downtimePerYear(serial),
    parallel: formatAvailabilityExact(parallel),
    parallelDowntime: downtimePerYear(parallel),
    count: values.length,
  };
}
