import { z } from 'zod';
import { parseUnit } from './math';

/** The physical dimensions a case may ask a learner to estimate. */
export const DIMENSION_IDS = ['data_size', 'data_rate', 'event_rate', 'event_count', 'duration', 'ratio'] as const;
export const dimensionSchema = z.enum(DIMENSION_IDS);
export type Dimension = z.infer<typeof dimensionSchema>;

const dimensionInfo: Record<Dimension, { label: string; referenceUnit: string | null; example: string }> = {
  data_size: { label: 'data size', referenceUnit: 'B', example: 'TB' },
  data_rate: { label: 'data rate', referenceUnit: 'B/s', example: 'GB/day' },
  event_rate: { label: 'event rate', referenceUnit: 'events/s', example: 'events/s' },
  event_count: { label: 'count of events', referenceUnit: 'events', example: 'events' },
  duration: { label: 'duration', referenceUnit: 's', example: 'hours' },
  // A ratio has no unit: availability as 0.999 or with the `%` written into the expression.
  ratio: { label: 'ratio', referenceUnit: null, example: '' },
};

/** Units content:check accepts for each dimension (any SI or binary prefix works too: KiB, Mbps). */
export const DIMENSION_UNITS: Record<Dimension, string> = {
  data_size: 'B, KB, MB, GB, TB, PB, or KiB, MiB, GiB, TiB',
  data_rate: 'GB/day, TB/day, MB/s, GB/hour, Mbps, Gbps, MBps',
  event_rate: 'events/s, events/day, QPS, RPS, TPS, or any count per time such as clicks/s, orders/hour, readings/min',
  event_count: 'events, messages, records, rows, requests, transactions',
  duration: 's, min, hour, day, week, month (mo), year (yr)',
  ratio: 'no unit (0.999), or %',
};

export function dimensionLabel(dimension: Dimension): string {
  return dimensionInfo[dimension].label;
}

export function dimensionExample(dimension: Dimension): string {
  return dimensionInfo[dimension].example;
}

/** True when `unit` (e.g. `TiB`, `GB/day`) measures the given dimension. */
export function unitHasDimension(unit: string, dimension: Dimension): boolean {
  const reference = dimensionInfo[dimension].referenceUnit;
  if (reference === null) return unit.trim() === '' || unit.trim() === '%';
  const parsed = parseUnit(unit);
  const expected = parseUnit(reference);
  return parsed !== undefined && expected !== undefined && parsed.equalBase(expected);
}
