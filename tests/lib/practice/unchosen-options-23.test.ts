import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

// Own answers for the round-21 kind "both choices described, none made"; the interviewer's score for each was written
// before the engine ran.
describe('practice: the two orders of commit and write, neither chosen', () => {
  const question = questionOf('commit-after-processing');

  it('both ways in one sentence and "whichever the team prefers" earns little (interviewer: 20)', () => {
    const result = scoreQuestion(question, { text: 'There are two ways: commit the offset first and then write the rows, or write the rows first and commit the offset after. Whichever the team prefers.' });
    expect(result.score).toBeLessThanOrEqual(40);
  });

  it('the write first, then the commit, with the replay made harmless, is right (interviewer: 90)', () => {
    const result = scoreQuestion(question, {
      text: 'Write the batch to the database first, then commit the offsets, with enable.auto.commit=false. A crash before the commit replays the batch, which is at-least-once, so the write is an upsert by primary key and a replay changes nothing. Committing first would lose the batch on a crash.',
    });
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
