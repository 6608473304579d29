import { readClaim } from './claims';
import type { ClaimReading, ClaimSpec } from './claims';
import type { ReadText } from './read-text';

/** How many sentences after the current state a fix put for later may stand ("Today we append. Later we'd overwrite."). */
const MAX_SENTENCES_AFTER = 1;

/**
 * The reading of `spec` when the learner states the wrong way as what is done now (`wrongClause`, verbatim) and puts the
 * right mechanism for later right after it ("today the task does INSERT INTO ...; later we could switch it to overwrite
 * the day's partition"): the wrong way is the current state the learner already means to replace, not a belief, and
 * the fix is named but not committed (its clause is deferred, lib/text/deferred-clause.ts, so it reads as hedged).
 * Undefined when the claim is not affirmed in a deferred clause after the wrong one, in its sentence or the next. Pure.
 */
export function deferredFix(read: ReadText, wrongClause: string, spec: ClaimSpec): ClaimReading | undefined {
  const wrong = read.clauses.find((clause) => clause.text === wrongClause || clause.text.includes(wrongClause) || wrongClause.includes(clause.text));
  if (!wrong) return undefined;
  const reading = readClaim(read, { ...spec, scope: 'clause' });
  if (reading.status !== 'hedged' || reading.clause === undefined) return undefined;
  const fix = read.clauses.find((clause) => clause.index > wrong.index && clause.text === reading.clause);
  if (!fix || !(read.deferred[fix.index] ?? false)) return undefined;
  return fix.sentence - wrong.sentence <= MAX_SENTENCES_AFTER ? reading : undefined;
}

// Verbs that say the mechanism replaces what is done now ("switch it to overwrite", "move the ACK after the write").
const SWITCH_VERBS: ReadonlySet<string> = new Set(['switch', 'move', 'chang', 'change', 'replac', 'migrat', 'convert', 'swap']);

/**
 * Whether a clause (verbatim) puts a change of the current way for later ("later we could switch to a Delta MERGE", "if
 * we have time we'd move the ACK after the write"): the learner admits that what is done now is not the mechanism. The
 * clause must be deferred (lib/text/deferred-clause.ts) and hold a verb of change. Pure.
 */
export function deferredSwitch(read: ReadText, clauseText: string): boolean {
  const clause = read.clauses.find((item) => item.text === clauseText || item.text.includes(clauseText) || clauseText.includes(item.text));
  if (!clause || !(read.deferred[clause.index] ?? false)) return false;
  return read.tokens.slice(clause.from, clause.to).some((token) => token.kind === 'word' && (SWITCH_VERBS.has(token.stem) || SWITCH_VERBS.has(token.norm)));
}
