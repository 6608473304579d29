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
