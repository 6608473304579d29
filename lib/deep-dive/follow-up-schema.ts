import { z } from 'zod';
import { isStorableFollowUpId, MAX_FOLLOW_UP_ID, MAX_FOLLOW_UP_PROMPTS, MAX_PROBE_CHOICES, MAX_PROBES_PER_PROMPT } from './follow-up-bounds';

/**
 * The stored shapes of the interviewer's follow-ups (probes), apart from the scorer so the session
 * schema can use them without loading the text tools. Ids are bounded: they come back from storage.
 */

export { isStorableFollowUpId, MAX_FOLLOW_UP_ID, MAX_FOLLOW_UP_PROMPTS, MAX_PROBE_CHOICES, MAX_PROBES_PER_PROMPT };

const MAX_ID = MAX_FOLLOW_UP_ID;
const isoDate = z.iso.datetime({ offset: true });

/** An answer to a probe: the ids of the choices picked, or a number in the probe's unit. */
export const probeAnswerSchema = z.union([
  z.strictObject({ selected: z.array(z.string().max(MAX_ID)).max(MAX_PROBE_CHOICES) }),
  z.strictObject({ number: z.number().finite() }),
]);

/** One answered follow-up, with when it was answered (to tell whether the model answer was shown first). */
export const probeRecordSchema = z.object({ answer: probeAnswerSchema, answeredAt: isoDate });
export type ProbeRecord = z.infer<typeof probeRecordSchema>;

/**
 * What happened after the learner answered one deep-dive prompt: when the answer was submitted
 * (the follow-ups start then), the follow-up answers by key point id, and when the model answer was
 * shown, with the key points whose follow-ups were still open at that moment.
 */
export const promptFollowUpSchema = z.object({
  submittedAt: isoDate.optional(),
  probes: z
    .record(z.string().max(MAX_ID), probeRecordSchema)
    .refine((probes) => Object.keys(probes).length <= MAX_PROBES_PER_PROMPT, 'too many follow-up answers')
    .default({}),
  revealedAt: isoDate.optional(),
  /** Key point ids whose follow-up was still open when the answer was shown (empty: shown after settling). */
  openAtReveal: z.array(z.string().max(MAX_ID)).max(MAX_PROBES_PER_PROMPT).optional(),
});
export type PromptFollowUp = z.infer<typeof promptFollowUpSchema>;

/** Follow-ups by deep-dive prompt id. */
export const deepDiveFollowUpsSchema = z.record(z.string().max(MAX_ID), promptFollowUpSchema).refine((all) => Object.keys(all).length <= MAX_FOLLOW_UP_PROMPTS, 'too many deep-dive follow-ups');
export type DeepDiveFollowUps = z.infer<typeof deepDiveFollowUpsSchema>;
