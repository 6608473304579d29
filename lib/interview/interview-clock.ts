import type { Curveball } from '../content/rubric-schema';
import type { Interview } from './interview-schema';

const MINUTE_MS = 60_000;

function time(iso: string): number {
  return new Date(iso).getTime();
}

/** Milliseconds the clock has run: wall time since the start, minus pauses, up to the finish. */
export function elapsedMs(interview: Interview, now: Date): number {
  if (!interview.startedAt) return 0;
  const start = time(interview.startedAt);
  const end = interview.finishedAt ? time(interview.finishedAt) : now.getTime();
  let paused = 0;
  for (const pause of interview.pauses) {
    const from = Math.max(start, time(pause.startedAt));
    const to = Math.min(end, pause.endedAt ? time(pause.endedAt) : end);
    if (to > from) paused += to - from;
  }
  return Math.max(0, end - start - paused);
}

/** Negative once the interview runs over; the clock keeps counting so the report can say by how much. */
export function remainingMs(interview: Interview, now: Date): number {
  return interview.durationMinutes * MINUTE_MS - elapsedMs(interview, now);
}

export function isPaused(interview: Interview): boolean {
  const last = interview.pauses.at(-1);
  return last !== undefined && last.endedAt === undefined;
}

export function isMockRunning(interview: Interview): boolean {
  return interview.mode === 'mock' && interview.startedAt !== undefined && interview.finishedAt === undefined;
}

/** In a mock, feedback waits for the end, as in a real interview. */
export function isFeedbackHeld(interview: Interview): boolean {
  return interview.mode === 'mock' && interview.finishedAt === undefined;
}

/** True when the case's curveball should be announced now (once, in a running, unpaused mock). */
export function isCurveballDue(interview: Interview, curveball: Pick<Curveball, 'afterMinutes'> | undefined, now: Date): boolean {
  if (!curveball || !isMockRunning(interview) || isPaused(interview) || interview.curveballAt) return false;
  return elapsedMs(interview, now) >= curveball.afterMinutes * MINUTE_MS;
}

/** The interview minute at which the curveball was announced, for the report. */
export function curveballMinute(interview: Interview): number | undefined {
  if (!interview.curveballAt) return undefined;
  return Math.floor(elapsedMs({ ...interview, finishedAt: interview.curveballAt }, new Date(interview.curveballAt)) / MINUTE_MS);
}

/** `mm:ss`, with a leading minus once over time; hours fold into minutes (an interview is short). */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
