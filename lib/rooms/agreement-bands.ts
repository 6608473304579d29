import type { RatingLevel } from './rating-schema';

/**
 * The one place the engine's 0-100 step score is binned onto the interviewer's 1-4 scale (lib/content
 * /anchor-schema.ts: 1 = not yet, 2 = partly, 3 = solid, hire at the level, 4 = strong), so the two can
 * be compared with a weighted kappa. Inclusive bounds; together they cover 0..100 without overlap.
 * 60 is the engine's "solid" line as the report reads it; 80 and above is strong.
 */
export const ENGINE_SCORE_BANDS: readonly { level: RatingLevel; min: number; max: number }[] = [
  { level: 1, min: 0, max: 39 },
  { level: 2, min: 40, max: 59 },
  { level: 3, min: 60, max: 79 },
  { level: 4, min: 80, max: 100 },
];

/** The 1-4 level of an engine step score (0-100, rounded first; out-of-range scores are clamped). */
export function engineBand(score: number): RatingLevel {
  const rounded = Math.max(0, Math.min(100, Math.round(score)));
  return ENGINE_SCORE_BANDS.find((band) => rounded >= band.min && rounded <= band.max)?.level ?? 1;
}
