import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

type CasePhrasing = { case: string; q: string; topic: string | null };

/**
 * The checks every case-tied blind clarify batch gets (data/clarify-phrasings-blind-<n>.json: fifty questions,
 * ten per case, topics written before the matcher ran): its shape, and top-1 printed with the misses over a
 * sanity floor of 0.5. The printed figure is what matters; the floor only catches a matcher that broke.
 */
export function describeCaseBlindBatch(batch: number): void {
  const set = JSON.parse(readFileSync(path.join(__dirname, 'data', `clarify-phrasings-blind-${batch}.json`), 'utf8')) as CasePhrasing[];

  describe(`case-tied blind batch ${batch}`, () => {
    it('holds fifty questions, ten for each of the five cases', () => {
      expect(set).toHaveLength(50);
      const perCase = new Map<string, number>();
      for (const item of set) perCase.set(item.case, (perCase.get(item.case) ?? 0) + 1);
      expect([...perCase.values()]).toEqual([10, 10, 10, 10, 10]);
    });

    it('keeps a sanity floor on top-1', () => {
      const misses = set.filter((item) => matchQuestion(item.q, loadCase(item.case).rubric).topic !== item.topic);
      const accuracy = 1 - misses.length / set.length;
      console.info(`clarify blind-${batch} top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.topic}: ${item.q}`).join('\n  ')}`);
      expect(accuracy).toBeGreaterThanOrEqual(0.5);
    });
  });
}
