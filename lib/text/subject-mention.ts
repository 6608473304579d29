import { findPhrases } from './find-phrases';
import { withoutGloss } from './label-gloss';
import type { PhraseOccurrence } from './find-phrases';
import { phraseKey } from './analyse';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

/** Which of a question's subjects a term was said about, and the learner's words naming it. */
export type MentionedSubject = { side: 'own' | 'rival'; text: string };

// A subject named right after the term, this many tokens away at most, is the noun the term describes ("raw bronze data").
const MODIFIER_REACH = 3;

type SubjectHit = PhraseOccurrence<'own' | 'rival'>;
const hitsCache = new WeakMap<ReadText, Map<string, SubjectHit[]>>();

// Where a text names the subjects, read once per text and subject lists (every keyword hit of every point asks).
function subjectHits(read: ReadText, own: readonly string[], rivals: readonly string[]): SubjectHit[] {
  let byLists = hitsCache.get(read);
  if (!byLists) {
    byLists = new Map();
    hitsCache.set(read, byLists);
  }
  const key = `${own.join('\u0000')}\u0001${rivals.join('\u0000')}`;
  let hits = byLists.get(key);
  if (!hits) {
    hits = findPhrases(read, [
      { id: 'own', phrases: own },
      { id: 'rival', phrases: rivals },
    ]);
    byLists.set(key, hits);
  }
  return hits;
}

// Words that make the noun after them an object, not what the clause is about ("splits data into partitions", "unlike OLAP").
const PREPOSITIONS: ReadonlySet<string> = new Set(['into', 'of', 'in', 'on', 'for', 'from', 'to', 'with', 'by', 'across', 'than', 'like', 'unlike', 'per', 'over', 'between', 'at', 'onto', 'via', 'through', 'against', 'about']);
// Words that end the phrase a term stands in, so a subject after them is not the noun it describes.
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'is', 'are', 'was', 'were', 'while', 'whereas', 'then', 'so']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'each', 'every', 'its', 'their', 'our', 'this', 'that']);

// Whether the phrase starting at token `at` is a preposition's object (determiners skipped back).
function objectOfPreposition(read: ReadText, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && DETERMINERS.has(read.tokens[i]?.norm ?? '')) i -= 1;
  return PREPOSITIONS.has(read.tokens[i]?.norm ?? '');
}

/**
 * The subject a term (tokens `[from, to)`) is said about, among a comparison's subjects: `own` (the
 * claim's, "OLTP") and `rivals` (the other side's, "OLAP", "warehouse"). Read in order: a subject named
 * inside the term itself ("date dimension"); one named just after it in the same clause ("raw bronze
 * data"); else the nearest one named before it in the same sentence and not as a preposition's object
 * ("splits data into partitions", "unlike OLAP"), which covers "OLTP is columnar
 * and ...", "OLAP handles ..." in one sentence and a heading ("Dimensions: quantity, net_amount");
 * else the first one named after it in its clause ("small transactions are what OLTP does").
 * Phrases are matched as stems with synonyms (find-phrases.ts); where a phrase is both own and rival
 * the learner is given the benefit (own). Undefined when no subject is named. Pure; never throws.
 */
export function mentionedSubject(read: ReadText, from: number, to: number, own: readonly string[], rivals: readonly string[]): MentionedSubject | undefined {
  if (own.length === 0 || rivals.length === 0) return undefined;
  const sentence = read.clauses[read.clauseOf[from] ?? -1]?.sentence;
  if (sentence === undefined) return undefined;
  const found = subjectHits(read, own, rivals).filter((hit) => hit.sentence === sentence);
  const pick = (hits: typeof found): MentionedSubject | undefined => {
    if (hits.length === 0) return undefined;
    const hit = hits.find((item) => item.id === 'own') ?? (hits[0] as (typeof found)[number]);
    return { side: hit.id, text: hit.verbatim };
  };
  const inside = pick(found.filter((hit) => hit.from < to && hit.to > from));
  if (inside) return inside;
  const clause = read.clauseOf[from];
  const next = found.filter((hit) => hit.from >= to && hit.clause === clause);
  const nearestAfter = Math.min(...next.map((hit) => hit.from));
  const modifies = pick(next.filter((hit) => hit.from === nearestAfter && hit.from - to < MODIFIER_REACH && read.tokens.slice(to, hit.from).every((token) => token.kind === 'word' && !JOINERS.has(token.norm))));
  if (modifies) return modifies;
  const before = found.filter((hit) => hit.to <= from && !objectOfPreposition(read, hit.from));
  const nearestBefore = Math.max(...before.map((hit) => hit.to));
  return pick(before.filter((hit) => hit.to === nearestBefore)) ?? pick(next.filter((hit) => hit.from === nearestAfter));
}

/**
 * The rivals of each of a comparison's subject lists (one list per claim, undefined for a claim about
 * no subject): every phrase of the other lists that is not also one of its own (compared as stems).
 * A claim with no subject gets none. Pure.
 */
