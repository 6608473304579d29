import { z } from 'zod';
import { sceneSnapshotSchema } from '../canvas/scene-snapshot';
import { interviewSchema, stepTimesSchema } from '../interview/interview-schema';
import { designAnswerSchema } from '../design/design-answer-schema';
import { deepDiveAnswerTextSchema } from '../deep-dive/answer-text-schema';
import { deepDiveFollowUpsSchema, promptFollowUpSchema } from '../deep-dive/follow-up-schema';
import { MAX_EXPRESSION_LENGTH, MAX_ROWS } from '../estimate/limits';
import { stepIdSchema } from '../steps/step-id-schema';
import { storedScoresSchema } from './stored-scores-schema';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';

import { MAX_DEEP_DIVE_ANSWERS, MAX_DEEP_DIVE_PROMPT_ID, MAX_ENTITIES_LENGTH, MAX_NOTES_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS, MAX_ROW_ID_LENGTH, MAX_ROW_NAME_LENGTH, SESSION_VERSION } from './session-bounds';

export { MAX_DEEP_DIVE_ANSWERS, MAX_DEEP_DIVE_PROMPT_ID, MAX_ENTITIES_LENGTH, MAX_NOTES_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS, MAX_ROW_ID_LENGTH, MAX_ROW_NAME_LENGTH, SESSION_VERSION };

const isoDate = z.iso.datetime({ offset: true });

export const stepWorkSchema = z.object({
  notes: z.string().max(MAX_NOTES_LENGTH),
  visited: z.boolean(),
  updatedAt: isoDate.optional(),
});
export type StepWork = z.infer<typeof stepWorkSchema>;

const stepsShape = Object.fromEntries(STEP_IDS.map((id) => [id, stepWorkSchema])) as Record<StepId, typeof stepWorkSchema>;

/** What the learner did in the steps that have an engine: the engines re-score it deterministically. */
export const stepAnswersSchema = z.object({
  clarify: z.object({
    questions: z.array(z.object({ text: z.string().max(MAX_QUESTION_LENGTH), askedAt: isoDate })).max(MAX_QUESTIONS),
    /** The main entities as the learner listed them, one per line or comma separated. */
    entities: z.string().max(MAX_ENTITIES_LENGTH),
  }),
  estimate: z.object({
    rows: z.array(z.object({ id: z.string().max(MAX_ROW_ID_LENGTH), name: z.string().max(MAX_ROW_NAME_LENGTH), expr: z.string().max(MAX_EXPRESSION_LENGTH) })).max(MAX_ROWS),
  }),
  design: designAnswerSchema,
  diagram: z.object({
    /** The canvas as drawn; opaque here; lib/canvas is the only reader of its elements. */
    scene: sceneSnapshotSchema,
  }),
  /** Answers to the case's deep-dive prompts, by prompt id. */
  deepDive: z.record(z.string().max(MAX_DEEP_DIVE_PROMPT_ID), deepDiveAnswerTextSchema).refine((answers) => Object.keys(answers).length <= MAX_DEEP_DIVE_ANSWERS, 'too many deep-dive answers'),
  /** The interviewer's follow-ups per deep-dive prompt id: submitted, probe answers, model answer shown. Optional: older sessions have none. */
  deepDiveFollowUps: deepDiveFollowUpsSchema.optional(),
  /**
   * The interviewer's follow-ups on a mock's curveball, by curveball claim id: when the learner said the
   * change was addressed (`submittedAt`) and each probe answer. Optional: older sessions have none.
   */
  curveballFollowUp: promptFollowUpSchema.optional(),
});
export type StepAnswers = z.infer<typeof stepAnswersSchema>;

/** Steps whose whole feedback has one "Show the answer" (the deep dive has one per prompt, in its follow-ups). */
export const ANSWER_STEPS = ['clarify', 'estimate', 'design', 'diagram'] as const satisfies readonly StepId[];
export type AnswerStep = (typeof ANSWER_STEPS)[number];
/** When each step's answer was shown: the first time only. */
export const answersShownSchema = z.object(Object.fromEntries(ANSWER_STEPS.map((step) => [step, isoDate.optional()])) as Record<AnswerStep, z.ZodOptional<typeof isoDate>>);
export type AnswersShown = z.infer<typeof answersShownSchema>;

/** One learner's attempt at one case: the single source of truth for what is stored and exported. */
export const sessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,120}$/),
  caseSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  createdAt: isoDate,
  updatedAt: isoDate,
  currentStep: stepIdSchema,
  steps: z.object(stepsShape),
  answers: stepAnswersSchema,
  /** Practice or mock, with the mock's clock, pauses and curveball. */
  interview: interviewSchema,
  stepTimes: stepTimesSchema,
  /** Scores stored when a mock was finished or the learner re-graded; absent: scored live against the current rubric. */
  storedScores: storedScoresSchema.optional(),
  /** When the learner pressed "Show the answer" on a step's feedback (practice), by step. Optional: older sessions have none. */
  answersShown: answersShownSchema.optional(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What one stored record holds (zustand's persist envelope around our state). */
export const storedSessionSchema = z.object({
  version: z.number().int(),
  state: z.object({ session: z.unknown() }),
});
