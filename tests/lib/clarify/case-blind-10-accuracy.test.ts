import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

type CasePhrasing = { case: string; q: string; topic: string | null };

/**
 * Batch 10: fifty clarifying questions, ten per case, phrased the way candidates ask them in a live mock
 * interview (hesitant openers, "so just to check ...", a fact from the brief restated for confirmation,
 * two-part questions, questions about the people and the process around the system, lower case, typos,
 * statements and small talk), each with the rubric topic an interviewer would answer (null for no question)
 * written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the
 * 0.5 floor is only a sanity check.
 */
const set = JSON.parse(readFileSync(path.join(__dirname, 'data', 'clarify-phrasings-blind-10.json'), 'utf8')) as CasePhrasing[];

describe('case-tied blind batch 10', () => {
  it('holds fifty questions, ten for each of the five cases', () => {
    expect(set).toHaveLength(50);
    const perCase = new Map<string, number>();
    for (const item of set) perCase.set(item.case, (perCase.get(item.case) ?? 0) + 1);
    expect([...perCase.values()]).toEqual([10, 10, 10, 10, 10]);
  });

  it('keeps a sanity floor on top-1', () => {
    const misses = set.filter((item) => matchQuestion(item.q, loadCase(item.case).rubric).topic !== item.topic);
    const accuracy = 1 - misses.length / set.length;
    console.info(`clarify blind-10 top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.topic}: ${item.q}`).join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.5);
  });
});
