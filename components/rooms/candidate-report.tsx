'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { ratingsSchema } from '@/lib/rooms/rating-schema';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { SESSION_VERSION } from '@/lib/session/session-bounds';
import { sessionKey } from '@/lib/storage/session-repository';
import { SessionReport } from '@/components/report/session-report';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { clockNoteTime, InterviewerNotes } from './interviewer-notes';
import type { RoomCase } from './room-case';
import { RatingsSummary } from './ratings-summary';
import { ReplayLink } from './replay-link';

/** Keeps the room's session in this browser's history (the same record shape as a mock's), once. */
function SaveToHistory() {
  const context = useSessionContext();
  const session = useSession((state) => state.session);
  const [saved, setSaved] = useState<'no' | 'saving' | 'yes' | 'failed'>('no');
  if (context.phase !== 'ready' || !session) return null;
  const store = context.opened.keyValueStore;
  async function save() {
    if (!session) return;
    setSaved('saving');
    try {
      await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
      setSaved('yes');
    } catch {
      setSaved('failed');
    }
  }
  return (
    <div className="room-save">
      <button type="button" className="button button-primary" disabled={saved === 'saving'} onClick={() => void save()}>
        {saved === 'yes' ? 'Saved again' : 'Save to my history'}
      </button>
      <p role="status" className="muted">
        {saved === 'yes' ? (
          <>
            Saved in this browser. <Link href="/history">Open your history</Link>
            {store.persistent ? '' : ' (this browser keeps nothing after the tab closes: export the session too)'}.
          </>
        ) : saved === 'failed' ? (
          'This browser did not save it: export the session as JSON instead.'
        ) : (
          'Keeps this interview with your own attempts; export it as JSON for another device.'
        )}
      </p>
    </div>
  );
}

/**
 * What the candidate (and the observer) sees when the interview ends: the report they know from a
 * mock, a way to keep it, and the interviewer's ratings and notes once released.
 */
export function CandidateReport({ state, roomCase, readOnly }: { state: RoomState; roomCase: RoomCase; readOnly: boolean }) {
  const id = useId();
  const ratings = state.released && state.ratings ? ratingsSchema.safeParse(state.ratings) : undefined;
  return (
    <section className="room-report" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your report</h2>
      <p className="muted">{state.status === 'closed' ? 'The interviewer closed the room.' : 'The interview is over.'} Your scores and findings, from the same engines as a mock:</p>
      {readOnly ? null : <SaveToHistory />}
      <SessionReport rubric={roomCase.rubric} caseSlug={roomCase.slug} caseTitle={roomCase.title} knownCaseSlugs={[roomCase.slug]} />
      {state.released ? (
        <>
          {readOnly ? null : <ReplayLink roomId={state.id} />}
          {ratings?.success ? <RatingsSummary ratings={ratings.data} anchors={roomCase.rubric.anchors} /> : <p className="muted">The interviewer released no ratings.</p>}
          <InterviewerNotes notes={state.interviewerNotes} noteTime={clockNoteTime(state.clock.startedAt, state.clock.pauses)} title="Interviewer's notes" />
        </>
      ) : (
        <p className="notice notice-info" role="status">
          The interviewer&apos;s notes and ratings appear here once they release them.
        </p>
      )}
    </section>
  );
}
