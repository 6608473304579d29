import { z } from 'zod';
import { STEP_IDS, stepIdSchema } from '../steps/steps';
import type { StepId } from '../steps/steps';

/** Bump when the stored shape changes, and add the step in migrate-session.ts. */
export const SESSION_VERSION = 2;

/** Notes are capped so one runaway paste cannot fill the learner's storage. */
export const MAX_NOTES_LENGTH = 100_000;

const isoDate = z.iso.datetime({ offset: true });

export const stepWorkSchema = z.object({
  notes: z.string().max(MAX_NOTES_LENGTH),
  visited: z.boolean(),
  updatedAt: isoDate.optional(),
});
export type StepWork = z.infer<typeof stepWorkSchema>;

const stepsShape = Object.fromEntries(STEP_IDS.map((id) => [id, stepWorkSchema])) as Record<StepId, typeof stepWorkSchema>;

/** One learner's attempt at one case: the single source of truth for what is stored and exported. */
export const sessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,120}$/),
  caseSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  createdAt: isoDate,
  updatedAt: isoDate,
  currentStep: stepIdSchema,
  steps: z.object(stepsShape),
});
export type Session = z.infer<typeof sessionSchema>;

/** What one stored record holds (zustand's persist envelope around our state). */
export const storedSessionSchema = z.object({
  version: z.number().int(),
  state: z.object({ session: z.unknown() }),
});
