import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { codes, questionOf } from './fixtures';

// Own answers (other questions and wording than golden round 23); the interviewer's score in each title was written
// before the engine ran. Questions claim nothing; links name a source, not a claim.
describe('an answer made only of questions', () => {
  it('bare questions about the commit order earn near nothing (interviewer: 5)', () => {
    const result = scoreQuestion(questionOf('commit-after-processing'), { text: 'Commit before or after the write? What if the consumer crashes in between? At-least-once then? Idempotent upsert on the order id?' });
    expect(result.score).toBeLessThanOrEqual(10);
    expect(codes(result)).toContain('practice.questions-only');
  });

  it('one rhetorical question inside a real answer costs nothing (interviewer: 80)', () => {
    const text = 'Why commit after the write? Because if the consumer crashes between the database write and the commit, the batch is read again from the last committed offset, so nothing is lost: delivery is at least once. The write is an upsert on the order id, so the replayed batch does not create duplicates.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(codes(result)).not.toContain('practice.questions-only');
    expect(result.score).toBeGreaterThanOrEqual(60);
  });
});

describe('an answer made only of links', () => {
  it('documentation links about watermarks say nothing (interviewer: 3)', () => {
    const result = scoreQuestion(questionOf('watermark-meaning'), { text: 'https://spark.apache.org/docs/latest/structured-streaming-programming-guide.html#handling-late-data-and-watermarking\nhttps://www.databricks.com/blog/event-time-aggregation-watermarking-apache-sparks-structured-streaming' });
    expect(result.score).toBeLessThanOrEqual(5);
  });
});
