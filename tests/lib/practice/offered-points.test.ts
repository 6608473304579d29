import { describe, expect, it } from 'vitest';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran.
const question = loadAllLessons()
  .flatMap((lesson) => lesson.questions)
  .find((item): item is ShortQuestion => item.id === 'commit-after-processing' && item.type === 'short') as ShortQuestion;

describe('practice: the right order named only as one option earns almost nothing', () => {
  it('scores an answer that lists both orders and defers the choice at most 25 (interviewer: about 10)', () => {
    const result = scoreQuestion(question, { text: 'You could commit after processing, or maybe before processing. Committing after the write could give at-least-once with a replay, committing before could give at-most-once; it depends on the use case and there are trade-offs.' });
    expect(result.score).toBeLessThanOrEqual(25);
    expect(result.findings.some((finding) => finding.code === 'practice.key-point-offered')).toBe(true);
  });

  it('keeps the credit of the same words chosen (interviewer: about 85)', () => {
    const result = scoreQuestion(question, { text: "I'd turn off enable.auto.commit and commit only after the batch is written to the database, not before, because a crash between the two then replays the last batch: at-least-once, and the upsert makes the replay harmless." });
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.findings.some((finding) => finding.code === 'practice.key-point-offered')).toBe(false);
  });
});
