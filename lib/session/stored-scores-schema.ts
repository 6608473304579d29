import { z } from 'zod';
import { stepIdSchema } from '../steps/step-id-schema';

const score = z.number().int().min(0).max(100);

/**
 * The scores an attempt had when it was finished (or last re-graded), with the content hash of the
 * rubric they were computed against (lib/content/rubric-hash.ts). History and the report show these
 * rather than re-scoring, so editing a rubric does not silently change a past score.
 */
export const storedScoresSchema = z.object({
  rubricHash: z.string().regex(/^[0-9a-f]{8,64}$/),
  scoredAt: z.iso.datetime({ offset: true }),
  total: score,
  steps: z.partialRecord(stepIdSchema, score),
  curveball: score.optional(),
});
export type StoredScores = z.infer<typeof storedScoresSchema>;
