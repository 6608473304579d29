import type { PromptInterview } from '../deep-dive/follow-ups';

/**
 * A deep-dive prompt counts as recalled when every key point is covered: the report lists a prompt
 * as missed for any key point left out, so review asks for the same before letting it go. The depth share
 * (points only an exemplary answer earns) is not recall: a complete answer without it is recalled.
 */
export function promptRecalled(scored: { earned: number; available: number; depthShortfall?: number }): boolean {
  return scored.available > 0 && scored.earned + (scored.depthShortfall ?? 0) >= scored.available;
}

/**
 * A review card's verdict on a deep-dive prompt, once its interview is settled: after the answer is
 * submitted and every follow-up the interviewer asks is answered, recalled when every key point
 * then holds (`promptRecalled`). Showing the model answer before that settles it as not recalled.
 * Undefined while the answer is not submitted or a follow-up is still open.
 */
export function reviewPromptVerdict(state: Pick<PromptInterview, 'scored' | 'submitted' | 'next' | 'revealed' | 'revealedBeforeSettling'>): boolean | undefined {
  if (state.revealedBeforeSettling) return false;
  if (!state.submitted || state.next) return undefined;
  return promptRecalled(state.scored);
}
