import { describe, expect, it } from 'vitest';
import { PARTIAL_DEPTH_POINTS, partialDepthLift } from '../../../lib/practice/partial-depth';
import { scoreQuestion } from '../../../lib/practice/score-question';
import type { DepthReading } from '../../../lib/text/depth';
import { pointStatus as statusOf, questionOf } from './fixtures';

const depth = (why: number, failure: number, alternative: number): DepthReading => ({ why, failure, alternative, exemplary: false, missing: [] });

describe('partialDepthLift', () => {
  it('lifts three of four points shown with two kinds of depth by half the depth points', () => {
    expect(partialDepthLift(3, 4, depth(1, 1, 0), 0)).toBeCloseTo((4 * PARTIAL_DEPTH_POINTS) / 100);
  });
  it('gives nothing with one kind of depth, a wrong statement, two of three points, or a complete answer', () => {
    expect(partialDepthLift(3, 4, depth(3, 0, 0), 0)).toBe(0);
    expect(partialDepthLift(3, 4, depth(1, 1, 1), 1)).toBe(0);
    expect(partialDepthLift(2, 3, depth(1, 1, 1), 0)).toBe(0);
    expect(partialDepthLift(4, 4, depth(1, 1, 1), 0)).toBe(0);
  });
  it('never lifts a partial answer past the share where a complete one starts', () => {
    expect((3.3 + partialDepthLift(3.3, 4, depth(1, 1, 1), 0)) / 4).toBeLessThanOrEqual(0.85);
  });
});

// Each answer was written for this file and scored as an interviewer would before the engine ran (score in the title):
// three of four points, explained (why each holds, a failure walked through) or told in one line each.
describe('a point short, explained or not', () => {
  it('three layers explained with a failure and an alternative, silent on what medallion leaves out (interviewer: 80)', () => {
    const text = 'Bronze stores the source records untouched, as they landed, append-only with the load time, so if a parsing bug slips into silver we can rebuild it from bronze. Silver is the cleaned version: typed columns, duplicates removed, bad rows quarantined instead of silently dropped. Gold is what the business reads: star schemas, daily aggregates and KPI tables.';
    const result = scoreQuestion(questionOf('medallion-layers'), { text });
    expect(statusOf(result, 'not-everything')).toBe('missing');
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.score).toBeLessThan(85);
  });

  it('the same three layers in one line each keep the even share (interviewer: 65)', () => {
    const text = 'Bronze is raw data as it landed. Silver is cleaned and deduplicated. Gold is business-ready tables.';
    const result = scoreQuestion(questionOf('medallion-layers'), { text });
    expect(result.score).toBeLessThanOrEqual(75);
  });

  it('three commit points with a crash walked through, silent on auto-commit (interviewer: 82)', () => {
    const text = 'The consumer writes the batch to Postgres and only after that commits the offsets. If it crashes after the write but before the commit, it reads the batch again on restart, so this is at-least-once; that is why the insert is an upsert on the order id, so the second write changes nothing.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(statusOf(result, 'no-auto-commit')).toBe('missing');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('three points explained beside a wrong idea earn no lift (interviewer: 55)', () => {
    const text = 'The consumer writes the batch to Postgres and only after that commits the offsets. If it crashes after the write but before the commit, it reads the batch again on restart, so this is at-least-once, which means no duplicates ever reach the table, so the insert is an upsert on the order id anyway.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(result.score).toBeLessThanOrEqual(70);
  });
});
