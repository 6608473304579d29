import { z } from 'zod';
import { MAX_FOLLOW_UP_ID, MAX_PROBE_CHOICES } from '../deep-dive/follow-up-bounds';
import { MAX_PROBE_LEAD, MAX_PROBE_QUESTION } from './probe-question';

/* The follow-up's zod schema lives apart from probe-question.ts so the answer form (lesson, practice, deep dive) loads no zod. */

/**
 * A follow-up as the learner sees it: the interviewer's lead-in (the learner's own words), the
 * question, and either its choices (without which are right) or the unit of the number asked for.
 * What a room sends the candidate, and what the answer form renders in a mock and in a room.
 */
export const probeQuestionSchema = z.object({
  /** The key point or curveball claim the follow-up settles. */
  pointId: z.string().min(1).max(MAX_FOLLOW_UP_ID),
  lead: z.string().max(MAX_PROBE_LEAD),
  question: z.string().min(1).max(MAX_PROBE_QUESTION),
  /** The choices of a choice follow-up, in the case's order; absent for a number. */
  choices: z.array(z.object({ id: z.string().min(1).max(MAX_FOLLOW_UP_ID), text: z.string().min(1).max(300) })).min(2).max(MAX_PROBE_CHOICES).optional(),
  /** Whether several choices are right (the form then takes checkboxes), as the mock tells the learner. */
  multiple: z.boolean().optional(),
  /** The unit of a number follow-up ('' when none). */
  unit: z.string().max(32).optional(),
});
export type ProbeQuestion = z.infer<typeof probeQuestionSchema>;
