import type { Rubric } from '../content/rubric-schema';
import { scoreSession } from '../session/score-session';
import type { SessionScore, StepScoreCache } from '../session/score-session';
import type { Session } from '../session/session-schema';
import { replayInstantAfter, replayStateAfter } from './room-replay';
import type { RoomReplay } from './room-replay';
import type { RoomState } from './room-state-schema';
import { roomToSession } from './room-to-session';

/** One moment of a replay: the room, the session the report would read, and the engine's score then. */
export type ReplayMoment = { count: number; at: Date; state: RoomState; session: Session; score: SessionScore };

/** Step results a scorer keeps before starting over (each is a few KB of findings). */
const MAX_CACHED_STEP_RESULTS = 400;

/**
 * The room after its first `count` events and the engine's score at that moment, computed as the room's
 * end report does (roomToSession, then scoreSession against the case's rubric). `at` is the instant of
 * the last applied event, so a moment always scores the same. Throws a ZodError only if the room could
 * not be a session (it always can: both share the limits).
 */
export function replayMoment(replay: RoomReplay, count: number, rubric: Rubric, cache?: StepScoreCache): ReplayMoment {
  const state = replayStateAfter(replay, count);
  const at = replayInstantAfter(replay, count);
  const session = roomToSession(state, at);
  return { count, at, state, session, score: scoreSession(session, rubric, cache) };
}

/**
 * A scrubber for one replay: `momentAt(count)` as replayMoment, remembering the steps already scored
 * (the worksheet and answers change far less often than the canvas), so moving along the timeline
 * re-scores only what changed. Same results as replayMoment.
 */
export function createReplayScorer(replay: RoomReplay, rubric: Rubric): (count: number) => ReplayMoment {
  const cache: StepScoreCache = new Map();
  return (count) => {
    if (cache.size > MAX_CACHED_STEP_RESULTS) cache.clear();
    return replayMoment(replay, count, rubric, cache);
  };
}
