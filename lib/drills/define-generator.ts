import { checkDrill, matchAnswer } from './check-drill';
import { createRng } from './random';
import type { Rng } from './random';
import type { Drill, DrillContent, DrillGenerator, DrillTopic } from './types';

/** Seeds are unsigned 32-bit integers: what mulberry32 consumes, and safe to put in a URL. */
export const MAX_SEED = 0xffffffff;

export function isValidSeed(seed: number): boolean {
  return Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

interface GeneratorSpec {
  id: string;
  topic: DrillTopic;
  title: string;
  build(rng: Rng): DrillContent;
}

/** Wraps a builder into a generator: the random stream is salted by id, and every drill is checked by the shared checker. */
export function defineGenerator(spec: GeneratorSpec): DrillGenerator {
  return {
    id: spec.id,
    topic: spec.topic,
    title: spec.title,
    generate(seed: number): Drill {
      if (!isValidSeed(seed)) throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
      const content = spec.build(createRng(seed, spec.id));
      // A "typical mistake" that happens to equal the right answer for this seed is not a mistake.
      const mistakes = content.mistakes.filter((mistake) => matchAnswer(mistake.key, content.solution).status !== 'match');
      return { id: spec.id, seed, topic: spec.topic, ...content, mistakes };
    },
    check: checkDrill,
  };
}
