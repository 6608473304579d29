import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';

// Words that put what follows in the future when they open a clause and the learner is its subject ("later we could ...").
const FUTURE_OPENERS: ReadonlySet<string> = new Set(['later', 'eventually', 'someday', 'afterwards']);
// Words allowed between the opener and the learner ("later on, we ...", "eventually, once it works, we ...").
const OPENER_FILLERS: ReadonlySet<string> = new Set(['on', 'then', 'maybe', 'perhaps', ',']);
// Words that may stand before the opener at the start of a clause ("and later we ...", "but eventually I'd ...").
const LEADING: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'maybe', 'perhaps', ',']);
const LEARNER: ReadonlySet<string> = new Set(['we', 'i']);
// A possibility modal in the clause with "later" at its end ("we could overwrite the partition later").
const POSSIBILITY: ReadonlySet<string> = new Set(['could', 'might', 'may']);
const TRAILING_FUTURE: ReadonlySet<string> = new Set(['later', 'eventually', 'someday']);
// Conditions on the learner's time or a later phase ("if we have time", "time permitting", "in a later phase", "in v2").
const CONDITIONS: readonly (readonly string[])[] = [
  ['if', 'we', 'have', 'time'], ['if', 'we', 'had', 'time'], ['if', 'we', 'get', 'time'], ['if', 'we', 'have', 'the', 'time'],
  ['if', 'we', 'had', 'the', 'time'], ['if', 'we', 'have', 'more', 'time'], ['if', 'we', 'had', 'more', 'time'], ['if', 'i', 'had', 'time'],
  ['if', 'i', 'have', 'time'], ['if', 'i', 'had', 'more', 'time'], ['if', 'i', 'have', 'more', 'time'], ['if', 'there', 'is', 'time'],
  ['if', 'there', 'was', 'time'], ['if', 'time', 'allows'], ['if', 'time', 'permits'], ['time', 'permitting'], ['once', 'we', 'have', 'time'],
  ['when', 'we', 'have', 'time'], ['when', 'we', 'get', 'time'], ['when', 'we', 'get', 'to', 'it'], ['in', 'a', 'later', 'phase'],
  ['in', 'a', 'later', 'iteration'], ['in', 'a', 'later', 'version'], ['in', 'a', 'future', 'version'], ['in', 'a', 'future', 'phase'],
  ['in', 'the', 'next', 'phase'], ['in', 'the', 'next', 'iteration'], ['in', 'the', 'next', 'sprint'], ['in', 'a', 'second', 'phase'],
  ['in', 'phase', '2'], ['in', 'phase', 'two'], ['in', 'v2'], ['down', 'the', 'line'], ['down', 'the', 'road'], ['at', 'some', 'point'],
  ['in', 'the', 'future'], ['as', 'a', 'follow', 'up'], ['nice', 'to', 'have'],
];

const isWord = (token: TextToken | undefined) => token?.kind === 'word';

function normsOf(tokens: readonly TextToken[], clause: Clause): string[] {
  const norms: string[] = [];
  for (let i = clause.from; i < clause.to; i += 1) {
    const token = tokens[i] as TextToken;
    if (isWord(token) || token.norm === ',') norms.push(token.norm);
  }
  return norms;
}

// "later we could ...", "and eventually, we ...": the opener leads the clause and the learner follows it.
function opensWithFuture(norms: readonly string[]): boolean {
  let k = 0;
  while (k < norms.length && LEADING.has(norms[k] ?? '') && !FUTURE_OPENERS.has(norms[k] ?? '')) k += 1;
  if (!FUTURE_OPENERS.has(norms[k] ?? '')) return false;
  for (let j = k + 1; j < norms.length && j <= k + 3; j += 1) {
    const norm = norms[j] ?? '';
    if (LEARNER.has(norm)) return true;
    if (!OPENER_FILLERS.has(norm)) return false;
  }
  return false;
}

// "we could switch to overwriting later": the learner, a possibility modal, and "later" closing the clause.
function endsWithFuture(norms: readonly string[]): boolean {
  const words = norms.filter((norm) => norm !== ',');
  if (!TRAILING_FUTURE.has(words[words.length - 1] ?? '')) return false;
  return words.some((norm, k) => LEARNER.has(norm) && POSSIBILITY.has(words[k + 1] ?? ''));
}

// The first words of CONDITIONS: a clause with none of them states no condition, so most clauses are passed over at once.
const CONDITION_FIRST: ReadonlySet<string> = new Set(CONDITIONS.map((sequence) => sequence[0] as string));

// Loops, not closures: this runs on every clause of every answer read (readText), so it must not allocate per word.
function hasCondition(norms: readonly string[]): boolean {
  if (!norms.some((norm) => CONDITION_FIRST.has(norm))) return false;
  const words = norms.filter((norm) => norm !== ',');
  for (let k = 0; k < words.length; k += 1) {
    const first = words[k] as string;
    if (!CONDITION_FIRST.has(first)) continue;
    for (const sequence of CONDITIONS) {
      if (sequence[0] !== first) continue;
      let offset = 1;
      while (offset < sequence.length && words[k + offset] === sequence[offset]) offset += 1;
      if (offset === sequence.length) return true;
    }
  }
  return false;
}

/**
 * Per clause: whether the learner puts what it says in the future or under a condition on their time ("later we could
 * switch it to overwrite the partition", "if we had time, I'd add a checkpoint", "in phase 2"): the mechanism is named,
 * not committed to, so an interviewer gives it part credit, as for a hedge. A clause is deferred from the clause the
 * marker opens to the end of its sentence; a time condition closing a sentence ("..., if we have time") also defers the
 * clause before it. "Later" about the data ("later events are dropped") or the pipeline's own timing ("the watermark
 * eventually passes") is not a deferral: the learner must be the subject, or a time condition must be stated.
 * Input: the text's tokens, sentences and clauses (lib/text/clauses.ts). Output: one boolean per clause. Pure.
 */
export function readDeferredClauses(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[]): boolean[] {
  const deferred = new Array<boolean>(clauses.length).fill(false);
  for (const sentence of sentences) {
    const own = clauses.filter((clause) => clause.sentence === sentence.index);
    const at = own.findIndex((clause) => {
      const norms = normsOf(tokens, clause);
      return opensWithFuture(norms) || endsWithFuture(norms) || hasCondition(norms);
    });
    if (at < 0) continue;
    const marker = own[at] as Clause;
    const closing = at === own.length - 1 && at > 0 && hasCondition(normsOf(tokens, marker)) && !opensWithFuture(normsOf(tokens, marker));
    for (let k = closing ? at - 1 : at; k < own.length; k += 1) deferred[(own[k] as Clause).index] = true;
  }
  return deferred;
}
