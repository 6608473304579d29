import { availabilityFromDowntime, downtimeBudget, formatAvailability, parallelAvailability, parseAvailability, PERIOD_SECONDS, serialAvailability } from './availability';
import type { AvailabilityPeriod } from './availability';
import { formatDuration } from './format-quantity';

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

/**
 * Components in a chain all have to be up (serial: availabilities multiply); redundant copies only
 * all have to fail (parallel: unavailabilities multiply).
 */
export function composeAvailability(text: string): { serial: string; parallel: string; count: number } | { error: string } {
  const parts = text
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map((part) => ({ part, value: parseAvailability(part) }));
  const bad = parts.find((part) => part.value === undefined);
  if (bad) return { error: `"${bad.part}" is not an availability such as 99.9% or 0.999.` };
  const values = parts.map((part) => part.value as number);
  if (values.length < 2) return { error: 'List at least two components.' };
  return { serial: formatAvailability(serialAvailability(values)), parallel: formatAvailability(parallelAvailability(values)), count: values.length };
}
