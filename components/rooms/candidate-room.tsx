'use client';

import { useCallback, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { OutgoingMessage } from '@/lib/rooms/room-messages';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import type { StepId } from '@/lib/steps/steps';
import { CanvasBridgeContext } from '@/components/diagram/canvas-bridge';
import { OpenedSessionProvider } from '@/components/session/session-provider';
import { CandidateReport } from './candidate-report';
import { OfflineBanner } from './offline-banner';
import type { RoomCase } from './room-case';
import { RoomClock } from './room-clock';
import { RoomCurveballFollowUps } from './room-curveball-follow-ups';
import type { RoomConnection } from './room-connection';
import { RoomStepView } from './room-step-view';
import { RoomSteps } from './room-steps';
import { useCurveballAnnouncement, useFullRoomCase } from './use-room-case';
import { canvasPointers, useRoomCanvasBridge } from './use-room-canvas-bridge';
import { useRoomSession } from './use-room-session';

type AnnouncedCurveballProps = {
  caseSlug: string;
  curveball: RoomState['curveball'];
  canAnswer: boolean;
  send: (message: OutgoingMessage) => void;
};

/** The curveball as the candidate reads it, once the interviewer has announced it, with the interviewer's follow-ups on it. */
function AnnouncedCurveball({ caseSlug, curveball, canAnswer, send }: AnnouncedCurveballProps) {
  const announcement = useCurveballAnnouncement(caseSlug, curveball.announcedAt !== undefined);
  if (!curveball.announcedAt) return null;
  return (
    <>
      <section className="curveball-notice" role="alert" aria-label="Curveball">
        <p className="step-kicker">New requirement from your interviewer</p>
        <p>{announcement ?? 'Loading the new requirement…'}</p>
      </section>
      <RoomCurveballFollowUps
        followUp={curveball.followUp}
        canAnswer={canAnswer}
        onAddress={() => send({ type: 'curveball:address' })}
        onAnswer={(claimId, answer) => send({ type: 'curveball:answer', claimId, answer: 'selected' in answer ? { selected: [...answer.selected] } : { number: answer.number } })}
      />
    </>
  );
}

type CandidateRoomProps = { connection: RoomConnection; state: RoomState; roomCase: RoomCase; brief: ReactNode; readOnly: boolean };

/**
 * The candidate's room (and, read-only, the observer's): the five steps with the same workspaces as a
 * mock, fed by the room, feedback held; the brief; the room's clock; the curveball once announced;
 * an offline banner. When the interview ends, the report.
 */
export function CandidateRoom({ connection, state, roomCase, brief, readOnly }: CandidateRoomProps) {
  const { send, sendPointer } = connection;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const sendMessage = useCallback(
    (message: OutgoingMessage) => {
      send(message).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
    },
    [send],
  );
  const opened = useRoomSession(state, readOnly ? undefined : sendMessage);
  const pointers = useMemo(() => canvasPointers(connection.pointers), [connection.pointers]);
  const bridge = useRoomCanvasBridge({
    readOnly,
    follow: readOnly,
    elements: state.scene.elements,
    pointers,
    sendScene: (elements, files) => sendMessage(files ? { type: 'scene:update', elements: elements as RoomState['scene']['elements'], files: files as never } : { type: 'scene:update', elements: elements as RoomState['scene']['elements'] }),
    sendPointer: (pointer) => sendPointer(pointer),
  });
  const id = useId();
  const step = state.work.currentStep;
  const ended = state.status === 'ended' || state.status === 'closed';
  const go = (next: StepId) => sendMessage({ type: 'step:go', step: next });
  // Once the interview is over the whole case loads, for the report and the steps' own feedback.
  const full = useFullRoomCase(roomCase.slug, ended);
  const rubric = ended ? (full.state === 'ready' ? full.value.rubric : undefined) : roomCase.rubric;

  if (!opened) return <p className="muted">Opening the room…</p>;
  const main = rubric ? (
    <RoomStepView step={step} rubric={rubric} caseSlug={roomCase.slug} questions={state.questions} canAsk={!readOnly && !ended} />
  ) : (
    <p className="muted">{full.state === 'failed' ? `The case could not be loaded: ${full.message}` : 'Loading the case…'}</p>
  );
  return (
    <OpenedSessionProvider opened={opened}>
      <CanvasBridgeContext.Provider value={bridge}>
        <div className="step-layout room-candidate">
          <aside className="step-sidebar">
            <p className="breadcrumb">
              {roomCase.title} · {readOnly ? 'observing' : 'live room'}
            </p>
            <RoomSteps current={step} viewing={step} onGo={readOnly || ended ? undefined : go} />
            <RoomClock clock={state.clock} lengthMinutes={state.lengthMinutes} status={state.status} currentStep={step} />
          </aside>
          <div className="step-main">
            <OfflineBanner status={connection.status} pending={connection.pending} />
            {problem ? (
              <p className="notice notice-warn" role="alert">
                The room did not take your last change: {problem}
              </p>
            ) : null}
            <h1 id={`${id}-title`}>{readOnly ? `Observing: ${roomCase.title}` : roomCase.title}</h1>
            {readOnly ? <p className="notice notice-info">Read-only: you see what the candidate sees, as they work.</p> : null}
            {state.status === 'waiting' ? <p className="notice notice-info">Your interviewer has not started the clock yet. You can read the brief and start when you are ready.</p> : null}
            <AnnouncedCurveball caseSlug={roomCase.slug} curveball={state.curveball} canAnswer={!readOnly && !ended} send={sendMessage} />
            {ended && full.state === 'ready' ? <CandidateReport state={state} roomCase={full.value} readOnly={readOnly} /> : null}
            <details className="panel room-brief" open={step === 'clarify' && !ended}>
              <summary>The brief</summary>
              {brief}
            </details>
            {readOnly || ended ? (
              <fieldset className="room-readonly" disabled>
                <legend className="visually-hidden">The candidate&apos;s work, read-only</legend>
                {main}
              </fieldset>
            ) : (
              main
            )}
          </div>
        </div>
      </CanvasBridgeContext.Provider>
    </OpenedSessionProvider>
  );
}
