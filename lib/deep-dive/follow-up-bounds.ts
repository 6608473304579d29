/** The follow-up records' caps and id rule, without zod (follow-up-schema.ts is built from them). */

export const MAX_FOLLOW_UP_ID = 80;

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
