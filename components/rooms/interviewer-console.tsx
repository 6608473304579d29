'use client';

import { useCallback, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { emptyRatings, ratingsSchema } from '@/lib/rooms/rating-schema';
import type { Ratings } from '@/lib/rooms/rating-schema';
import type { OutgoingMessage } from '@/lib/rooms/room-messages';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import type { StepId } from '@/lib/steps/steps';
import { CanvasBridgeContext } from '@/components/diagram/canvas-bridge';
import { OpenedSessionProvider, useSession } from '@/components/session/session-provider';
import { ConfirmGroup } from '@/components/shared/confirm-group';
import { CurveballButton } from './curveball-button';
import { CurveballFollowUpsPanel } from './curveball-follow-ups-panel';
import { ExportRoom } from './export-room';
import { FactSheet } from './fact-sheet';
import { clockNoteTime, InterviewerNotes } from './interviewer-notes';
import { InterviewerReport } from './interviewer-report';
import { LiveScores } from './live-scores';
import { OfflineBanner } from './offline-banner';
import { QuestionInbox } from './question-inbox';
import { RatingForm } from './rating-form';
import type { RoomCase } from './room-case';
import { RoomClock } from './room-clock';
import type { RoomConnection } from './room-connection';
import { RoomStepView } from './room-step-view';
import { RoomSteps } from './room-steps';
import { canvasPointers, useRoomCanvasBridge } from './use-room-canvas-bridge';
import { useRoomSession } from './use-room-session';

/** The ratings as stored, or empty ones: the server keeps them opaque, this form's schema reads them. */
function readRatings(stored: RoomState['ratings']): Ratings {
  const parsed = stored ? ratingsSchema.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : emptyRatings();
}

/** Ends the interview after asking once more. */
function EndInterview({ onEnd }: { onEnd: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        End the interview
      </button>
    );
  }
  return (
    <ConfirmGroup label="End the interview?" confirm="End and show the reports" onConfirm={onEnd} cancel="Keep going" onCancel={() => setConfirming(false)}>
      End now? The clock stops, the candidate&apos;s work is frozen and both of you see the report.
    </ConfirmGroup>
  );
}

/** The scores panel reads the same session the candidate's view shows. */
function ScoresFromSession({ roomCase, ratings }: { roomCase: RoomCase; ratings: Ratings }) {
  const session = useSession((state) => state.session);
  return session ? <LiveScores session={session} rubric={roomCase.rubric} ratings={ratings} /> : null;
}

/** The curveball's follow-ups, scored on the same session the console shows. */
function FollowUpsFromSession({ state, roomCase }: { state: RoomState; roomCase: RoomCase }) {
  const session = useSession((current) => current.session);
  return <CurveballFollowUpsPanel announcedAt={state.curveball.announcedAt} followUp={state.curveball.followUp} session={session} rubric={roomCase.rubric} />;
}

function EndReport({ state, roomCase, ratings, onRelease }: { state: RoomState; roomCase: RoomCase; ratings: Ratings; onRelease: () => void }) {
  const session = useSession((current) => current.session);
  return session ? <InterviewerReport state={state} session={session} roomCase={roomCase} ratings={ratings} onRelease={onRelease} /> : null;
}

type ConsoleProps = {
  connection: RoomConnection;
  state: RoomState;
  roomCase: RoomCase;
  brief: ReactNode;
  onCloseRoom: () => Promise<void>;
  /** The room's export file (GET /api/rooms/<id>/export with this interviewer's token), as JSON text. */
  onExportRoom: () => Promise<string>;
};

