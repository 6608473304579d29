'use client';

import { useId, useMemo } from 'react';
import { FollowUpQuestion } from '@/components/deep-dive/follow-up-question';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import type { CurveballForSteps } from '@/lib/interview/score-curveball';
import { sessionCurveballInterview } from '@/lib/session/curveball-answer';

/**
 * The interviewer's follow-ups on the curveball, in its panel: once the learner says the change is
 * addressed, each claim their design or notes only name, list, hedge or negate gets one checkable
 * question (a choice or a number), one at a time, as in the deep dive. In a mock the answers are not
 * marked right or wrong until the report.
 */
export function CurveballFollowUps({ curveball }: { curveball: CurveballForSteps }) {
  const id = useId();
  const ready = useSessionContext().phase === 'ready';
  const session = useSession((state) => state.session);
  const submit = useSession((state) => state.submitCurveball);
  const answer = useSession((state) => state.answerCurveballProbe);
  const state = useMemo(() => (session ? sessionCurveballInterview(session, curveball) : undefined), [session, curveball]);
  if (!state) return null;
  const turn = state.next;
  return (
    <div className="curveball-follow-ups" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`} className="visually-hidden">
        Follow-ups on the changed requirement
      </h3>
      {!state.submitted ? (
        <div className="button-row">
          <button type="button" className="button" disabled={!ready} onClick={() => submit?.()}>
            I have addressed the change
          </button>
          <span className="field-hint">The interviewer may ask one question about what you wrote.</span>
        </div>
      ) : null}
      {turn ? <FollowUpQuestion key={turn.pointId} turn={turn} disabled={!ready} onAnswer={(probeAnswer) => answer?.(turn.pointId, probeAnswer)} /> : null}
      {state.submitted && !turn ? (
        <p className="muted">{state.settled.length > 0 ? 'Follow-ups answered: the interviewer moves on.' : 'The interviewer has no follow-up on what you wrote so far.'}</p>
      ) : null}
    </div>
  );
}
