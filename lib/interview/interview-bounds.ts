import type { Interview } from './interview-schema';

/**
 * The interview record's caps and defaults, without zod: interview-schema.ts is built from them, and
 * code that only needs a number or a fresh practice interview imports them from here, so a step page
 * does not download zod before first paint.
 */

/** A mock lasts from a quick drill to a long loop; outside this range is a damaged record. */
export const MIN_INTERVIEW_MINUTES = 5;
export const MAX_INTERVIEW_MINUTES = 180;
/** Far more pauses than any interview has; a cap so a damaged record cannot grow without bound. */
export const MAX_PAUSES = 500;
/** A day in milliseconds: more time on one step than that is a damaged record, not a learner. */
export const MAX_STEP_TIME_MS = 24 * 60 * 60 * 1000;
/** The curveball baseline keeps at most this many keywords of each kind, each this long at most. */
export const MAX_BASELINE_KEYWORDS = 40;
export const MAX_BASELINE_KEYWORD_CHARS = 60;

export const DEFAULT_INTERVIEW_MINUTES = 45;

/** The curveball's share of the session total when there was one; the five steps share the rest equally. */
export const CURVEBALL_WEIGHT = 0.1;

/** An untimed practice interview; its length (minutes) only sets the budgets shown on the report. */
export function practiceInterview(durationMinutes = DEFAULT_INTERVIEW_MINUTES): Interview {
  return { mode: 'practice', durationMinutes, pauses: [] };
}
