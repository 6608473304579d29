import { z } from 'zod';

/** Longest question the interviewer reads; longer input is cut, so one paste cannot stall the matcher. */
export const MAX_QUESTION_CHARS = 500;
export const MAX_QUESTIONS = 200;
export const MAX_ENTITY_CHARS = 200;
export const MAX_ENTITIES = 100;

/** A learner's clarify step as saved by the app and read by `grade clarify`: questions in the order asked. */
export const clarifyTranscriptSchema = z.object({
  questions: z.array(z.string().max(10_000)).max(MAX_QUESTIONS),
  /** The main entities the learner listed ("order", "customer"...), if they listed any. */
  entities: z.array(z.string().max(1_000)).max(MAX_ENTITIES).optional(),
});

export type ClarifyTranscript = z.infer<typeof clarifyTranscriptSchema>;
