import type { Curveball } from '../content/rubric-schema';
import { probeQuestion } from '../interview/probe-question';
import type { ProbeQuestion } from '../interview/probe-question';
import { sessionCurveballInterview } from '../session/curveball-answer';
import { pendingFollowUp } from './room-follow-ups';
import type { RoomState } from './room-state-schema';
import { roomToSession } from './room-to-session';

/**
 * The curveball's follow-ups in a room. The server decides them with the same engine as a solo mock
 * (lib/interview/curveball-probes.ts on the room as a session) and logs each one asked, so every
 * role, the replay and the export see the same questions; the answers go to the session as its
 * `curveballFollowUp`, which the report and `grade session` score.
 */

/**
 * The follow-up the scripted interviewer asks next, or undefined: none while one waits for its
 * answer, none before the candidate said the change is addressed, and never the same claim twice.
 * Otherwise the first claim the candidate's design and notes only name, list, hedge, negate or
 * contradict (in the case's order), as the candidate sees it (no right answer in it). `now` dates
 * the room's session (the end or now).
 */
export function nextCurveballQuestion(state: RoomState, curveball: Curveball, now: Date): ProbeQuestion | undefined {
  const followUp = state.curveball.followUp;
  if (!state.curveball.announcedAt || !followUp || pendingFollowUp(followUp)) return undefined;
  const asked = new Set(followUp.asked.map((item) => item.pointId));
  const interview = sessionCurveballInterview(roomToSession(state, now), curveball);
  const turn = interview.turns.find((candidate) => !asked.has(candidate.pointId));
  return turn ? probeQuestion(turn) : undefined;
}
