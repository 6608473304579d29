import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { memoPromptResult, promptMemo } from '../../../lib/deep-dive/prompt-memo';
import { scoreDeepDive, scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

const { rubric } = loadCase('ecommerce-data-platform');
const prompts = rubric.steps['deep-dive'].prompts;
const prompt = prompts[0] as DeepDivePrompt;

describe('re-grading the deep-dive step computes only the prompts whose answer changed', () => {
  it('computes once per prompt, answer and probe answers, and again for any change', () => {
    const memo = promptMemo<string>();
    let runs = 0;
    const grade = (answer: string, probes = {}) => memoPromptResult(memo, prompt, answer, probes, () => `${answer}#${(runs += 1)}`);
    expect(grade('a')).toBe('a#1');
    expect(grade('a')).toBe('a#1');
    expect(grade('b')).toBe('b#2');
    expect(grade('a')).toBe('a#1');
    expect(grade('a', { x: { number: 3 } })).toBe('a#3');
    expect(grade('a', { x: { number: 4 } })).toBe('a#4');
    // Another prompt with the same answer is its own entry.
    expect(memoPromptResult(memo, prompts[1] as DeepDivePrompt, 'a', {}, () => 'other')).toBe('other');
  });

  it('forgets the oldest of more than four answers per prompt', () => {
    const memo = promptMemo<number>();
    let runs = 0;
    const grade = (answer: string) => memoPromptResult(memo, prompt, answer, {}, () => (runs += 1));
    for (const answer of ['a', 'b', 'c', 'd', 'e']) grade(answer);
    expect(runs).toBe(5);
    grade('e');
    grade('b');
    expect(runs).toBe(5);
    grade('a');
    expect(runs).toBe(6);
  });

  it('gives the step the same score and findings as grading every prompt afresh, through a sequence of edits', () => {
    const answers: Record<string, string> = {};
    const texts = ['Replication factor 3 and acks=all.', 'It resumes from the checkpoint offsets; the sink is idempotent.', 'A fact table of order lines with a date dimension.'];
    for (const [index, item] of prompts.entries()) {
      answers[item.id] = texts[index % texts.length] as string;
      const step = scoreDeepDive({ ...answers }, rubric);
      let earned = 0;
      let available = 0;
      for (const each of prompts) {
        const fresh = scoreDeepDivePrompt(each, answers[each.id] ?? '');
        earned += fresh.earned;
        available += fresh.available;
      }
      expect(step.score).toBe(Math.round((earned / available) * 100));
      expect(scoreDeepDive({ ...answers }, rubric)).toEqual(step);
    }
  });
});
