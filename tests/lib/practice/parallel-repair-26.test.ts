import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);

// Scores are an interviewer's, written before the engine ran: a slip corrected at once ("the current processing time,
// sorry, the max event time") is heard as the correction; only what stays wrong would cost.
describe('practice: a self-correction with "sorry" is a retraction (kind: spoken repair read as two claims)', () => {
  it('watermark on the wrong clock, corrected at once (interviewer: 80)', () => {
    const text =
      'The watermark is the current processing time, sorry, the max event time seen, minus 10 minutes. Events older than the watermark may be dropped instead of updating their window, and windows that end before it are finalised and their state is removed, which bounds memory.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(codes(result)).not.toContain('practice.wrong-meaning');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('the same slip left standing is still the wrong clock (interviewer: 50)', () => {
    const text =
      'The watermark is the current processing time minus 10 minutes. Events older than the watermark may be dropped instead of updating their window, and windows that end before it are finalised and their state is removed, which bounds memory.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(result.score).toBeLessThanOrEqual(67);
  });
});
