import type { ReadText } from './read-text';

/**
 * A failure the sentence opens a branch on: "on timeout", "in case of an outage", "if the model times out", "when
 * Kafka is down", "should the job fall behind". What follows is what the design does then.
 */
const FAILURE_CONDITION =
  /\b(?:(?:on|upon|after|in case of|in the event of)\s+(?:an?\s+|the\s+|any\s+)?(?:time-?outs?|failures?|errors?|outages?|crash(?:es)?|faults?)\b|(?:if|when|whenever|should|once)\b.{0,80}?\b(?:times?[ -]out|timed[ -]out|fails?|failed|failing|(?:is|are|goes|go|went)\s+(?:down|slow|unavailable|unreachable|offline)|unavailable|unreachable|lags?|lagging|falls?\s+behind|fell\s+behind|crash(?:es|ed)?|errors?\s+out|breaks?|broke|stalls?|stalled)\b)/i;

/** A branch taken instead of the normal path: "otherwise", "else", "fall back to", "degrade to", "default to". */
const FALLBACK_WORD = /\b(?:otherwise|else|fallback|fall(?:s|ing)?[ -]back|degrades?\s+to|degraded\s+to|defaults?\s+to)\b/i;

/**
 * Whether the negation over the term at token `from` sits in a fallback branch: the sentence, before the term, sets
 * a failure condition or names a fallback ("on timeout -> static rules, never decline-all", "if the surge job falls
 * behind, pricing keeps the last multiplier, never a blank price", "otherwise the cached view, not an empty
 * dashboard"). Such a denial says what the design does NOT do when a part fails (the alternative it rejects for that
 * branch), not that the design lacks the thing, so it contradicts no row that lists it. A denial in a sentence with
 * no such branch ("no dashboards needed", "on sale days we skip the inventory view") is not in one (false). Pure.
 */
export function deniedInFallback(read: ReadText, from: number): boolean {
  const token = read.tokens[from];
  if (!token) return false;
  const sentence = read.sentences.find((candidate) => candidate.from <= from && from < candidate.to);
  if (!sentence) return false;
  const before = read.text.slice(sentence.start, token.start);
  return FAILURE_CONDITION.test(before) || FALLBACK_WORD.test(before);
}
