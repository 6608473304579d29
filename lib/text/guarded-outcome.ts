import type { ReadText } from './read-text';
import { namesUnwantedOutcome } from './unwanted-outcome';

// Words that may stand between a subject and the negation of its predicate ("postings are never", "an order will not").
const LINKING: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'does', 'do', 'did', 'has', 'have', 'ever', 'then', 'so', 'also',
]);
/** How many linking words may stand between a subject and its negated predicate ("orders will then never be lost"). */
const MAX_LINKING = 3;

// Outcomes a pipeline guards against besides those of unwanted-outcome.ts: a record dropped, missed or skipped.
const MORE_UNWANTED_STEMS: ReadonlySet<string> = new Set(['drop', 'dropp', 'miss', 'skip', 'skipp']);

const namesOutcome = (read: ReadText, at: number) => namesUnwantedOutcome(read, at, at + 1) || MORE_UNWANTED_STEMS.has(read.tokens[at]?.stem ?? '');

const sameClause = (read: ReadText, at: number, clause: number) => read.clauseOf[at] === clause;

/** Whether the negated run that starts after the cue at `cue` (up to the next cue or the first affirmed token) names an unwanted outcome outside `[from, to)`. */
function runNamesOutcome(read: ReadText, cue: number, from: number, to: number, clause: number): boolean {
  for (let i = cue + 1; i < read.tokens.length && sameClause(read, i, clause); i += 1) {
    if (!read.negated[i] && !read.cue[i]) return false;
    // An outcome verb may be a cue itself ("will not be skipped"); any other cue starts another negation.
    if ((i < from || i >= to) && namesOutcome(read, i)) return true;
    if (read.cue[i]) return false;
  }
  return false;
}

/**
 * Whether the negation over the term at tokens `[from, to)` denies an unwanted outcome of it rather than the term:
 * "a resent authorisation never posts twice", "no order is ever lost", "no duplicate postings", "postings are never
 * written twice" guarantee the postings and the orders (exactly once, no loss), so a design that says so next to a
 * "ledger postings via CDC" row contradicts nothing. The negation's own run (from its cue to the next cue or the first
 * affirmed word, within the clause) must reach the term and name an outcome (twice, duplicate, lost; see
 * unwanted-outcome.ts; dropped, missed, skipped) besides it; or the term is the subject of a predicate so denied ("orders are never lost").
 * "No orders", "we never ingest the clickstream" and "no CDC, no duplicates" (two cues) still deny the term (false). Pure.
 */
export function deniesOnlyOutcome(read: ReadText, from: number, to: number): boolean {
  const clause = read.clauseOf[from] ?? -1;
  if (clause < 0 || to <= from) return false;
  // The cue whose run reaches the term: every token between them negated and none a cue.
  for (let i = from - 1; i >= 0 && sameClause(read, i, clause); i -= 1) {
    if (read.cue[i]) return runNamesOutcome(read, i, from, to, clause);
    if (!read.negated[i]) break;
  }
  // The term as the subject of a denied predicate: a cue a few linking words after it.
  let linking = 0;
  for (let i = to; i < read.tokens.length && sameClause(read, i, clause); i += 1) {
    if (read.cue[i]) return runNamesOutcome(read, i, to, to, clause);
    const token = read.tokens[i];
    if (token?.kind !== 'word' || !LINKING.has(token.norm) || (linking += 1) > MAX_LINKING) return false;
  }
  return false;
}
