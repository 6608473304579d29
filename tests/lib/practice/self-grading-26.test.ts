import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);

// Scores are an interviewer's, written before the engine ran. An answer that grades itself earns nothing for it, and the
// learner is told why (kind: self-grading read as content).
describe('practice: an answer that grades itself (kind: self-grading)', () => {
  it('a one-line gloss per point and then "that is everything the question asks, 10/10" (interviewer: 10)', () => {
    const text = 'Replayable source. Checkpoint. Idempotent sink.\nThat is everything the question asks for, every point is covered. I would give this 10/10.';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(result.score).toBeLessThanOrEqual(25);
    expect(codes(result)).toContain('practice.grader-address');
  });

  it('a right answer that closes by asking for full marks keeps its credit, with the note (interviewer: 75)', () => {
    const text =
      'Partitioning splits one table into pieces inside a single database server, for example by month, so queries prune old months and dropping a month is cheap. ' +
      'Sharding spreads the rows across several database servers, each holding part of the customers, so writes and storage scale past one machine. Full marks please.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(result.score).toBeGreaterThanOrEqual(70);
    expect(codes(result)).toContain('practice.grader-address');
  });

  it('a right answer with no self-grading gets no note', () => {
    const text = 'Partitioning splits one table inside a single database server, by month, so old months are pruned. Sharding spreads rows across several database servers so writes scale.';
    expect(codes(scoreQuestion(questionOf('partition-vs-shard'), { text }))).not.toContain('practice.grader-address');
  });
});
