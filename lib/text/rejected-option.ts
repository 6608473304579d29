import type { Clause } from './clauses';
import type { Withdrawal } from './retraction';
import type { TextToken } from './tokens';

/**
 * Options the learner rejected, so that the reason they give against one ("acks=1, no wait, I mean acks=all, because
 * with acks one the leader ... and the event is gone") reads as reasoning about the rejected option, not as a claim
 * that they use it. An option is rejected when the learner:
 * - replaced or took it back ("acks equals one, no wait, I mean acks=all"; see retraction.ts);
 * - set it aside while choosing another ("the rules as the fallback rather than replace them", "instead of polling",
 *   "acks=all, not acks=1").
 * Each rejection is the set of its words (normalised, number words as digits) and the token where it was rejected; a
 * reason given later in the same or the next sentence may name the option by those words only.
 */
export type Rejection = { words: ReadonlySet<string>; at: number; sentence: number };

// Number words as the digits a setting is written with ("acks one" is "acks=1").
const NUMBER_WORDS: Readonly<Record<string, string>> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', all: 'all' };

/** A word as a rejection compares it: number words as digits. */
export function optionWord(norm: string): string {
  return NUMBER_WORDS[norm] ?? norm;
}

// Openers of a clause that sets its words aside for another ("rather than X", "instead of X").
const SET_ASIDE_OPENERS: ReadonlySet<string> = new Set(['rather than', 'instead of']);

function wordsIn(tokens: readonly TextToken[], from: number, to: number, keep: (i: number) => boolean): Set<string> {
  const words = new Set<string>();
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && !token.stop && keep(i)) words.add(optionWord(token.norm));
  }
  return words;
}

/**
 * The options a text rejects, in text order (see `Rejection`). Input: the tokens, clauses, withdrawals and negation
 * read by readText. A "not X" or "rather than X" counts only its negated words (the option), never its cue. Pure.
 */
export function readRejections(tokens: readonly TextToken[], clauses: readonly Clause[], withdrawals: readonly Withdrawal[], negated: readonly boolean[], cue: readonly boolean[]): Rejection[] {
  const rejections: Rejection[] = [];
  const sentenceOf = (token: number) => clauses.find((clause) => clause.from <= token && token < clause.to)?.sentence ?? -1;
  for (const withdrawal of withdrawals) {
    const words = wordsIn(tokens, withdrawal.from, withdrawal.to, () => true);
    if (words.size > 0 && words.size <= 8) rejections.push({ words, at: withdrawal.cueTo, sentence: sentenceOf(withdrawal.cueFrom) });
  }
  for (const clause of clauses) {
    if (!clause.opener || !SET_ASIDE_OPENERS.has(clause.opener)) continue;
    const words = wordsIn(tokens, clause.from, clause.to, (i) => negated[i] === true && !cue[i]);
    if (words.size > 0) rejections.push({ words, at: clause.from, sentence: clause.sentence });
  }
  return rejections.sort((a, b) => a.at - b.at);
}
