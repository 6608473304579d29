import type { PersistStorage } from 'zustand/middleware';
import type { OutgoingMessage } from '@/lib/rooms/room-messages';
import type { Session } from '@/lib/session/session-schema';
import { setDeepDiveAnswer, setDesignAnswer, setEntities, setStepNotes, setWorksheetRows } from '@/lib/session/session-actions';
import { createSessionStore } from '@/components/session/session-store';
import type { PersistedSession, SessionStore } from '@/components/session/session-store';

/** A room's work lives on the server, not in this browser: the store persists nothing. */
const roomOwnsStorage: PersistStorage<PersistedSession> = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/** Sends one message to the room; failures are the caller's to report. */
export type RoomSend = (message: OutgoingMessage) => void;

/**
 * A session store backed by a room, so the mock's step workspaces, notes and report run unchanged in
 * a room: the session is the room as a Session (lib/rooms/room-to-session.ts, set by the caller on
 * every change of the room), and the candidate's edits apply at once (so typing never lags) and go
 * to the room as messages. Without `send` (the observer) every edit is ignored. The canvas's edits
 * travel through the canvas bridge, not through this store; the clock belongs to the interviewer.
 */
export function createRoomSessionStore(initial: Session, send: RoomSend | undefined): SessionStore {
  const store = createSessionStore(initial, roomOwnsStorage);
  const edit = (change: (session: Session) => Session, message: (session: Session) => OutgoingMessage) => {
    if (!send) return;
    const session = change(store.getState().session);
    store.setState({ session });
    send(message(session));
  };
  const ignore = () => undefined;
  store.setState({
    setNotes: (step, notes) => edit((session) => setStepNotes(session, step, notes, new Date()), () => ({ type: 'work:set', set: { field: 'notes', step, value: notes } })),
    ask: (question) => {
      if (question.trim() !== '') send?.({ type: 'question:ask', text: question.trim() });
    },
    setEntities: (entities) => edit((session) => setEntities(session, entities, new Date()), () => ({ type: 'work:set', set: { field: 'entities', value: entities } })),
    setWorksheetRows: (rows) => edit((session) => setWorksheetRows(session, rows, new Date()), () => ({ type: 'work:set', set: { field: 'estimate', value: { rows } } })),
    setDesign: (design) => edit((session) => setDesignAnswer(session, design, new Date()), () => ({ type: 'work:set', set: { field: 'design', value: design } })),
    setDeepDiveAnswer: (promptId, answer) =>
      edit(
        (session) => setDeepDiveAnswer(session, promptId, answer, new Date()),
        (session) => ({ type: 'work:set', set: { field: 'deep-dive', value: session.answers.deepDive } }),
      ),
    // The curveball's follow-ups are the room's: the server asks them and logs the answers (lib/rooms/room-curveball.ts).
    submitCurveball: () => send?.({ type: 'curveball:address' }),
    answerCurveballProbe: (claimId, answer) => send?.({ type: 'curveball:answer', claimId, answer: 'selected' in answer ? { selected: [...answer.selected] } : { number: answer.number } }),
    // The canvas bridge sends element changes (with deletions) as they happen.
    setDiagramScene: ignore,
    // Moving between steps is a room message (step:go), sent by the room's step tabs.
    visit: ignore,
    // The room's clock and curveball are the interviewer's, through the console.
    pauseInterview: ignore,
    resumeInterview: ignore,
    finishInterview: ignore,
    announceCurveball: ignore,
    addStepTime: ignore,
  });
  return store;
}
