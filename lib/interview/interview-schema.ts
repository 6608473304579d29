import { z } from 'zod';
import { stepIdSchema } from '../steps/step-id-schema';
import { CURVEBALL_WEIGHT, DEFAULT_INTERVIEW_MINUTES, MAX_BASELINE_KEYWORD_CHARS, MAX_BASELINE_KEYWORDS, MAX_INTERVIEW_MINUTES, MAX_PAUSES, MAX_STEP_TIME_MS, MIN_INTERVIEW_MINUTES, practiceInterview } from './interview-bounds';

export { CURVEBALL_WEIGHT, DEFAULT_INTERVIEW_MINUTES, MAX_BASELINE_KEYWORD_CHARS, MAX_BASELINE_KEYWORDS, MAX_INTERVIEW_MINUTES, MAX_PAUSES, MAX_STEP_TIME_MS, MIN_INTERVIEW_MINUTES, practiceInterview };

export const INTERVIEW_MODES = ['practice', 'mock'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];


const isoDate = z.iso.datetime({ offset: true });

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
