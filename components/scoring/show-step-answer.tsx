'use client';

import { isStepAnswerShown } from '@/lib/session/answer-shown';
import type { AnswerStep } from '@/lib/session/session-schema';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/** Whether the step's feedback may give the case's values (see isStepAnswerShown); false while loading. */
export function useStepAnswerShown(step: AnswerStep): boolean {
  return useSession((state) => isStepAnswerShown(state.session, step)) ?? false;
}

/**
 * Under a step's feedback in practice: "Show the answer" turns the neutral findings into the full
 * ones with the case's values. Recorded in the session and on the report; it ends nothing else.
 */
export function ShowStepAnswer({ step }: { step: AnswerStep }) {
  const ready = useSessionContext().phase === 'ready';
  const shown = useStepAnswerShown(step);
  const show = useSession((state) => state.showStepAnswer);
  if (shown) return <p className="muted show-answer-note">Answer shown: the feedback gives the case&apos;s values. This is recorded on the report.</p>;
  return (
    <div className="button-row">
      <p className="muted">The feedback says what is missing or off without giving the answer.</p>
      <button type="button" className="button" disabled={!ready} onClick={() => show?.(step)}>
        Show the answer
      </button>
    </div>
  );
}