export function rivalSubjects(subjects: readonly (readonly string[] | undefined)[]): (string[] | undefined)[] {
  const keys = subjects.map((list) => new Set((list ?? []).map((phrase) => phraseKey(phrase))));
  return subjects.map((list, index) => {
    if (!list) return undefined;
    const own = keys[index] as Set<string>;
    const rivals = new Map<string, string>();
    subjects.forEach((other, k) => {
      if (k === index || !other) return;
      for (const phrase of other) if (!own.has(phraseKey(phrase))) rivals.set(phraseKey(phrase), phrase);
    });
    return rivals.size > 0 ? [...rivals.values()] : undefined;
  });
}

// A heading of "key", "main" or the like and a word for what follows ("Key points:", "Main considerations:") announces a list.
const LIST_ADJECTIVES: ReadonlySet<string> = new Set(['key', 'main', 'important', 'core', 'top', 'my', 'the', 'some', 'other', 'general']);
const LIST_NOUNS: ReadonlySet<string> = new Set(['point', 'points', 'takeaway', 'takeaways', 'idea', 'ideas', 'consideration', 'considerations', 'thing', 'things', 'factor', 'factors', 'aspect', 'aspects', 'note', 'notes', 'item', 'items', 'concept', 'concepts', 'topic', 'topics']);

function announcesList(label: readonly TextToken[]): boolean {
  const words = label.filter((token) => token.kind === 'word').map((token) => token.norm);
  const last = words[words.length - 1];
  return last !== undefined && LIST_NOUNS.has(last) && words.slice(0, -1).every((word) => LIST_ADJECTIVES.has(word));
}

/** Longest heading before a colon (or "=") that names a subject ("Silver layer:", "Silver ="). */
const MAX_LABEL_WORDS = 4;

/**
 * Whether the term at tokens `[from, to)` stands after a short heading that names one of `own` ("Silver: typed,
 * deduplicated, validated"; "Measures: quantity, net amount"): the heading says what the terms are, so
 * they are claims about that subject, not a bare list. Pure.
 */
export function labelledByOwnSubject(read: ReadText, from: number, to: number, own: readonly string[]): boolean {
  if (own.length === 0) return false;
  const sentence = read.sentences[read.clauses[read.clauseOf[from] ?? -1]?.sentence ?? -1];
  if (!sentence) return false;
  let colon = -1;
  // The term may start inside the heading ("Dimensions: date" for "dimensions date") but must reach past its colon.
  for (let i = sentence.from; i < to; i += 1) {
    if (read.tokens[i]?.norm === ':' || read.tokens[i]?.norm === '=') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return false;
  // A gloss in parentheses says which one is meant ("OLTP (the shop's Postgres):"): the heading still names its subject.
  const label = withoutGloss(read.tokens.slice(sentence.from, colon));
  if (label.filter((token) => token.kind === 'word').length > MAX_LABEL_WORDS || label.some((token) => token.kind === 'mark' && token.norm !== '-' && token.norm !== '_')) return false;
  // "Key points:", "Main takeaways:": a heading that only announces a list names no subject.
  if (announcesList(label)) return false;
  return subjectHits(read, own, []).some((hit) => hit.id === 'own' && hit.from >= sentence.from && hit.to <= colon);
}

/**
 * Whether the term at tokens `[from, to)` is the short heading of a list whose items name `own` ("Dims: date, product,
 * customer" for dimensions about date, product, customer): the heading says what the items are, a terse claim, not a
 * bare list. The term must start in the heading; at least two items must follow it. Pure.
 */
export function headsListOfOwnSubjects(read: ReadText, from: number, to: number, own: readonly string[]): boolean {
  if (own.length === 0) return false;
  const sentence = read.sentences[read.clauses[read.clauseOf[from] ?? -1]?.sentence ?? -1];
  if (!sentence) return false;
  const colon = read.tokens.slice(sentence.from, sentence.to).findIndex((token) => token.norm === ':') + sentence.from;
  if (colon < sentence.from || from >= colon) return false;
  const label = read.tokens.slice(sentence.from, colon);
  if (label.filter((token) => token.kind === 'word').length > MAX_LABEL_WORDS || label.some((token) => token.kind === 'mark' && token.norm !== '-' && token.norm !== '_')) return false;
  if (announcesList(label)) return false;
  const items = subjectHits(read, own, []).filter((hit) => hit.id === 'own' && hit.from > colon && hit.to <= sentence.to);
  return items.length >= 2 && read.tokens.slice(colon + 1, sentence.to).some((token) => token.norm === ',');
}

/**
 * Whether the term at tokens `[from, to)` stands in a bracketed gloss right after one of `own` ("customer
 * (pseudonymised, SCD2)" for SCD type 2 on the customer dimension): the gloss says it of that subject, a terse claim.
 * Pure.
 */
export function glossesOwnSubject(read: ReadText, from: number, to: number, own: readonly string[]): boolean {
  if (own.length === 0) return false;
  let open = -1;
  for (let i = from - 1; i >= 0 && i >= from - 12; i -= 1) {
    const norm = read.tokens[i]?.norm;
    if (norm === ')') return false;
    if (norm === '(') {
      open = i;
      break;
    }
  }
  if (open < 1) return false;
  for (let i = to; i < read.tokens.length && i < to + 12; i += 1) {
    const norm = read.tokens[i]?.norm;
    if (norm === '(') return false;
    if (norm === ')') return subjectHits(read, own, []).some((hit) => hit.id === 'own' && hit.to === open);
  }
  return false;
}
