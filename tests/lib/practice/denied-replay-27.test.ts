import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { readDeniedReplay } from '../../../lib/text/denied-replay';
import { readText } from '../../../lib/text/read-text';
import { codes, pointStatus, questionOf } from './fixtures';

// Own wordings for the round-23 kind "at-least-once in one sentence and 'never twice' in the next": the guarantee named
// and then denied. The interviewer's score for each was written before running the engine.
describe('at-least-once named, then repeats denied', () => {
  it('"nothing is ever written twice" after at-least-once, no idempotent write (interviewer: 50)', () => {
    const result = scoreQuestion(questionOf('commit-after-processing'), {
      text: 'Auto-commit off. The consumer inserts the rows into Postgres and calls commitSync only after the insert succeeded, which is at-least-once. So nothing is ever written twice, and nothing is skipped either.',
    });
    expect(pointStatus(result, 'at-least-once')).toBe('contradicted');
    expect(codes(result)).toContain('practice.wrong-mechanism');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the same answer with an upsert by key absorbs the repeat (interviewer: 90)', () => {
    const result = scoreQuestion(questionOf('commit-after-processing'), {
      text: 'Auto-commit off. The consumer upserts the rows into Postgres by order id and calls commitSync only after the upsert succeeded, which is at-least-once: a crash replays the batch, and the upsert makes the repeat harmless, so nothing is stored twice.',
    });
    expect(pointStatus(result, 'at-least-once')).toBe('stated');
    expect(codes(result)).not.toContain('practice.wrong-mechanism');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('readDeniedReplay', () => {
  it('finds "there are never duplicate events" beside at-least-once', () => {
    expect(readDeniedReplay(readText('Delivery is at least once. There are never duplicate events in the sink.'))?.clause).toContain('never duplicate');
  });

  it('says nothing when at-least-once is only denied or not named', () => {
    expect(readDeniedReplay(readText('This is not at-least-once. No event is processed twice.'))).toBeUndefined();
    expect(readDeniedReplay(readText('No event is processed twice.'))).toBeUndefined();
  });
});
