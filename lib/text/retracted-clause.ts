import { splitClauses } from './clauses';
import { readRetractions } from './retraction';
import { tokenizeText } from './tokens';
import { memoLast } from '../util/memo-last';

/** Longest clause read: a take-back further in than this is not looked for. */
const MAX_CLAUSE_CHARS = 1000;

// A line's clauses are each read alone and again joined to the one before (lib/clarify/match-question), so the last
// few answers are kept. Tokens and clauses are the ones `readText` gives; its negation and role readers are not needed.
const retractedText = memoLast((text: string): boolean => {
  const tokens = tokenizeText(text, text.length);
  const { sentences, clauses } = splitClauses(text, tokens);
  return readRetractions(tokens, sentences, clauses).includes(true);
}, 64);

/**
 * Whether a clause takes back what it said ("How big is the peak, actually never mind, let's assume
 * it's modest"; "What's the retention? Doesn't matter, I'll assume a year"): the clause-level view of
 * lib/text/retraction.ts (readWithdrawals, the one take-back reader), for engines that judge whole
 * questions, such as the clarify matcher. A take-back must follow some words of content: a line that
 * opens with "never mind" withdraws nothing of its own, and "volume doesn't matter, does it?" is a
 * leading question, not a take-back. The text is read up to 1,000 characters. Pure; never throws; a
 * non-string is not retracted.
 */
export function isRetracted(clause: string): boolean {
  if (typeof clause !== 'string') return false;
  return retractedText(clause.slice(0, MAX_CLAUSE_CHARS));
}
