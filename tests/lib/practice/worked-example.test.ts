import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { pointStatus as statusOf, questionOf } from './fixtures';

// Each answer was written for this file and scored as an interviewer would before the engine ran (score in the title):
// a definition shown by a worked example ("the newest event seen is 9:45, so the watermark is 9:35") reads as the
// definition it shows.
describe('a watermark defined by a worked example', () => {
  it('"the newest event we have seen has a timestamp of 9:45 ... the watermark sits at 9:35" (interviewer: 86)', () => {
    const text = 'Suppose the newest event we have seen has a timestamp of 9:45. With a 10 minute delay the watermark sits at 9:35. A row for 9:30 showing up now is too late and may be dropped; windows ending before 9:35 are final, emitted and their state removed.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"the highest event Spark has observed so far is at 08:10, so the watermark is 08:00" (interviewer: 84)', () => {
    const text = 'Example: the highest event Spark has observed so far is stamped 08:10, so the watermark is 08:00. Anything stamped before 08:00 can be discarded, and windows that closed before it are finalised so their state is freed.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('the latest event named inside a wait on the clock is still the wall-clock mistake (interviewer: 25)', () => {
    const text = 'It makes Spark wait 10 minutes of real time after the latest event seen before closing a window; anything arriving after that is dropped.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(statusOf(result, 'max-minus-delay')).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(35);
  });
});
