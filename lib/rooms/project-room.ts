import { assertNever } from '../util/assert-never';
import type { RoomEvent } from './room-messages';
import type { RoomRole } from './room-role';
import type { RoomQuestion, RoomState } from './room-state-schema';

/** The fields of a room only the interviewer receives (ratings and notes until released). */
export const INTERVIEWER_ONLY_FIELDS = ['suggested', 'interviewerNotes', 'ratings', 'baseline'] as const;

function withoutSuggestion(question: RoomQuestion): RoomQuestion {
  const { suggested: _suggested, ...rest } = question;
  return rest;
}

/**
 * What one role may see of the room. The interviewer sees everything; the candidate and the observer
 * see the candidate's view: no suggested answers, no curveball baseline (both from the case's
 * rubric), and the interviewer's notes and ratings only once released. Returns a new object.
 */
export function projectRoom(state: RoomState, role: RoomRole): RoomState {
  switch (role) {
    case 'interviewer':
      return state;
    case 'candidate':
    case 'observer': {
      const { ratings, interviewerNotes, curveball, questions, ...rest } = state;
      const projected: RoomState = {
        ...rest,
        questions: questions.map(withoutSuggestion),
        // The follow-ups asked and answered are the candidate's own exchange; the baseline is the rubric's.
        curveball: curveball.announcedAt ? { announcedAt: curveball.announcedAt, ...(curveball.followUp ? { followUp: curveball.followUp } : {}) } : {},
        interviewerNotes: state.released ? interviewerNotes : [],
      };
      if (state.released && ratings) projected.ratings = ratings;
      return projected;
    }
    default:
      return assertNever(role, 'room role');
  }
}

/**
 * What one role receives of an event, given the room's state after it; undefined when the role
 * receives nothing (a private note or ratings before release). A release carries the notes and
 * ratings the candidate was kept from.
 */
export function projectRoomEvent(event: RoomEvent, role: RoomRole, after: RoomState): RoomEvent | undefined {
  if (role === 'interviewer') return event;
  switch (event.type) {
    case 'question:asked':
      return { ...event, question: withoutSuggestion(event.question) };
    case 'curveball:announced':
      return { type: event.type, at: event.at };
    case 'note:added':
    case 'ratings:set':
      return after.released ? event : undefined;
    case 'room:released': {
      const released: RoomEvent = { type: 'room:released', at: event.at, interviewerNotes: after.interviewerNotes };
      if (after.ratings) released.ratings = after.ratings;
      return released;
    }
    case 'work:set':
    case 'scene:updated':
    case 'question:replied':
    case 'clock:started':
    case 'clock:paused':
    case 'clock:resumed':
    case 'room:ended':
    case 'room:closed':
    case 'step:went':
    case 'curveball:addressed':
    case 'curveball:asked':
    case 'curveball:answered':
      return event;
    default:
      return assertNever(event, 'room event');
  }
}
