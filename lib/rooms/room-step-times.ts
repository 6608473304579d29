import { MAX_STEP_TIME_MS } from '../interview/interview-bounds';
import type { RoomClock, RoomState, RoomWork } from './room-state-schema';

/**
 * Interview time between two instants on the room's clock, in ms: the wall time from `from` to `to`
 * less the pauses that overlap it (an open pause counts up to `to`). 0 when `to` is not after `from`.
 */
export function runningMsBetween(clock: RoomClock, from: string, to: string): number {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!(end > start)) return 0;
  let paused = 0;
  for (const pause of clock.pauses) {
    const pauseStart = Date.parse(pause.startedAt);
    const pauseEnd = pause.endedAt ? Date.parse(pause.endedAt) : end;
    paused += Math.max(0, Math.min(pauseEnd, end) - Math.max(pauseStart, start));
  }
  return Math.max(0, end - start - paused);
}

/**
 * The candidate's work with the time on the current step counted up to `at` (ISO instant) and the
 * timing restarted there: called when the step changes and when the interview ends. Before the clock
 * starts nothing is counted. Each step's total is capped like a session's (MAX_STEP_TIME_MS).
 */
export function countStepTime(state: RoomState, at: string): RoomWork {
  const started = state.clock.startedAt;
  if (!started) return state.work;
  const since = state.work.stepSince && Date.parse(state.work.stepSince) > Date.parse(started) ? state.work.stepSince : started;
  const step = state.work.currentStep;
  const times = { ...state.work.stepTimes };
  times[step] = Math.min(MAX_STEP_TIME_MS, (times[step] ?? 0) + runningMsBetween(state.clock, since, at));
  return { ...state.work, stepTimes: times, stepSince: at };
}
