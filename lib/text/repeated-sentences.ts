import type { ReadText } from './read-text';

/** How many times one sentence must be written before the copies read as padding (said twice can be emphasis). */
export const MIN_REPEATS = 3;
/** Shortest sentence (in words) whose copies count: "Yes. Yes. Yes." is a tic, not padding. */
export const MIN_REPEATED_WORDS = 4;

/** A sentence the learner pasted again and again: its first wording and how many times it stands in the text. */
export type RepeatedSentence = { text: string; count: number };

/**
 * The sentence a text repeats most, when it stands there at least MIN_REPEATS times with at least MIN_REPEATED_WORDS
 * words: sentences are compared by their words' stems, so case, punctuation and spacing do not make a copy new.
 * Undefined when no sentence is repeated that often. Pure; never throws.
 */
export function readRepeatedSentence(read: ReadText): RepeatedSentence | undefined {
  const counts = new Map<string, RepeatedSentence>();
  let best: RepeatedSentence | undefined;
  for (const sentence of read.sentences) {
    const stems = read.tokens.slice(sentence.from, sentence.to).filter((token) => token.kind === 'word').map((token) => token.stem);
    if (stems.length < MIN_REPEATED_WORDS) continue;
    const key = stems.join(' ');
    const seen = counts.get(key) ?? { text: sentence.text, count: 0 };
    seen.count += 1;
    counts.set(key, seen);
    if (seen.count >= MIN_REPEATS && (!best || seen.count > best.count)) best = seen;
  }
  return best ? { ...best } : undefined;
}
