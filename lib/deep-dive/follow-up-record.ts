import { MAX_FOLLOW_UP_ID, MAX_PROBE_CHOICES, MAX_PROBES_PER_PROMPT, isStorableFollowUpId } from './follow-up-bounds';
import type { PromptFollowUp } from './follow-up-schema';
import type { ProbeAnswer } from './probe';

/**
 * The moves of one deep-dive prompt's interview, on its follow-up record: submit the answer, answer
 * a follow-up, show the model answer. Pure; the deep-dive step keeps the record in the session, a
 * review card in its own state. Each returns the record itself when the move does not apply.
 */

/** The learner says the answer is done: the interviewer may follow up from now. Submitting twice keeps the first time. */
export function submitFollowUp(followUp: PromptFollowUp, now: Date): PromptFollowUp {
  return followUp.submittedAt ? followUp : { ...followUp, submittedAt: now.toISOString() };
}

/**
 * The answer to the follow-up on one key point. The first answer stands (an interviewer does not let
 * you answer twice), none is taken after the model answer was shown, and ids and counts stay in bounds.
 */
export function answerFollowUp(followUp: PromptFollowUp, pointId: string, answer: ProbeAnswer, now: Date): PromptFollowUp {
  if (Object.hasOwn(followUp.probes, pointId) || followUp.revealedAt || Object.keys(followUp.probes).length >= MAX_PROBES_PER_PROMPT) return followUp;
  if (!isStorableFollowUpId(pointId)) return followUp;
  if ('selected' in answer ? answer.selected.length > MAX_PROBE_CHOICES || answer.selected.some((id) => id.length > MAX_FOLLOW_UP_ID) : !Number.isFinite(answer.number)) return followUp;
  // -0 is stored as 0: JSON (export, the local backup, the room socket) writes it as 0, so the stored record must already say 0.
  const stored = 'selected' in answer ? { selected: [...answer.selected] } : { number: answer.number === 0 ? 0 : answer.number };
  return { ...followUp, probes: { ...followUp.probes, [pointId]: { answer: stored, answeredAt: now.toISOString() } } };
}

/** The model answer was shown, with the follow-ups still open then (`openPointIds`). Only the first time counts. */
export function revealFollowUp(followUp: PromptFollowUp, openPointIds: readonly string[], now: Date): PromptFollowUp {
  if (followUp.revealedAt) return followUp;
  return { ...followUp, revealedAt: now.toISOString(), openAtReveal: openPointIds.filter(isStorableFollowUpId).slice(0, MAX_PROBES_PER_PROMPT) };
}
