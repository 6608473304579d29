import { sessionSchema } from '../session/session-schema';
import type { Session, StepWork } from '../session/session-schema';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import type { RoomState } from './room-state-schema';
import { sessionFollowUpOfRoom } from './room-follow-ups';

/** A session id for a room: the case, then the room id spelled in [a-z0-9] (deterministic, unique per room). */
export function roomSessionId(state: Pick<RoomState, 'id' | 'caseSlug'>): string {
  const spelled = [...state.id].map((char) => char.charCodeAt(0).toString(36)).join('');
  return `${state.caseSlug}-room-${spelled}`.slice(0, 120);
}

function stepsOf(state: RoomState, at: string): Record<StepId, StepWork> {
  const reached = STEP_IDS.indexOf(state.work.currentStep);
  return Object.fromEntries(
    STEP_IDS.map((id, index) => {
      const notes = state.work.notes[id];
      return [id, { notes, visited: index <= reached || notes.trim() !== '', updatedAt: at }];
    }),
  ) as Record<StepId, StepWork>;
}

/**
 * The room as a mock-interview Session (lib/session/session-schema.ts): the candidate's answers,
 * canvas, notes and questions, the room's clock (start, pauses, end) and curveball with its follow-ups
 * and answers. This is what the
 * report, the candidate's history (export/import) and `grade session` read. The interviewer's notes
 * and ratings are not part of a session. Works on the interviewer's state and on a projected one
 * (then without the curveball baseline, which the engine then takes as empty). Throws a ZodError if
 * the room holds something a session cannot (it cannot, as both share the limits).
 */
export function roomToSession(state: RoomState, now: Date): Session {
  const at = (state.clock.endedAt ?? now.toISOString());
  const interview: Session['interview'] = {
    mode: 'mock',
    durationMinutes: state.lengthMinutes,
    startedAt: state.clock.startedAt ?? state.createdAt,
    pauses: state.clock.pauses,
  };
  if (state.clock.endedAt) interview.finishedAt = state.clock.endedAt;
  if (state.curveball.announcedAt) interview.curveballAt = state.curveball.announcedAt;
  if (state.curveball.baseline) interview.curveballBaseline = state.curveball.baseline;
  const session: Session = {
    id: roomSessionId(state),
    caseSlug: state.caseSlug,
    createdAt: state.createdAt,
    updatedAt: at,
    currentStep: state.work.currentStep,
    steps: stepsOf(state, at),
    answers: {
      ...state.work.answers,
      clarify: {
        questions: state.questions.map((question) => ({ text: question.text, askedAt: question.askedAt })),
        entities: state.work.answers.clarify.entities,
      },
      diagram: { scene: { elements: state.scene.elements, files: state.scene.files ?? {} } },
      // The curveball's follow-ups asked in the room and their answers count as a mock's do.
      ...(state.curveball.followUp ? { curveballFollowUp: sessionFollowUpOfRoom(state.curveball.followUp) } : {}),
    },
    interview,
    stepTimes: state.work.stepTimes ?? {},
  };
  return sessionSchema.parse(session);
}
