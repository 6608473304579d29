import { cueLine } from './normalise';

/**
 * A short line that carries on from the question before it instead of asking on its own: "and peak?",
 * "what about at rush hour?", "and in two years?", "growth?". In a conversation the earlier question's
 * ask ("how many ...") is understood in it, so it is a fair question when it rides on one; alone, a bare
 * word is a checklist item. General English only (ellipsis in spoken follow-up questions).
 */

/** Words that open a follow-up: the earlier question continues ("and ...", "what about ...", "same for ..."). */
const CONTINUES = /^(?:and|also|plus|then|so|ok|okay)?\s*(?:(?:what|how) about|same for|and|also|plus|then|or)\b/i;
/** Longest follow-up, in words: anything longer asks on its own. */
const MAX_FOLLOW_UP_WORDS = 5;
/** Longest bare follow-up without an opener ("growth?", "peak hours?"), in words. */
const MAX_BARE_WORDS = 2;

function wordsOf(text: string): string[] {
  return cueLine(text, 200)
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length > 0);
}

/**
 * Whether `text` is a terse follow-up: at most five words opening with a word that continues the earlier
 * question ("and peak?", "what about retention?"), or at most two words with nothing else ("growth?").
 * Whether it rides on a question is for the reader of the whole transcript to say. Pure; never throws.
 */
export function isTerseFollowUp(text: string): boolean {
  if (typeof text !== 'string') return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_FOLLOW_UP_WORDS) return false;
  return CONTINUES.test(cueLine(text, 200).trim()) || words.length <= MAX_BARE_WORDS;
}

/**
 * Whether `text` is a follow-up that opens with a continuing word ("and in two years?", "what about on
 * sale day?"): it asks the earlier question again of another time or thing, so it reads nothing back for
 * confirmation, whatever words of the brief it names. Pure; never throws.
 */
export function continuesEarlierQuestion(text: string): boolean {
  if (typeof text !== 'string') return false;
  const words = wordsOf(text);
  return words.length > 0 && words.length <= MAX_FOLLOW_UP_WORDS && CONTINUES.test(cueLine(text, 200).trim());
}
