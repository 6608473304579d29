'use client';

import { useId, useMemo } from 'react';
import type { Ratings } from '@/lib/rooms/rating-schema';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import type { Session } from '@/lib/session/session-schema';
import type { StepId } from '@/lib/steps/steps';
import { SessionReport } from '@/components/report/session-report';
import { useScoreSession } from '@/components/scoring/use-score-session';
import { clockNoteTime, InterviewerNotes } from './interviewer-notes';
import type { RoomCase } from './room-case';
import { RatingsSummary } from './ratings-summary';
import { ReplayLink } from './replay-link';

/**
 * The interviewer's end-of-interview report: the mock's report, with the ratings beside the engine's
 * scores and the private notes, and the button that releases notes and ratings to the candidate.
 */
export function InterviewerReport({ state, session, roomCase, ratings, onRelease }: { state: RoomState; session: Session; roomCase: RoomCase; ratings: Ratings; onRelease: () => void }) {
  const id = useId();
  const scoreSession = useScoreSession();
  const engineScores = useMemo(() => {
    if (!scoreSession) return undefined;
    return Object.fromEntries(scoreSession(session, roomCase.rubric).steps.map((step) => [step.step, step.score])) as Partial<Record<StepId, number>>;
  }, [scoreSession, session, roomCase.rubric]);
  return (
    <section className="room-report" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Report</h2>
      <div className="panel">
        {state.released ? (
          <p role="status">Released: the candidate now sees your notes and ratings.</p>
        ) : (
          <>
            <p>The candidate sees their report now; your notes and ratings stay private until you release them.</p>
            <button type="button" className="button button-primary" onClick={onRelease}>
              Release notes and ratings to the candidate
            </button>
          </>
        )}
      </div>
      <ReplayLink roomId={state.id} />
      <RatingsSummary ratings={ratings} anchors={roomCase.rubric.anchors} engineScores={engineScores} />
      <InterviewerNotes notes={state.interviewerNotes} noteTime={clockNoteTime(state.clock.startedAt, state.clock.pauses)} title="Your notes" />
      <SessionReport rubric={roomCase.rubric} caseSlug={roomCase.slug} caseTitle={roomCase.title} knownCaseSlugs={[roomCase.slug]} />
    </section>
  );
}
