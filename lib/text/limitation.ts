import type { Clause } from './clauses';
import type { TextToken } from './tokens';

// Endings that make a negation a tool's limitation, not the learner's refusal: "Spark does not deduplicate for you".
const LIMITATION_ENDS: readonly (readonly string[])[] = [
  ['for', 'you'], ['fur', 'you'], ['f\u00fcr', 'you'], ['for', 'us'], ['by', 'itself'], ['by', 'themselves'], ['on', 'its', 'own'], ['on', 'their', 'own'],
  ['automatically'], ['out', 'of', 'the', 'box'], ['for', 'free'], ['magically'],
];
// After "without", these name a problem avoided ("without losing data"): what follows is the learner's point, not a refusal.
const PROBLEMS: ReadonlySet<string> = new Set([
  'losing', 'lose', 'loss', 'losses', 'duplicates', 'duplicating', 'duplication', 'duplicate', 'double', 'doubling', 'downtime', 'gaps', 'gap',
  'blocking', 'corrupting', 'corruption', 'overwriting', 'breaking', 'dropping', 'missing', 'stalling', 'errors', 'conflicts', 'outage', 'outages',
]);

// Verbs after a negation that state what a tool or pattern leaves out, not what the learner refuses.
const SCOPE_VERBS: ReadonlySet<string> = new Set([
  'cover', 'covers', 'address', 'addresses', 'decide', 'decides', 'tell', 'tells', 'say', 'says', 'specify', 'specifies',
  'prescribe', 'prescribes', 'define', 'defines', 'include', 'includes', 'dictate', 'dictates', 'deal', 'deals', 'care', 'cares',
]);
const SAYS: ReadonlySet<string> = new Set(['says', 'say', 'tells', 'tell']);
const BREAKS: ReadonlySet<string> = new Set([';', ':', '(', ')', '\u2014', '\u2013']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'cannot']);
// A negation said of the learner's own design is a refusal, whatever follows ("we do not dedupe for you").
const LEARNER: ReadonlySet<string> = new Set(['we', 'i', 'us', 'our']);

function endsAt(tokens: readonly TextToken[], words: readonly number[], k: number, sequence: readonly string[]): boolean {
  return sequence.every((word, offset) => tokens[words[k + offset] ?? -1]?.norm === word);
}

/**
 * A copy of `negated` (per token) with two kinds of negation lifted, because neither negates the
 * learner's own claim: a tool's limitation, where the clause ends its negation with "for you", "by
 * itself", "on its own", "automatically", "out of the box" ("Spark does not deduplicate for you, so we
 * add dropDuplicates"; "medallion does not do governance for you"), and a problem avoided after
 * "without" ("replicated without losing data"), and a tool's scope ("medallion does not cover ingestion", "it doesn't tell you how data gets in",
 * "it says nothing about serving"). Cue words stay cues. Pure; never throws.
 */
export function liftLimitations(tokens: readonly TextToken[], clauses: readonly Clause[], negated: readonly boolean[], cue: readonly boolean[]): boolean[] {
  const lifted = negated.slice();
  for (const clause of clauses) {
    const words: number[] = [];
    for (let i = clause.from; i < clause.to; i += 1) if (tokens[i]?.kind === 'word') words.push(i);
    // A tool's limitation: from the negation to the ending, with no break between, when a tool (not "we") is the subject.
    let lim = false;
    for (let k = 0; k < words.length && !lim; k += 1) {
      const index = words[k] as number;
      if (!cue[index] || !NEGATIONS.has(tokens[index]?.norm ?? '')) continue;
      if (words.slice(0, k).some((w) => LEARNER.has(tokens[w]?.norm ?? ''))) continue;
      for (let e = k + 1; e < words.length; e += 1) {
        if (tokens.slice(index, words[e] as number).some((token) => token.kind === 'mark' && BREAKS.has(token.norm))) break;
        const ending = LIMITATION_ENDS.find((sequence) => endsAt(tokens, words, e, sequence));
        if (!ending) continue;
        // The ending closes the negation: nothing after the cue in this clause is negated by it, up to the next cue.
        for (let j = k + 1; j < words.length && !cue[words[j] as number]; j += 1) lifted[words[j] as number] = false;
        lim = true;
        break;
      }
    }
    // A tool's scope: "medallion does not cover ingestion", "it says nothing about serving" (the learner names what is left out).
    for (let k = 0; k < words.length - 1 && !lim; k += 1) {
      const index = words[k] as number;
      if (!cue[index] || words.slice(0, k).some((w) => LEARNER.has(tokens[w]?.norm ?? ''))) continue;
      const next = tokens[words[k + 1] as number]?.norm ?? '';
      const before = tokens[words[k - 1] ?? -1]?.norm ?? '';
      const scope = (NEGATIONS.has(tokens[index]?.norm ?? '') && SCOPE_VERBS.has(next)) || (tokens[index]?.norm === 'nothing' && SAYS.has(before) && next === 'about');
      if (!scope) continue;
      for (let j = k + 1; j < words.length && !cue[words[j] as number]; j += 1) lifted[words[j] as number] = false;
      lim = true;
    }
    if (lim) continue;
    // "without losing data": the problem and its object are what is avoided.
    for (let k = 0; k < words.length - 1; k += 1) {
      if (tokens[words[k] as number]?.norm !== 'without' || !PROBLEMS.has(tokens[words[k + 1] as number]?.norm ?? '')) continue;
      for (let j = k + 1; j < words.length && negated[words[j] as number]; j += 1) lifted[words[j] as number] = false;
    }
  }
  return lifted;
}