/** Closes the room for good (the HTTP API), after asking once more; the candidate keeps their report. */
function CloseRoom({ onCloseRoom }: { onCloseRoom: () => Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'failed'>('idle');
  if (step === 'idle') {
    return (
      <button type="button" className="button" onClick={() => setStep('confirm')}>
        Close the room
      </button>
    );
  }
  return (
    <ConfirmGroup
      label="Close the room?"
      confirm="Close the room for good"
      onConfirm={() => void onCloseRoom().catch(() => setStep('failed'))}
      cancel="Keep it open"
      onCancel={() => setStep('idle')}
    >
      {step === 'failed' ? 'The room could not be closed; try again.' : 'Close it now? Nobody can change anything in it any more; it is deleted when it expires.'}
    </ConfirmGroup>
  );
}

/**
 * The interviewer's console: the brief and the hidden fact sheet; the candidate's live work (the
 * same step views, read-only, the canvas following the candidate with their pointer); the engines'
 * live scores; the question inbox; the room's clock with pause; the curveball button; private
 * notes; the rating form with the case's anchors; end and release; the room's export file. Scores
 * are computed here only.
 */
export function InterviewerConsole({ connection, state, roomCase, brief, onCloseRoom, onExportRoom }: ConsoleProps) {
  const { send } = connection;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const sendMessage = useCallback(
    (message: OutgoingMessage) => {
      send(message).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
    },
    [send],
  );
  // The candidate's work as a session, read-only here: the console never edits it.
  const opened = useRoomSession(state, undefined);
  const pointers = useMemo(() => canvasPointers(connection.pointers, 'candidate'), [connection.pointers]);
  const bridge = useRoomCanvasBridge({ readOnly: true, follow: true, elements: state.scene.elements, pointers });
  const [follow, setFollow] = useState(true);
  const [chosenStep, setChosenStep] = useState<StepId>(state.work.currentStep);
  const viewing = follow ? state.work.currentStep : chosenStep;
  const ratings = readRatings(state.ratings);
  const ended = state.status === 'ended' || state.status === 'closed';
  const id = useId();

  if (!opened) return <p className="muted">Opening the room…</p>;
  return (
    <OpenedSessionProvider opened={opened}>
      <CanvasBridgeContext.Provider value={bridge}>
        <div className="room-console">
          <p className="breadcrumb">Interviewer console · live room</p>
          <h1>{roomCase.title}</h1>
          <OfflineBanner status={connection.status} pending={connection.pending} />
          {problem ? (
            <p className="notice notice-warn" role="alert">
              The room refused the last action: {problem}
            </p>
          ) : null}
          {ended ? <EndReport state={state} roomCase={roomCase} ratings={ratings} onRelease={() => sendMessage({ type: 'room:release' })} /> : null}
          <div className="room-console-grid">
            <div className="room-console-main">
              <section className="panel room-live-work" aria-labelledby={`${id}-work`}>
                <div className="panel-header">
                  <h2 id={`${id}-work`}>The candidate&apos;s work</h2>
                  <label className="room-follow">
                    <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} /> Follow the candidate
                  </label>
                </div>
                <RoomSteps
                  current={state.work.currentStep}
                  viewing={viewing}
                  label="Look at a step"
                  onGo={(step) => {
                    setFollow(false);
                    setChosenStep(step);
                  }}
                />
                <fieldset className="room-readonly" disabled>
                  <legend className="visually-hidden">The candidate&apos;s work, read-only</legend>
                  <RoomStepView step={viewing} rubric={roomCase.rubric} caseSlug={roomCase.slug} questions={state.questions} canAsk={false} />
                </fieldset>
              </section>
              <ScoresFromSession roomCase={roomCase} ratings={ratings} />
              <details className="panel room-brief">
                <summary>The brief</summary>
                {brief}
              </details>
              <details className="panel room-facts" open>
                <summary>Fact sheet (hidden from the candidate)</summary>
                <FactSheet rubric={roomCase.rubric} />
              </details>
            </div>
            <aside className="room-console-side" aria-label="Interviewer controls">
              <RoomClock
                clock={state.clock}
                lengthMinutes={state.lengthMinutes}
                status={state.status}
                currentStep={state.work.currentStep}
                controls={{
                  onStart: () => sendMessage({ type: 'clock:start' }),
                  onPause: () => sendMessage({ type: 'clock:pause' }),
                  onResume: () => sendMessage({ type: 'clock:resume' }),
                }}
              />
              <QuestionInbox questions={state.questions} onReply={(questionId, text, how) => sendMessage({ type: 'question:reply', questionId, text, how })} />
              <CurveballButton
                curveball={roomCase.rubric.curveball}
                announcedAt={state.curveball.announcedAt}
                clock={state.clock}
                disabled={ended}
                onAnnounce={() => sendMessage({ type: 'curveball:announce' })}
              />
              <FollowUpsFromSession state={state} roomCase={roomCase} />
              <InterviewerNotes notes={state.interviewerNotes} noteTime={clockNoteTime(state.clock.startedAt, state.clock.pauses)} onAdd={(text) => sendMessage({ type: 'note:add', text })} />
              <RatingForm ratings={ratings} anchors={roomCase.rubric.anchors} onChange={(next) => sendMessage({ type: 'ratings:set', ratings: next })} />
              {ended ? null : <EndInterview onEnd={() => sendMessage({ type: 'room:end' })} />}
              {state.status === 'ended' ? <CloseRoom onCloseRoom={onCloseRoom} /> : null}
              <ExportRoom roomId={state.id} load={onExportRoom} />
            </aside>
          </div>
        </div>
      </CanvasBridgeContext.Provider>
    </OpenedSessionProvider>
  );
}
