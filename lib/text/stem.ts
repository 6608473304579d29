import { stemmer } from 'stemmer';
import { STEM_ALIASES } from './synonyms';

// Stemming is the hot path of every match; a bounded cache keeps it cheap without leaking memory
// on hostile input full of unique words.
const MAX_CACHE = 20_000;
const cache = new Map<string, string>();

/** Porter stem of one lower-case word, with the aliases that join stems Porter leaves apart. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  // Porter is meant for words; very long tokens are not words, so keep them as they are.
  const stem = word.length > 40 || /^\d/.test(word) ? word : stemmer(word);
  const result = STEM_ALIASES[stem] ?? stem;
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, result);
  return result;
}
