import { describe, expect, it } from 'vitest';
import { isPaused } from '../../../lib/interview/interview-clock';
import { createMockSession, createSession } from '../../../lib/session/create-session';
import { sessionCurveballBaseline } from '../../../lib/session/curveball-answer';
import { addStepTime, announceCurveball, finishInterview, pauseInterview, resumeInterview } from '../../../lib/session/interview-actions';
import { setStepNotes } from '../../../lib/session/session-actions';
import { sessionSchema } from '../../../lib/session/session-schema';

const slug = 'ecommerce-data-platform';
const cues = { keywords: ['erasure', 'gdpr'], kinds: ['table_format' as const] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, 0) + minute * 60_000);

describe('interview actions', () => {
  it('records a pause and its end, and ignores a second pause or a resume when running', () => {
    const started = createMockSession(slug, 'm1', at(0), 45);
    const paused = pauseInterview(started, at(5));
    expect(isPaused(paused.interview)).toBe(true);
    expect(pauseInterview(paused, at(6))).toBe(paused);
    const resumed = resumeInterview(paused, at(8));
    expect(resumed.interview.pauses).toEqual([{ startedAt: at(5).toISOString(), endedAt: at(8).toISOString() }]);
    expect(resumeInterview(resumed, at(9))).toBe(resumed);
    expect(sessionSchema.parse(resumed)).toEqual(resumed);
  });

  it('finishing closes an open pause, stops the clock once, and later actions do nothing', () => {
    const finished = finishInterview(pauseInterview(createMockSession(slug, 'm2', at(0), 45), at(10)), at(12));
    expect(finished.interview.finishedAt).toBe(at(12).toISOString());
    expect(finished.interview.pauses[0]?.endedAt).toBe(at(12).toISOString());
    expect(finishInterview(finished, at(20))).toBe(finished);
    expect(pauseInterview(finished, at(20))).toBe(finished);
  });

  it('does not pause, finish or announce a curveball in practice', () => {
    const practice = createSession(slug, 'p1', at(0));
    expect(pauseInterview(practice, at(1))).toBe(practice);
    expect(finishInterview(practice, at(1))).toBe(practice);
    expect(announceCurveball(practice, sessionCurveballBaseline(practice, cues), at(1))).toBe(practice);
  });

  it('announces the curveball once', () => {
    const mock = createMockSession(slug, 'm3', at(0), 45);
    const announced = announceCurveball(mock, sessionCurveballBaseline(mock, cues), at(30));
    expect(announced.interview.curveballAt).toBe(at(30).toISOString());
    expect(announced.interview.curveballBaseline).toEqual({ textKeywords: [], diagramKeywords: [], kindCount: 0, textClaims: {} });
    expect(announceCurveball(announced, sessionCurveballBaseline(announced, cues), at(31))).toBe(announced);
  });

  it('records what already matched the curveball when it was announced', () => {
    const before = setStepNotes(createMockSession(slug, 'm4', at(0), 45), 'design', 'GDPR applies to customers.', at(10));
    expect(announceCurveball(before, sessionCurveballBaseline(before, cues), at(25)).interview.curveballBaseline).toEqual({ textKeywords: ['gdpr'], diagramKeywords: [], kindCount: 0, textClaims: { 'keyword-2': 1 } });
  });

  it('adds step time, ignoring nonsense durations and leaving updatedAt alone', () => {
    const session = createSession(slug, 'p2', at(0));
    const timed = addStepTime(addStepTime(session, 'estimate', 5_000), 'estimate', 2_500);
    expect(timed.stepTimes).toEqual({ estimate: 7_500 });
    expect(timed.updatedAt).toBe(session.updatedAt);
    expect(addStepTime(session, 'estimate', Number.NaN)).toBe(session);
    expect(addStepTime(session, 'estimate', -1)).toBe(session);
  });
});
