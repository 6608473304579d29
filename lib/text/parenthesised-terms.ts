import type { Sentence } from './clauses';
import { holdsFiller } from './filler';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

/**
 * Keywords in parentheses after a sentence that says nothing specific: "Durability is our top priority (acks=all).",
 * "Our brokers are robust and battle-tested (replication factor)." The sentence is a slogan and the bracket a list of
 * terms hung on it; nothing says what a term does or why, so the terms are listed, not explained. A bracket that
 * clarifies a sentence saying something ("the sink (S3, written idempotently by batch id)", "we retry (three times,
 * then dead-letter)") is no such list. Sources: interviewers' notes on keyword-stuffed answers (golden set r23).
 */

// Words of a slogan: qualities and praise that say nothing of how ("robust", "top priority", "never compromise").
const SLOGAN_WORDS: ReadonlySet<string> = new Set(
  (
    'priority priorities top modern compromise compromises throughout robust robustness resilient resilience reliable reliability ' +
    'scalable scalability seamless seamlessly performant battle-tested battle tested proven future-proof future proof best-in-class world-class ' +
    'cutting-edge state-of-the-art enterprise-grade enterprise grade excellence excellent great awesome solid strong rock-solid ' +
    'principles value valuable stakeholders journey first-class ' +
    'bulletproof bullet-proof industry best embraces embrace embracing delivers deliver delivering ensures ensure ensuring'
  ).split(' '),
);
// Words that make a sentence say something specific: a cause, a mechanism, a number, an action on data.
const SPECIFIC_WORDS: ReadonlySet<string> = new Set(
  (
    'because so since which when if then until unless after before by via through per so that means prevents avoids writes reads ' +
    'commits replays resumes retries stores keeps sends waits refuses rejects acknowledges acks acknowledged partitioned keyed ' +
    'deduplicates dedupes upserts overwrites'
  ).split(' '),
);
/** Most words an item of the bracket may have and still be a term ("replication factor", "min.insync.replicas"). */
const MAX_ITEM_WORDS = 3;
// Words that, inside the bracket, explain rather than list.
const BRACKET_EXPLAINERS: ReadonlySet<string> = new Set('is are be we it so because which by from with via into when if then written read kept set stored'.split(' '));

type Bracket = { open: number; close: number };

// The brackets at the top level of a sentence, in order.
function brackets(read: ReadText, sentence: Sentence): Bracket[] {
  const out: Bracket[] = [];
  let open = -1;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const norm = read.tokens[i]?.norm;
    if (norm === '(' && open < 0) open = i;
    else if (norm === ')' && open >= 0) {
      out.push({ open, close: i });
      open = -1;
    }
  }
  return out;
}

// Whether tokens `(open, close)` are a list of short terms: items cut at commas, slashes and "and"/"or", each of one to
// MAX_ITEM_WORDS words, none explaining.
function termsOnly(read: ReadText, bracket: Bracket): boolean {
  let words = 0;
  let items = 0;
  for (let i = bracket.open + 1; i <= bracket.close; i += 1) {
    const token = read.tokens[i] as TextToken;
    const ends = i === bracket.close || token.norm === ',' || token.norm === '/' || token.norm === ';' || token.norm === 'and' || token.norm === 'or';
    if (ends) {
      if (words > MAX_ITEM_WORDS) return false;
      if (words > 0) items += 1;
      words = 0;
      continue;
    }
    if (token.kind !== 'word') continue;
    if (BRACKET_EXPLAINERS.has(token.norm)) return false;
    words += 1;
  }
  return items > 0;
}

/**
 * Whether a sentence is a slogan with its keywords in parentheses: every bracket in it holds only short terms, and the
 * words outside the brackets name a quality or appeal to practice (SLOGAN_WORDS, or filler: "industry best practices"),
 * hold no number and nothing specific (a cause, a mechanism, an action on data). Such a sentence lists its bracketed
 * terms. Pure.
 */
export function isParenthesisedSlogan(read: ReadText, sentence: Sentence): boolean {
  const found = brackets(read, sentence);
  if (found.length === 0 || !found.every((bracket) => termsOnly(read, bracket))) return false;
  // The keywords close the sentence: only marks come after its last bracket.
  const last = (found[found.length - 1] as Bracket).close;
  for (let i = last + 1; i < sentence.to; i += 1) if (read.tokens[i]?.kind === 'word') return false;
  const inside = (i: number) => found.some((bracket) => i >= bracket.open && i <= bracket.close);
  let slogan = false;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (inside(i)) continue;
    const token = read.tokens[i] as TextToken;
    if (token.kind !== 'word') continue;
    if (/\d/.test(token.norm) || SPECIFIC_WORDS.has(token.norm)) return false;
    if (SLOGAN_WORDS.has(token.norm)) slogan = true;
  }
  return slogan || holdsFiller(read, sentence);
}

/** The terms of a slogan's brackets, verbatim, in order (see `isParenthesisedSlogan`). Pure. */
export function sloganTerms(read: ReadText, sentence: Sentence): string[] {
  return brackets(read, sentence).map((bracket) => read.text.slice((read.tokens[bracket.open] as TextToken).end, (read.tokens[bracket.close] as TextToken).start).trim());
}
