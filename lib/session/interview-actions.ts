import { isPaused } from '../interview/interview-clock';
import { MAX_PAUSES, MAX_STEP_TIME_MS } from '../interview/interview-bounds';
import type { CurveballBaseline } from '../interview/interview-schema';
import type { StepId } from '../steps/steps';
import type { Session } from './session-schema';
import { isAttemptLocked } from './attempt-lock';

/**
 * Pure actions on the interview clock. Each returns the session unchanged when the action does not
 * apply (pausing a paused mock, finishing twice), so a double click cannot corrupt the record.
 */
export function pauseInterview(session: Session, now: Date): Session {
  const { interview } = session;
  if (interview.mode !== 'mock' || !interview.startedAt || interview.finishedAt || isPaused(interview) || interview.pauses.length >= MAX_PAUSES) return session;
  const at = now.toISOString();
  return { ...session, updatedAt: at, interview: { ...interview, pauses: [...interview.pauses, { startedAt: at }] } };
}

export function resumeInterview(session: Session, now: Date): Session {
  const { interview } = session;
  if (!isPaused(interview)) return session;
  const at = now.toISOString();
  const pauses = interview.pauses.map((pause, index) => (index === interview.pauses.length - 1 ? { ...pause, endedAt: at } : pause));
  return { ...session, updatedAt: at, interview: { ...interview, pauses } };
}

/** Ends the mock: closes an open pause, stops the clock and releases the feedback. */
export function finishInterview(session: Session, now: Date): Session {
  if (session.interview.mode !== 'mock' || session.interview.finishedAt) return session;
  const resumed = resumeInterview(session, now);
  const at = now.toISOString();
  return { ...resumed, updatedAt: at, interview: { ...resumed.interview, finishedAt: at } };
}

/**
 * Records the announcement with what already matched its cues at that moment (see curveballBaseline),
 * so the score counts only the response to it.
 */
export function announceCurveball(session: Session, baseline: CurveballBaseline, now: Date): Session {
  if (session.interview.mode !== 'mock' || session.interview.curveballAt || isAttemptLocked(session)) return session;
  const at = now.toISOString();
  return { ...session, updatedAt: at, interview: { ...session.interview, curveballAt: at, curveballBaseline: baseline } };
}

/** Adds time spent on a step's page; `updatedAt` is left alone, as time alone is not work. A locked attempt's times are final. */
export function addStepTime(session: Session, step: StepId, ms: number): Session {
  if (!Number.isFinite(ms) || ms <= 0 || isAttemptLocked(session)) return session;
  const total = Math.min(MAX_STEP_TIME_MS, (session.stepTimes[step] ?? 0) + Math.round(ms));
  return { ...session, stepTimes: { ...session.stepTimes, [step]: total } };
}
