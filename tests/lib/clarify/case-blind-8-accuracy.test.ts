import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

type CasePhrasing = { case: string; q: string; topic: string | null };

/**
 * Batch 8: clarifying questions as candidates ask them in interview guides and mock interviews (business
 * wording, premises, lower case, typos, compound and indirect questions, statements and small talk), ten
 * per case, each with the rubric topic an interviewer would answer (null when none) written down before
 * the matcher ran. Measured when first run: 0.840 top-1 (42/50). Its kinds of miss (not its questions) were
 * then fixed on dev batches 12 and 12b written for that (tests/lib/clarify/kinds-12.test.ts): 1.000. The
 * floor of 0.5 is a sanity floor; the printed figure is what matters.
 */
const set = JSON.parse(readFileSync(path.join(__dirname, 'data', 'clarify-phrasings-blind-8.json'), 'utf8')) as CasePhrasing[];

describe('case-tied blind batch 8', () => {
  it('holds 50 questions, ten for each of the five cases', () => {
    expect(set).toHaveLength(50);
    const perCase = new Map<string, number>();
    for (const item of set) perCase.set(item.case, (perCase.get(item.case) ?? 0) + 1);
    expect([...perCase.values()]).toEqual([10, 10, 10, 10, 10]);
  });

  it('keeps its top-1 sanity floor', () => {
    const misses = set.filter((item) => matchQuestion(item.q, loadCase(item.case).rubric).topic !== item.topic);
    const accuracy = 1 - misses.length / set.length;
    console.info(`clarify blind-8 top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.topic}: ${item.q}`).join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.5);
  });
});
