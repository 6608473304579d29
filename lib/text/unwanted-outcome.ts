import type { ReadText } from './read-text';

/**
 * Words naming what a design exists to prevent: a copy written twice, data lost, a gap. A key point that asks for one
 * of them ("retries do not write duplicates", "an acknowledged event is never lost") asks for its absence, so a learner
 * who denies it ("the broker never stores a duplicate", "it is not written twice") says the point; denying a wanted
 * word ("we don't retry") still denies it. Stems, as the tokeniser gives them (Porter).
 */
const UNWANTED_STEMS: ReadonlySet<string> = new Set(['duplic', 'dup', 'dupe', 'twice', 'doubl', 'lost', 'lose', 'loss', 'gap']);

/**
 * Whether every word of the phrase at tokens `[from, to)` that is not a stop word names an unwanted outcome, so denying
 * it says that outcome cannot happen ("not written twice": "twice"; "no data loss": "loss"). False for an empty span.
 * Pure; O(to - from).
 */
export function namesUnwantedOutcome(read: ReadText, from: number, to: number): boolean {
  let seen = false;
  for (let i = from; i < to; i += 1) {
    const token = read.tokens[i];
    if (!token || token.kind !== 'word' || token.stop) continue;
    if (!UNWANTED_STEMS.has(token.stem)) return false;
    seen = true;
  }
  return seen;
}
