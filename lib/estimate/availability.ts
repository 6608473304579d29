import { formatDuration, formatNumber } from './format-number';

export type AvailabilityPeriod = 'year' | 'month' | 'week' | 'day';

const DAY = 86400;
/** SLA tables use a 365-day year (99.9% -> 8.76 h) and a twelfth of it for a month (43.8 min). */
export const PERIOD_SECONDS: Readonly<Record<AvailabilityPeriod, number>> = {
  year: 365 * DAY,
  month: (365 * DAY) / 12,
  week: 7 * DAY,
  day: DAY,
};

function checkFraction(availability: number, what = 'availability'): void {
  if (!(availability >= 0 && availability <= 1)) throw new RangeError(`${what} must be a fraction between 0 and 1, got ${availability}`);
}

/** Seconds of downtime an availability allows per period: 0.999 per year -> 31,536 s (8.76 hours). */
export function downtimeSeconds(availability: number, period: AvailabilityPeriod): number {
  checkFraction(availability);
  return (1 - availability) * PERIOD_SECONDS[period];
}

/** Downtime allowed per year, month, week and day, in seconds. */
export function downtimeBudget(availability: number): Record<AvailabilityPeriod, number> {
  return {
    year: downtimeSeconds(availability, 'year'),
    month: downtimeSeconds(availability, 'month'),
    week: downtimeSeconds(availability, 'week'),
    day: downtimeSeconds(availability, 'day'),
  };
}

/** The availability that allows this much downtime per period: 8.76 hours a year -> 0.999. */
export function availabilityFromDowntime(seconds: number, period: AvailabilityPeriod): number {
  if (!(seconds >= 0 && seconds <= PERIOD_SECONDS[period])) {
    throw new RangeError(`downtime must be between 0 and the length of a ${period}, got ${seconds} s`);
  }
  return 1 - seconds / PERIOD_SECONDS[period];
}

/** Components in series all have to be up: availabilities multiply (0.999 * 0.999 = 0.998). */
export function serialAvailability(parts: readonly number[]): number {
  parts.forEach((part) => checkFraction(part, 'each availability'));
  return parts.reduce((product, part) => product * part, 1);
}

/** Redundant copies fail only together: 1 - product of unavailabilities (two 99% copies -> 99.99%). */
export function parallelAvailability(parts: readonly number[]): number {
  parts.forEach((part) => checkFraction(part, 'each availability'));
  if (parts.length === 0) return 0;
  return 1 - parts.reduce((product, part) => product * (1 - part), 1);
}

/** The number of nines: 0.999 -> 3, 0.9995 -> 3.3. */
export function nines(availability: number): number {
  checkFraction(availability);
  return availability === 1 ? Number.POSITIVE_INFINITY : -Math.log10(1 - availability);
}

/**
 * Reads `99.9%`, `0.999` or a bare `99.9` (a percentage written without its sign) as a fraction;
 * undefined for anything else.
 */
export function parseAvailability(text: string): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(%?)\s*$/.exec(text);
  if (!match?.[1]) return undefined;
  const number = Number(match[1]);
  const fraction = match[2] === '%' || number > 1 ? number / 100 : number;
  return fraction >= 0 && fraction <= 1 ? fraction : undefined;
}

/** 0.999 -> `99.9%`. */
export function formatAvailability(availability: number): string {
  return `${formatNumber(availability * 100, 6)}%`;
}

/** `about 8.76 hours of downtime a year (43.8 min a month)`: how a target reads as downtime. */
export function describeDowntime(availability: number, withMonth = true): string {
  const budget = downtimeBudget(availability);
  if (budget.year === 0) return 'no downtime at all';
  const year = `about ${formatDuration(budget.year).display} of downtime a year`;
  return withMonth ? `${year} (${formatDuration(budget.month).display} a month)` : year;
}
