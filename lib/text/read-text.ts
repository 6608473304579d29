import { splitClauses } from './clauses';
import { readClauseRoles } from './clause-roles';
import type { ClauseRoles } from './clause-roles';
import type { Clause, Sentence } from './clauses';
import { DEFAULT_MAX_CHARS } from './normalise';
import { readPolarity } from './polarity';
import { denyNotApplicable } from './not-applicable';
import { liftLimitations } from './limitation';
import { deniedBy, readPredicateDenials } from './predicate-denial';
import type { Denial } from './predicate-denial';
import { readRejections } from './rejected-option';
import { readDeferredClauses } from './deferred-clause';
import { readWithdrawals, withdrawnBy } from './retraction';
import type { Withdrawal } from './retraction';
import type { Polarity } from './polarity';
import { tokenizeText } from './tokens';
import type { TextToken } from './tokens';

/**
 * A learner's text read once for every engine: tokens with offsets, sentences, clauses, and
 * per-token negation scope and per-clause hedges. Build it with `readText` and pass it to
 * `findPhrases`, `readValues` and `readBareLists`.
 */
export type ReadText = {
  /** The text that was read (cut at `maxChars`). */
  text: string;
  tokens: TextToken[];
  sentences: Sentence[];
  clauses: Clause[];
  /** Per token: the index of its clause, or -1 for marks between clauses. */
  clauseOf: number[];
  /** Per token: taken back later in the text ("..., scratch that", "On second thought, ..."; see retraction.ts). */
  retracted: boolean[];
  /** What the learner took back and the words that took it back, in text order (see retraction.ts). */
  withdrawals: Withdrawal[];
  /** Per token: the index in `withdrawals` of the last one covering it, or -1. */
  withdrawnBy: number[];
  /** Claims denied through their predicate ("backfill is deprecated", "commits aren't really atomic"), in text order (see predicate-denial.ts). */
  denials: Denial[];
  /** Per token: the index in `denials` of the denial whose denied words cover it, or -1. */
  deniedBy: number[];
  /** Per clause: put in the future or under a condition on the learner's time ("later we could ..."; see deferred-clause.ts); such a clause is hedged as a whole. */
  deferred: boolean[];
} & Polarity &
  /** Per token: counterfactual, example of the wrong way or contrast (neither claimed nor denied); per clause: where a late hedge starts (see clause-roles.ts). */
  ClauseRoles;

const MAX_CACHE = 64;
const cache = new Map<string, ReadText>();

/**
 * Reads a text: tokens, sentences, clauses, negation and hedges. Deterministic and never throws
 * (a non-string reads as empty); input past `maxChars` (default 2,000 characters) is ignored.
 * The last few texts are cached, so every key point of a prompt can ask about the same answer.
 */
export function readText(raw: string, maxChars = DEFAULT_MAX_CHARS): ReadText {
  const text = (typeof raw === 'string' ? raw : '').slice(0, Math.max(0, maxChars));
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens = tokenizeText(text, text.length);
  const { sentences, clauses } = splitClauses(text, tokens);
  const clauseOf = new Array<number>(tokens.length).fill(-1);
  for (const clause of clauses) for (let i = clause.from; i < clause.to; i += 1) clauseOf[i] = clause.index;
  const polarity = readPolarity(tokens, sentences, clauses);
  polarity.negated = liftLimitations(tokens, clauses, polarity.negated, polarity.cue);
  const predicates = readPredicateDenials(tokens, clauses, polarity.negated, polarity.cue);
  polarity.negated = predicates.negated;
  polarity.cue = predicates.cue;
  // "Checkpointing: N/A", "Chunks: not needed": a term marked not applicable is denied (not-applicable.ts).
  const marked = denyNotApplicable(text, tokens, sentences, polarity.negated, polarity.cue);
  polarity.negated = marked.negated;
  polarity.cue = marked.cue;
  const withdrawals = readWithdrawals(tokens, sentences, clauses);
  const by = withdrawnBy(tokens.length, withdrawals);
  const rejections = readRejections(tokens, clauses, withdrawals, polarity.negated, polarity.cue);
  const roles = readClauseRoles(text, tokens, sentences, clauses, polarity.negated, polarity.cue, rejections);
  // A mechanism named for later is not committed to: the clause reads as hedged from its first word.
  const deferred = readDeferredClauses(tokens, sentences, clauses);
  // "If we had time, we'd add a checkpoint" is a plan under a condition on the learner's time, not a counterfactual
  // about what would go wrong: it names the mechanism (hedged), it does not set it aside.
  deferred.forEach((isDeferred, index) => {
    if (!isDeferred) return;
    polarity.hedgedClause[index] = true;
    roles.hedgeFrom[index] = -1;
    const clause = clauses[index] as Clause;
    for (let i = clause.from; i < clause.to; i += 1) if (roles.role[i] === 'counterfactual') roles.role[i] = 'claim';
  });
  const read: ReadText = { text, tokens, sentences, clauses, clauseOf, retracted: by.map((index) => index >= 0), withdrawals, withdrawnBy: by, denials: predicates.denials, deniedBy: deniedBy(tokens.length, predicates.denials), deferred, ...polarity, ...roles };
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(text, read);
  return read;
}
