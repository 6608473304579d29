import { z } from 'zod';
import { dimensionIdSchema, MAX_ANCHOR_DIMENSIONS } from '../content/anchor-schema';
import { stepIdSchema } from '../steps/step-id-schema';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';

/**
 * The four levels an interviewer rates a step or a dimension on. What each level looks like for a
 * case is written in its rubric (`anchors`, lib/content/anchor-schema.ts); these are the fallbacks.
 */
export const RATING_LEVELS = [1, 2, 3, 4] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const ratingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Short names for the levels, shown when a case has no anchor for a step or a dimension. */
export const RATING_LEVEL_NAMES: Readonly<Record<RatingLevel, string>> = {
  1: 'Not yet',
  2: 'Partly',
  3: 'Solid',
  4: 'Strong',
};

/** The hiring recommendation: a binary call, as most hiring committees ask for. */
export const HIRE_DECISIONS = ['hire', 'no-hire'] as const;
export type HireDecision = (typeof HIRE_DECISIONS)[number];

/** The level the candidate performed at, in the usual data-engineering ladder. */
export const HIRE_LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type HireLevel = (typeof HIRE_LEVELS)[number];
export const HIRE_LEVEL_NAMES: Readonly<Record<HireLevel, string>> = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff' };

export const MAX_RATING_COMMENTS = 4_000;
export const MAX_RATING_DIMENSIONS = MAX_ANCHOR_DIMENSIONS;

/**
 * The interviewer's ratings for one room: each step and each of the case's dimensions 1-4 (absent =
 * not rated yet), hire / no-hire, the level, and free comments. Sent whole with `ratings:set`, held
 * from the candidate until the interviewer releases them.
 */
export const ratingsSchema = z.strictObject({
  steps: z.partialRecord(stepIdSchema, ratingLevelSchema).default({}),
  dimensions: z
    .record(dimensionIdSchema, ratingLevelSchema)
    .refine((dimensions) => Object.keys(dimensions).length <= MAX_RATING_DIMENSIONS, `at most ${MAX_RATING_DIMENSIONS} dimensions`)
    .default({}),
  decision: z.enum(HIRE_DECISIONS).optional(),
  level: z.enum(HIRE_LEVELS).optional(),
  comments: z.string().max(MAX_RATING_COMMENTS).default(''),
});
export type Ratings = z.infer<typeof ratingsSchema>;

/** Ratings before the interviewer has touched the form. */
export function emptyRatings(): Ratings {
  return { steps: {}, dimensions: {}, comments: '' };
}

/** What is still missing before the ratings are complete: unrated steps and dimensions, decision, level. */
export type RatingGaps = { steps: StepId[]; dimensions: string[]; decision: boolean; level: boolean };

/**
 * Lists what the interviewer has not rated yet, against the case's dimension ids (from its anchors).
 * Ratings for a dimension the case does not name are ignored here (see `unknownDimensions`).
 */
export function ratingGaps(ratings: Ratings, dimensionIds: readonly string[]): RatingGaps {
  return {
    steps: STEP_IDS.filter((step) => ratings.steps[step] === undefined),
    dimensions: dimensionIds.filter((dimension) => ratings.dimensions[dimension] === undefined),
    decision: ratings.decision === undefined,
    level: ratings.level === undefined,
  };
}

/** True when every step and dimension is rated and the decision and level are chosen. */
export function ratingsComplete(ratings: Ratings, dimensionIds: readonly string[]): boolean {
  const gaps = ratingGaps(ratings, dimensionIds);
  return gaps.steps.length === 0 && gaps.dimensions.length === 0 && !gaps.decision && !gaps.level;
}

/** Dimension ids rated but not named by the case (a case edited after the room was rated). */
export function unknownDimensions(ratings: Ratings, dimensionIds: readonly string[]): string[] {
  const known = new Set(dimensionIds);
  return Object.keys(ratings.dimensions).filter((dimension) => !known.has(dimension));
}

/**
 * The mean of the rated steps and dimensions on the 1-4 scale, rounded to one decimal; undefined when
 * nothing is rated. Shown beside the engine's score, never mixed into it.
 */
export function meanRating(ratings: Ratings): number | undefined {
  const values = [...Object.values(ratings.steps), ...Object.values(ratings.dimensions)].filter((value): value is RatingLevel => value !== undefined);
  if (values.length === 0) return undefined;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
