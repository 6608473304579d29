import { describe, expect, it } from 'vitest';
import type { Curveball } from '../../../lib/content/rubric-schema';
import { curveballMinute, elapsedMs, formatClock, isCurveballDue, isFeedbackHeld, isPaused, remainingMs } from '../../../lib/interview/interview-clock';
import type { Interview } from '../../../lib/interview/interview-schema';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, 0) + minute * 60_000);
const iso = (minute: number) => at(minute).toISOString();
const mock = (extra: Partial<Interview> = {}): Interview => ({ mode: 'mock', durationMinutes: 45, startedAt: iso(0), pauses: [], ...extra });
const curveball: Curveball = { afterMinutes: 30, announcement: 'Fraud alerts within seconds.', keywords: ['fraud'], why: 'Needs streaming.' };

describe('interview clock', () => {
  it('runs from the start and counts down from the duration', () => {
    expect(elapsedMs(mock(), at(10))).toBe(10 * 60_000);
    expect(remainingMs(mock(), at(10))).toBe(35 * 60_000);
  });

  it('does not count closed or open pauses', () => {
    const interview = mock({ pauses: [{ startedAt: iso(5), endedAt: iso(8) }, { startedAt: iso(20) }] });
    expect(isPaused(interview)).toBe(true);
    expect(elapsedMs(interview, at(10))).toBe(7 * 60_000);
    expect(elapsedMs(interview, at(50))).toBe(17 * 60_000);
  });

  it('stops at the finish and goes negative once over time', () => {
    expect(elapsedMs(mock({ finishedAt: iso(40) }), at(90))).toBe(40 * 60_000);
    expect(remainingMs(mock(), at(50))).toBe(-5 * 60_000);
    expect(formatClock(-5 * 60_000)).toBe('-5:00');
    expect(formatClock(35 * 60_000 + 7_000)).toBe('35:07');
  });

  it('is zero for practice, which has no clock, and holds feedback only in an unfinished mock', () => {
    const practice: Interview = { mode: 'practice', durationMinutes: 45, pauses: [] };
    expect(elapsedMs(practice, at(10))).toBe(0);
    expect(isFeedbackHeld(practice)).toBe(false);
    expect(isFeedbackHeld(mock())).toBe(true);
    expect(isFeedbackHeld(mock({ finishedAt: iso(40) }))).toBe(false);
  });

  it('makes the curveball due once, at its minute of running time, never while paused or in practice', () => {
    expect(isCurveballDue(mock(), curveball, at(29))).toBe(false);
    expect(isCurveballDue(mock(), curveball, at(30))).toBe(true);
    expect(isCurveballDue(mock({ curveballAt: iso(30) }), curveball, at(31))).toBe(false);
    expect(isCurveballDue(mock({ pauses: [{ startedAt: iso(10), endedAt: iso(15) }] }), curveball, at(33))).toBe(false);
    expect(isCurveballDue(mock({ pauses: [{ startedAt: iso(31) }] }), curveball, at(40))).toBe(false);
    expect(isCurveballDue({ mode: 'practice', durationMinutes: 45, pauses: [] }, curveball, at(40))).toBe(false);
    expect(isCurveballDue(mock(), undefined, at(40))).toBe(false);
  });

  it('reports the running minute the curveball came at, not counting pauses before it', () => {
    expect(curveballMinute(mock({ pauses: [{ startedAt: iso(10), endedAt: iso(15) }], curveballAt: iso(35) }))).toBe(30);
    expect(curveballMinute(mock())).toBeUndefined();
  });
});
