'use client';

import { useId, useMemo, useState } from 'react';
import type { Rubric } from '@/lib/content/rubric-schema';
import { describeQuestionAnswer } from '@/lib/interview/probe-question';
import { followUpFindings } from '@/lib/rooms/room-follow-ups';
import type { RoomCurveballFollowUp } from '@/lib/rooms/room-state-schema';
import type { Finding } from '@/lib/scoring/finding';
import type { StepScoreCache } from '@/lib/session/score-session';
import type { Session } from '@/lib/session/session-schema';
import { useScoreSession } from '@/components/scoring/use-score-session';

const SEVERITY: Record<Finding['severity'], string> = { good: 'Good', missing: 'Missing', wrong: 'Wrong', hint: 'Hint' };

const clockTime = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

type Props = {
  announcedAt: string | undefined;
  followUp: RoomCurveballFollowUp | undefined;
  /** The candidate's work as a session (the room's), which the engine scores. */
  session: Session | undefined;
  rubric: Rubric;
};

/**
 * The curveball's follow-ups at the interviewer's end, live: whether the candidate said the change
 * is addressed, each follow-up the scripted interviewer asked, the candidate's answer as it arrives
 * and the engine's finding on it (from the same scoring as the live scores and the report).
 */
export function CurveballFollowUpsPanel({ announcedAt, followUp, session, rubric }: Props) {
  const id = useId();
  const scoreSession = useScoreSession();
  const [cache] = useState<StepScoreCache>(() => new Map());
  // Scored only once there is something to show, re-using the steps that did not change.
  const curveball = useMemo(() => (followUp && session && scoreSession ? scoreSession(session, rubric, cache).curveball : undefined), [followUp, session, scoreSession, rubric, cache]);
  if (!announcedAt || !rubric.curveball) return null;
  return (
    <section className="panel curveball-follow-ups-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Curveball follow-ups</h2>
      {!followUp ? (
        <p className="muted">The candidate has not said the change is addressed yet.</p>
      ) : (
        <>
          <p>The candidate said the change is addressed at {clockTime(followUp.addressedAt)}.</p>
          {followUp.asked.length === 0 ? <p className="muted">Nothing to follow up: the engine found no claim only named, listed, hedged or negated.</p> : null}
          <ol className="follow-up-log">
            {followUp.asked.map((asked) => (
              <li key={asked.pointId}>
                <p>
                  {asked.lead ? `${asked.lead} ` : ''}
                  {asked.question}
                </p>
                <p role="status">{asked.answer !== undefined ? `Answer: ${describeQuestionAnswer(asked, asked.answer)}` : 'Waiting for the candidate to answer.'}</p>
                <ul className="findings">
                  {followUpFindings(curveball, asked.pointId).map((finding, index) => (
                    <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
                      <span className="finding-severity">{SEVERITY[finding.severity]}</span>
                      <span className="finding-message">{finding.message}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
