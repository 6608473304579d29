import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLARIFY_TOPICS } from '../../../lib/content/clarify-topics';
import { matchEntities } from '../../../lib/clarify/match-entities';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { analyse } from '../../../lib/text/analyse';
import { fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const factAnswers = new Set(rubric.steps.clarify.facts.map((fact) => fact.answer));
const topics = new Set<string>(CLARIFY_TOPICS);

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom('', '?', '???', '\u0000', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '<script>alert(1)</script>', "'; DROP TABLE facts;--", 'how '.repeat(400)),
  fc.array(fc.constantFrom('how', 'much', 'data', 'per', 'day', 'keep', 'gdpr', 'p99', 'TB', 'QPS', '?', ',', 'and', 'what'), { maxLength: 60 }).map((words) => words.join(' ')),
);

describe('robustness', () => {
  it('matchQuestion never throws and always returns a well-formed answer', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const match = matchQuestion(question, rubric);
        expect(match.confidence).toBeGreaterThanOrEqual(0);
        expect(match.confidence).toBeLessThanOrEqual(1);
        expect(match.question.length).toBeLessThanOrEqual(500);
        if (match.topic !== null) expect(topics.has(match.topic)).toBe(true);
        if (match.factId !== null) expect(factAnswers.has(match.answer)).toBe(true);
        for (const topic of match.suggestions) expect(topics.has(topic)).toBe(true);
        expect(matchQuestion(question, rubric)).toEqual(match);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('matchEntities, analyse and scoreClarify never throw', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 8 }), fc.array(hostile, { maxLength: 8 }), (questions, entities) => {
        expect(() => analyse(questions.join(' '))).not.toThrow();
        expect(() => matchEntities(entities.join(' '), rubric)).not.toThrow();
        const result = scoreClarify({ questions, entities }, rubric);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('handles huge input without hanging (speed targets live in npm run bench)', () => {
    const huge = 'How much data '.repeat(100_000);
    const started = performance.now();
    expect(matchQuestion(huge, rubric).topic).toBe('scale_now');
    scoreClarify({ questions: Array.from({ length: 500 }, () => huge), entities: [huge] }, rubric);
    // Generous: this catches a quadratic blow-up on a 1.4 MB paste, not a slow machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
