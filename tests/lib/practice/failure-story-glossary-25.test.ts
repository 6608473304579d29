import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

// Own wordings for the round-22 kinds "a quoted bad command in a failure story charged as a misconception" and "a
// one-word glossary"; the interviewer's score for each was written before running the engine.
describe('a failure story before the fix', () => {
  it('the consumer that committed first, then the fix (interviewer: 82)', () => {
    const result = scoreQuestion(questionOf('commit-after-processing'), {
      text: 'The bug was in our payments consumer: it had enable.auto.commit=true, so offsets were committed on a timer while the batch was still being written. A pod was killed mid-batch and the restarted consumer skipped those records; three refunds never reached the ledger.\nThe rule: process the records, write them durably, and only then commit the offsets (auto-commit off, commitSync after the write). A crash before the commit replays the batch, so the write must be idempotent, an upsert on the refund id, and nothing is lost.',
    });
    expect(result.score).toBeGreaterThanOrEqual(70);
  });
});

describe('one word per label', () => {
  it('table format features glossed by one word each (interviewer: 10)', () => {
    const result = scoreQuestion(questionOf('table-format-features'), { text: 'Transactions: atomic. Time travel: history. Schema evolution: changes.' });
    expect(result.score).toBeLessThanOrEqual(25);
  });
});
