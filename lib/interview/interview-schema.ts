import { z } from 'zod';
import { stepIdSchema } from '../steps/step-id-schema';

export const INTERVIEW_MODES = ['practice', 'mock'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

/** A mock lasts from a quick drill to a long loop; outside this range is a damaged record. */
export const MIN_INTERVIEW_MINUTES = 5;
export const MAX_INTERVIEW_MINUTES = 180;
/** Far more pauses than any interview has; a cap so a damaged record cannot grow without bound. */
export const MAX_PAUSES = 500;
/** A day in milliseconds: more time on one step than that is a damaged record, not a learner. */
export const MAX_STEP_TIME_MS = 24 * 60 * 60 * 1000;

const isoDate = z.iso.datetime({ offset: true });
/** The curveball baseline keeps at most this many keywords of each kind, each this long at most. */
export const MAX_BASELINE_KEYWORDS = 40;
export const MAX_BASELINE_KEYWORD_CHARS = 60;

/**
 * What already matched the curveball's cues when it was announced. Only what comes after counts, so
 * a design that happened to say "audit" or draw an object store earns nothing for the change.
 */
export const curveballBaselineSchema = z.object({
  textKeywords: z.array(z.string().max(MAX_BASELINE_KEYWORD_CHARS)).max(MAX_BASELINE_KEYWORDS),
  diagramKeywords: z.array(z.string().max(MAX_BASELINE_KEYWORD_CHARS)).max(MAX_BASELINE_KEYWORDS),
  kindCount: z.number().int().min(0).max(100_000),
  /** Share (0-1) of each curveball claim already earned before the announcement, by claim id; absent in older sessions. */
  textClaims: z.record(z.string().max(60), z.number().min(0).max(1)).optional(),
});
export type CurveballBaseline = z.infer<typeof curveballBaselineSchema>;

export const pauseSchema = z.object({ startedAt: isoDate, endedAt: isoDate.optional() });
export type Pause = z.infer<typeof pauseSchema>;

/**
 * How the attempt is run. Practice: untimed, feedback as the learner works. Mock: a clock from
 * `startedAt`, pauses recorded, feedback held back until `finishedAt`, the case's curveball
 * announced once (at `curveballAt`).
 */
export const interviewSchema = z.object({
  mode: z.enum(INTERVIEW_MODES),
  durationMinutes: z.number().int().min(MIN_INTERVIEW_MINUTES).max(MAX_INTERVIEW_MINUTES),
  startedAt: isoDate.optional(),
  pauses: z.array(pauseSchema).max(MAX_PAUSES),
  finishedAt: isoDate.optional(),
  curveballAt: isoDate.optional(),
  /** What already matched the curveball when it was announced; only what came after counts. */
  curveballBaseline: curveballBaselineSchema.optional(),
});
export type Interview = z.infer<typeof interviewSchema>;

/** Active milliseconds spent on each step's page (both modes); steps never opened are absent. */
export const stepTimesSchema = z.partialRecord(stepIdSchema, z.number().min(0).max(MAX_STEP_TIME_MS));
export type StepTimes = z.infer<typeof stepTimesSchema>;

export const DEFAULT_INTERVIEW_MINUTES = 45;

/** The curveball's share of the session total when there was one; the five steps share the rest equally. */
export const CURVEBALL_WEIGHT = 0.1;

export function practiceInterview(durationMinutes = DEFAULT_INTERVIEW_MINUTES): Interview {
  return { mode: 'practice', durationMinutes, pauses: [] };
}
