'use client';

import type { DeepDivePrompt } from '@/lib/content/rubric-schema';
import type { PromptInterview } from '@/lib/deep-dive/follow-ups';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import { FollowUpQuestion } from './follow-up-question';
import { ModelAnswer } from './model-answer';

type Props = {
  prompt: DeepDivePrompt;
  state: PromptInterview;
  /** Names the prompt in labels: "question 2", "this question". */
  label: string;
  /** Practice and review teach: answered follow-ups are marked right or wrong, and the model answer shows once asked for. */
  teaching: boolean;
  disabled: boolean;
  onAnswer: (pointId: string, answer: ProbeAnswer) => void;
};

/**
 * What follows a submitted deep-dive answer, wherever it is asked (the deep-dive step, a review
 * card): the interviewer's follow-ups one at a time, those answered, and the model answer once shown.
 */
export function PromptFollowUps({ prompt, state, label, teaching, disabled, onAnswer }: Props) {
  const turn = state.next;
  return (
    <>
      {turn ? <FollowUpQuestion key={turn.pointId} turn={turn} disabled={disabled} onAnswer={(probeAnswer) => onAnswer(turn.pointId, probeAnswer)} /> : null}
      {state.submitted && !state.next && state.settled.length > 0 && !teaching ? <p className="muted">Follow-ups answered: the interviewer moves on.</p> : null}
      {teaching && state.settled.length > 0 ? (
        <ul className="feedback-points" aria-label={`Follow-ups on ${label}`}>
          {state.settled.map((probe) => (
            <li key={probe.pointId} className={`finding-inline finding-${probe.correct ? 'good' : 'wrong'}`}>
              {probe.question} Your answer: {probe.answer} {probe.correct ? '(right)' : '(wrong)'}
            </li>
          ))}
        </ul>
      ) : null}
      {teaching && state.revealed ? <ModelAnswer prompt={prompt} beforeSettling={state.revealedBeforeSettling} /> : null}
    </>
  );
}
