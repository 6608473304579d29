'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import type { Ratings } from '@/lib/rooms/rating-schema';
import type { Session } from '@/lib/session/session-schema';
import { getStep } from '@/lib/steps/steps';
import { StepScore } from '@/components/scoring/step-score';
import { useScoreSession } from '@/components/scoring/use-score-session';

/** Re-scoring on every keystroke would slow the console; the scores follow the work at most this often. */
const RESCORE_MS = 1_000;

function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The engines' live scores and findings for each step, computed in the interviewer's browser from the
 * candidate's work as it arrives (never sent anywhere). With ratings, each step shows the
 * interviewer's 1-4 beside the engine's score.
 */
export function LiveScores({ session, rubric, ratings, title = 'Engine scores' }: { session: Session; rubric: Rubric; ratings?: Ratings; title?: string }) {
  const scoreSession = useScoreSession();
  const settled = useSettled(session, RESCORE_MS);
  const scored = useMemo(() => (scoreSession ? scoreSession(settled, rubric) : undefined), [scoreSession, settled, rubric]);
  const id = useId();
  return (
    <section className="panel live-scores" aria-labelledby={`${id}-heading`}>
      <div className="panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {scored ? (
          <p className="score" aria-label={`Engine total ${scored.total} out of 100`}>
            <span className="score-value">{scored.total}</span>
            <span className="score-max">/100</span>
          </p>
        ) : null}
      </div>
      {!scored ? <p className="muted">Loading the engines…</p> : null}
      {scored?.steps.map((step) => {
        const rating = ratings?.steps[step.step];
        return (
          <details key={step.step} className="live-score">
            <summary>
              {getStep(step.step).title}: <span aria-label={`${getStep(step.step).title} engine score`}>{step.score}/100</span>
              {rating ? <span className="rating-chosen"> · your rating {rating}/4</span> : null}
            </summary>
            <StepScore result={step} title={`${getStep(step.step).title} findings`} />
          </details>
        );
      })}
      {scored?.curveball ? (
        <details className="live-score">
          <summary>Curveball: {scored.curveball.score}/100</summary>
          <StepScore result={scored.curveball} title="Curveball findings" />
        </details>
      ) : null}
    </section>
  );
}
