import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepResultSchema } from '../../../lib/scoring/finding';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import { scoreQuestion } from '../../../lib/practice/score-question';
import type { QuestionAnswer } from '../../../lib/practice/score-question';

const questions = loadAllLessons().flatMap((lesson) => lesson.questions);

// Anything the browser could send: well-formed answers, wrong shapes, hostile strings.
const answer: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ selected: fc.array(fc.oneof(fc.string(), fc.constantFrom('a', 'kraft', 'two', ''), fc.anything()), { maxLength: 60 }) }),
  fc.record({ text: fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.anything()) }),
  fc.anything(),
);

describe('scoreQuestion never throws', () => {
  it('returns a valid result for any answer to any repository question', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), answer, (question, value) => {
        const result = scoreQuestion(question, value as QuestionAnswer);
        expect(stepResultSchema.safeParse(result).success).toBe(true);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.correct ? result.score > 0 : true).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('stays fast on a huge answer', () => {
    const huge = 'exactly once checkpoint '.repeat(200_000);
    const many = Array.from({ length: 100_000 }, (_, index) => `option-${index}`.repeat(50));
    const started = performance.now();
    for (const question of questions) {
      scoreQuestion(question, { text: huge });
      scoreQuestion(question, { selected: many });
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
