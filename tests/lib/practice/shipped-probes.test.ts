import { describe, expect, it } from 'vitest';
import { isProbeAnswerRight } from '../../../lib/deep-dive/probe';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const shortQuestions = loadAllLessons().flatMap((lesson) => lesson.questions.filter((question) => question.type === 'short').map((question) => ({ topic: lesson.topic, question })));

describe('shipped practice questions and their follow-ups', () => {
  it('has short questions to check', () => {
    expect(shortQuestions.length).toBeGreaterThanOrEqual(12);
  });

  it.each(shortQuestions.map(({ topic, question }) => [`${topic}/${question.id}`, question] as const))('%s: every key point has a probe, a checkable answer and a gap', (_name, question) => {
    for (const point of question.keyPoints) {
      expect(point.probe, point.id).toBeDefined();
      expect(point.gap, point.id).toBeDefined();
      const probe = point.probe;
      if (!probe) continue;
      const right = 'choices' in probe ? { selected: probe.choices.filter((choice) => choice.correct).map((choice) => choice.id) } : { number: probe.answer };
      expect(isProbeAnswerRight(probe, right)).toBe(true);
      const wrong = 'choices' in probe ? { selected: probe.choices.filter((choice) => !choice.correct).map((choice) => choice.id).slice(0, 1) } : { number: probe.answer + probe.tolerance + 1 };
      expect(isProbeAnswerRight(probe, wrong)).toBe(false);
    }
  });

  it.each(shortQuestions.map(({ topic, question }) => [`${topic}/${question.id}`, question] as const))('%s: a gap does not state its point (it must not hand over the answer)', (_name, question) => {
    for (const point of question.keyPoints) {
      expect(readClaim(readText(point.gap ?? ''), point).status, `${point.id}: "${point.gap}"`).not.toBe('stated');
    }
  });
});
