import { z } from 'zod';

/**
 * The stored shapes of the interviewer's follow-ups (probes), apart from the scorer so the session
 * schema can use them without loading the text tools. Ids are bounded: they come back from storage.
 */

export const MAX_FOLLOW_UP_ID = 80;
const MAX_ID = MAX_FOLLOW_UP_ID;

/**
 * Whether `id` can key a stored follow-up record: at most MAX_FOLLOW_UP_ID characters and not
 * '__proto__', which zod's record parsing drops (so a record keyed by it would not read back).
 */
export function isStorableFollowUpId(id: string): boolean {
  return id.length <= MAX_FOLLOW_UP_ID && id !== '__proto__';
}
/** Prompts with follow-ups in one session (a case has far fewer deep-dive prompts). */
export const MAX_FOLLOW_UP_PROMPTS = 50;
/** Choices picked in one probe answer. */
export const MAX_PROBE_CHOICES = 6;
/** More follow-ups than a prompt has key points never happen; the bound only stops a damaged record. */
export const MAX_PROBES_PER_PROMPT = 20;
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
