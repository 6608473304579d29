import { readText } from './read-text';

/**
 * Whether a clause takes back what it said ("How big is the peak, actually never mind, let's assume
 * it's modest"; "What's the retention? Doesn't matter, I'll assume a year"): the clause-level view of
 * lib/text/retraction.ts (readRetractions, the one take-back reader), for engines that judge whole
 * questions, such as the clarify matcher. A take-back must follow some words of content: a line that
 * opens with "never mind" withdraws nothing of its own, and "volume doesn't matter, does it?" is a
 * leading question, not a take-back. The text is read up to 1,000 characters. Pure; never throws; a
 * non-string is not retracted.
 */
export function isRetracted(clause: string): boolean {
  if (typeof clause !== 'string') return false;
  return readText(clause.slice(0, 1000)).retracted.includes(true);
}
