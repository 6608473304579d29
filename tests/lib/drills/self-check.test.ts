import { describe, expect, it } from 'vitest';
import { DRILL_GENERATORS } from '@/lib/drills/registry';
import { hedgedAnswers, rightNotations } from './answer-notations';

const SEEDS = 1000;

describe.each(DRILL_GENERATORS.map((generator) => [generator.id, generator] as const))('%s self-check', (id, generator) => {
  const drills = Array.from({ length: SEEDS }, (_, seed) => generator.generate(seed));

  it('never grades a hedge or "I don\'t know" as correct, in five phrasings, and still teaches', () => {
    let checked = 0;
    for (const drill of drills) {
      for (const hedge of hedgedAnswers(drill)) {
        const result = generator.check(drill, hedge);
        if (result.correct) throw new Error(`${id} seed ${drill.seed}: hedge "${hedge}" graded correct`);
        if (!result.readable || !result.feedback.includes(drill.solution)) throw new Error(`${id} seed ${drill.seed}: hedge "${hedge}" not answered with the solution: ${result.feedback}`);
        checked += 1;
      }
    }
    expect(checked).toBe(SEEDS * 5);
  });

  it('accepts the right answer in three practitioners\' notations', () => {
    for (const drill of drills) {
      const notations = rightNotations(drill);
      if (new Set(notations).size !== 3) throw new Error(`${id} seed ${drill.seed}: expected three distinct notations, got ${JSON.stringify(notations)}`);
      for (const notation of notations) {
        const result = generator.check(drill, notation);
        if (!result.correct) throw new Error(`${id} seed ${drill.seed}: right answer "${notation}" rejected: ${result.feedback.slice(0, 300)}`);
      }
    }
  });
});
