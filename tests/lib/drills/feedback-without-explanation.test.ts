import { describe, expect, it } from 'vitest';
import { checkDrill } from '@/lib/drills/check-drill';
import { feedbackWithoutExplanation } from '@/lib/drills/feedback-without-explanation';
import { DRILL_GENERATORS } from '@/lib/drills/registry';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('feedbackWithoutExplanation', () => {
  it.each(DRILL_GENERATORS.map((generator) => [generator.id, generator] as const))('%s: a wrong answer on the page says the explanation once', (_id, generator) => {
    let wrong = 0;
    for (let seed = 0; seed < 12; seed += 1) {
      const drill = generator.generate(seed);
      // A hedge around the right answer, and plain wrong numbers, are graded wrong with the explanation (check-drill.ts).
      for (const answer of [`maybe ${drill.solution}, not sure`, '0', '7 seconds']) {
        const result = checkDrill(drill, answer);
        if (!result.readable || result.correct) continue;
        wrong += 1;
        expect(count(result.feedback, drill.explanation)).toBe(1);
        const shown = feedbackWithoutExplanation(result, drill);
        expect(shown).not.toContain(drill.explanation);
        expect(shown).toContain(drill.solution);
        expect(shown.length).toBeGreaterThan(0);
      }
    }
    expect(wrong).toBeGreaterThan(0);
  });

  it('leaves feedback that does not end with the explanation as it is', () => {
    const drill = { explanation: 'Partitions bound the parallelism of a consumer group.' };
    expect(feedbackWithoutExplanation({ feedback: 'Correct: 12 partitions' }, drill)).toBe('Correct: 12 partitions');
    expect(feedbackWithoutExplanation({ feedback: 'Could not check this answer: write a number.' }, drill)).toBe('Could not check this answer: write a number.');
    expect(feedbackWithoutExplanation({ feedback: 'Not quite: the answer is 12. Partitions bound the parallelism of a consumer group.' }, drill)).toBe(
      'Not quite: the answer is 12.',
    );
    expect(feedbackWithoutExplanation({ feedback: 'Not quite.' }, { explanation: '' })).toBe('Not quite.');
  });
});
