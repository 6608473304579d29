import { readText } from './read-text';
import type { ReadText } from './read-text';

/**
 * Claims that a record is changed where it lies, losing what it said before: "we are updating the balance in place",
 * "in-place updates", "the amount is overwritten", "UPDATE accounts SET balance". For records a case must keep as
 * history (a ledger's postings and balances, a patient's record, an audit log) this is the fault an interviewer docks:
 * the previous value, and so the trail of how it got there, is gone. Source: Kleppmann, Designing Data-Intensive
 * Applications, ch. 11 ("state, streams and immutability": an append-only log of events, state derived from it);
 * the double-entry bookkeeping rule that a posted entry is never edited, only reversed by a new one.
 */

/** Stems of verbs that change a record (Porter stems, as the tokeniser gives them). */
const CHANGE_STEMS: ReadonlySet<string> = new Set(['updat', 'modifi', 'edit', 'chang', 'mutat', 'rewrit', 'amend']);
/** Stems of verbs that replace a record's value outright, in place by their meaning. */
const OVERWRITE_STEMS: ReadonlySet<string> = new Set(['overwrit', 'overwritten']);
/** How many tokens may stand between a change verb and "in place" ("updating it in place", "update the balance row in place"). */
const MAX_GAP = 5;

/**
 * Words that say a design keeps the history itself, so an in-place change can only be of a view derived from it
 * ("balances are updated in place from the append-only entries"): append-only, double-entry, immutable, insert-only.
 */
// Older and vendor words for the same (golden round 19): change tables, bitemporal or system-versioned temporal tables,
// valid-from/valid-to rows, SCD type 2, history tables, earlier versions kept.
const HISTORY_KEPT =
  /\b(?:append[- ]only|double[- ]entry|immutable|insert[- ]only|event[- ]sourc\w*|never (?:updated|edited|overwritten|changed)|bi-?temporal|change tables?|history tables?|system[- ]versioned|temporal tables?|valid[- _]from|valid[- _]to|scd ?(?:type ?)?2|type[- ]2 (?:scd|dimensions?|history)|(?:earlier|prior|previous|old) versions? (?:is |are )?(?:kept|retained|preserved)|keeps? (?:every|each|all) (?:earlier|prior|previous|old) versions?)\b/i;

/** An in-place change the text affirms: the sentence it is in (the learner's words) and the words that say it. */
export type InPlaceUpdate = { sentence: string; words: string };

const isInPlace = (read: ReadText, at: number) =>
  read.tokens[at]?.norm === 'in' && read.tokens[at + 1]?.norm === 'place';

/** Whether the token at `at` is affirmed: not under a negation and not in a counterfactual, a contrast or an example of the wrong way. */
const affirmed = (read: ReadText, at: number) => !read.negated[at] && !read.cue[at] && (read.role[at] ?? 'claim') === 'claim';

function sentenceText(read: ReadText, at: number): string {
  const clause = read.clauses[read.clauseOf[at] ?? -1];
  const sentence = clause === undefined ? undefined : read.sentences[clause.sentence];
  return sentence === undefined ? '' : read.text.slice(sentence.start, sentence.end).trim();
}

/**
 * Every in-place change a text affirms, in order, one per sentence: a change verb with "in place" within MAX_GAP tokens
 * of the same clause (either order: "in-place updates"), an overwrite verb, or SQL `UPDATE ... SET`. Negated ("we never
 * update in place"), counterfactual and contrasted ("instead of updating the balance in place") ones are left out.
 * Pure; O(tokens).
 */
export function readInPlaceUpdates(text: string): InPlaceUpdate[] {
  const read = readText(text);
  const found: InPlaceUpdate[] = [];
  const seen = new Set<number>();
  const add = (at: number, to: number) => {
    const sentence = read.clauses[read.clauseOf[at] ?? -1]?.sentence ?? -1;
    if (sentence < 0 || seen.has(sentence)) return;
    seen.add(sentence);
    found.push({ sentence: sentenceText(read, at), words: read.text.slice(read.tokens[at]?.start ?? 0, read.tokens[to]?.end ?? 0) });
  };
  read.tokens.forEach((token, at) => {
    if (token.kind !== 'word' || !affirmed(read, at)) return;
    const clause = read.clauseOf[at];
    if (OVERWRITE_STEMS.has(token.stem)) return add(at, at);
    if (token.norm === 'update' && text.slice(token.start, token.end) === 'UPDATE' && /\bSET\b/.test(text.slice(token.end))) return add(at, at);
    if (!CHANGE_STEMS.has(token.stem)) return;
    for (let other = Math.max(0, at - MAX_GAP - 2); other <= at + MAX_GAP + 1; other += 1) {
      if (read.clauseOf[other] !== clause || !isInPlace(read, other)) continue;
      return add(Math.min(at, other), Math.max(at, other + 1));
    }
  });
  return found;
}

/** Whether the text says the history itself is kept (append-only, double-entry, immutable): see HISTORY_KEPT. Pure. */
export function keepsHistory(text: string): boolean {
  return HISTORY_KEPT.test(text);
}
