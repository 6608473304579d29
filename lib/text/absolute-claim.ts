import { findPhrases } from './find-phrases';
import type { PhraseOccurrence } from './find-phrases';
import type { ReadText } from './read-text';
import { readValues } from './values';
import type { TextValue } from './values';

/**
 * How a wrong claim is absolute (`absolute` on a wrong claim or misconception):
 * - `never`: its words are denied outright ("no late data is ever dropped", "late events are never discarded");
 * - `always`: its words are affirmed for everything, forever, or as equal to the right thing ("Spark keeps all state",
 *   "retains state forever", "acks=1 is just as durable as acks=all").
 * Such a claim is the confident opposite of a key point ("data later than the watermark may be dropped"), which is why a
 * plain denial or a bounded statement ("late events within the 10 minutes are never dropped", "keeps state until the
 * watermark passes") does not make it.
 */
export type AbsoluteKind = 'never' | 'always';

/** What an absolute wrong claim is made of: the claim's own words, read in one sentence. */
export type AbsoluteSpec = {
  keywords: readonly string[];
  assert?: readonly (readonly string[])[] | undefined;
  /** A value that names the claim's subject ("acks=1"): `matches` decides which ones (the caller's condition). */
  valueMatches?: ((value: TextValue) => boolean) | undefined;
  absolute: AbsoluteKind;
};

/** Where an absolute claim was read: the learner's words naming it and the clause around them, verbatim; the absolute cue. */
export type AbsoluteReading = { quote: string; clause: string; cue: string; hedged: boolean };

// Words that deny outright, on their own ("never", "nothing") or with "ever" after a negation ("no ... ever", "not ... ever").
const NEVER_WORDS: ReadonlySet<string> = new Set(['never', 'nothing', 'none', 'nobody', 'nowhere']);
const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'cannot', 'without']);
// Words that say "all of it, always": quantifiers, durations without end, and sameness ("equally", "just as").
const ALWAYS_WORDS: ReadonlySet<string> = new Set(['all', 'every', 'always', 'forever', 'everything', 'indefinitely', 'entire', 'whole', 'equally', 'unlimited', 'unbounded', 'permanently', 'eternally']);
// Words that bound a claim to a case ("within the 10 minutes", "until the watermark passes", "without a watermark"):
// a bounded statement is not absolute, and is often the right one.
const BOUNDS: ReadonlySet<string> = new Set(['within', 'unless', 'until', 'till', 'provided', 'except', 'if', 'when', 'whenever', 'while', 'without', 'otherwise']);
// Verbs that prevent what follows them ("that's what stops the state store growing forever", "prevents state from being
// kept forever"): an "always" claim under one is what the learner says does NOT happen.
const PREVENTERS: ReadonlySet<string> = new Set(['stop', 'stops', 'stopped', 'stopping', 'prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding']);
// "not always", "not all", "not every": a negation that undoes the absolute.
const UNDOERS: ReadonlySet<string> = new Set(['not', 'never', 'no']);

const entryCache = new WeakMap<readonly string[], readonly { id: 'hit'; phrases: readonly string[] }[]>();

function occurrences(read: ReadText, phrases: readonly string[]): PhraseOccurrence<'hit'>[] {
  if (phrases.length === 0) return [];
  let entries = entryCache.get(phrases);
  if (!entries) {
    entries = [{ id: 'hit', phrases }];
    entryCache.set(phrases, entries);
  }
  // Words in a counterfactual, an example of the wrong way or a contrast, or taken back, claim nothing.
  return findPhrases(read, entries).filter((found) => !found.hypothetical && !found.retracted);
}

type Span = { from: number; to: number; clause: number; sentence: number; quote: string; clauseText: string; hedged: boolean };

function valueSpans(read: ReadText, matches: (value: TextValue) => boolean): Span[] {
  const spans: Span[] = [];
  for (const value of readValues(read)) {
    if (value.polarity !== 'affirmed' || !matches(value)) continue;
    const from = read.tokens.findIndex((token) => token.end > value.start);
    if (from < 0) continue;
    let to = from;
    while (to < read.tokens.length && (read.tokens[to]?.start ?? Infinity) < value.end) to += 1;
    const clause = read.clauseOf[from] ?? -1;
    const place = read.clauses[clause];
    if (!place || read.role[from] !== 'claim' || read.retracted[from]) continue;
    spans.push({ from, to, clause, sentence: place.sentence, quote: value.text, clauseText: place.text, hedged: value.hedged });
  }
  return spans;
}

/** Tokens either side of the claim's words an absolute cue may stand at ("no late data", "retains state forever"). */
const CUE_BEFORE = 1;
const CUE_AFTER = 2;

/**
 * The absolute cue of the kind among tokens `[from, to)` (the claim's words and a little either side), as the learner's
 * word(s), or undefined (none, or undone: "not always"). "ever" is absolute after a negation earlier in its clause.
 */
function absoluteCue(read: ReadText, from: number, to: number, kind: AbsoluteKind): string | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, read.tokens.length); i += 1) {
    const token = read.tokens[i];
    if (!token || token.kind !== 'word') continue;
    const norm = token.norm;
    const before = read.tokens[i - 1];
    if (kind === 'never') {
      if (NEVER_WORDS.has(norm)) return norm;
      if (norm === 'ever' && negatedBefore(read, i)) return norm;
    } else if (ALWAYS_WORDS.has(norm) && !(before?.kind === 'word' && UNDOERS.has(before.norm))) return norm;
    else if (norm === 'just' && read.tokens[i + 1]?.norm === 'as') return 'just as';
    else if (norm === 'same' && read.tokens[i + 1]?.norm === 'as') return 'same as';
  }
  return undefined;
}

// Whether a preventing verb ("stops", "prevents", "avoids") stands in the clause of token `from`, before `to`.
function preventedBefore(read: ReadText, from: number, to: number): boolean {
  const clause = read.clauses[read.clauseOf[from] ?? -1];
  for (let i = clause?.from ?? from; i < to; i += 1) if (PREVENTERS.has(read.tokens[i]?.norm ?? '')) return true;
  return false;
}

// Whether a negator ("no", "not", "n't") stands earlier in the clause of token `at` ("no late data is ever dropped").
function negatedBefore(read: ReadText, at: number): boolean {
  const clause = read.clauses[read.clauseOf[at] ?? -1];
  if (!clause) return false;
  for (let i = clause.from; i < at; i += 1) if (NEGATORS.has(read.tokens[i]?.norm ?? '')) return true;
  return false;
}

// Whether a sentence bounds what it says to a case ("within the 10 minutes", "until the watermark passes", "as long as"). Cached per text.
const boundCache = new WeakMap<ReadText, Map<number, boolean>>();
function boundedSentence(read: ReadText, sentenceIndex: number): boolean {
  let known = boundCache.get(read);
  if (!known) {
    known = new Map();
    boundCache.set(read, known);
  }
  const cached = known.get(sentenceIndex);
  if (cached !== undefined) return cached;
  const sentence = read.sentences[sentenceIndex];
  let found = false;
  for (let i = sentence?.from ?? 0; sentence && i < sentence.to && !found; i += 1) {
    const norm = read.tokens[i]?.norm ?? '';
    const next = read.tokens[i + 1]?.norm;
    found = BOUNDS.has(norm) || (norm === 'up' && next === 'to') || (norm === 'as' && next === 'long' && read.tokens[i + 2]?.norm === 'as');
  }
  known.set(sentenceIndex, found);
  return found;
}

/**
 * Reads an absolute wrong claim (see `AbsoluteKind`): in one sentence, a keyword (or a value `valueMatches`) and a
 * phrase of each `assert` group, with an absolute cue of the kind in the clause of either and no bound ("within",
 * "until", "unless", "without", "as long as") in the sentence. For `never` the words are read whatever their polarity
 * (the denial is the claim); for `always` they must be affirmed. Undefined when the text does not make the claim.
 * Pure and deterministic; phrase lookups are cached per text by `findPhrases`.
 */
export function readAbsoluteClaim(read: ReadText, spec: AbsoluteSpec): AbsoluteReading | undefined {
  const never = spec.absolute === 'never';
  const keep = (found: PhraseOccurrence<'hit'>) => never || found.polarity === 'affirmed';
  const subjects: Span[] = occurrences(read, spec.keywords).filter(keep).map((found) => ({ from: found.from, to: found.to, clause: found.clause, sentence: found.sentence, quote: found.verbatim, clauseText: found.clauseText, hedged: found.hedged }));
  if (spec.valueMatches) subjects.push(...valueSpans(read, spec.valueMatches));
  if (subjects.length === 0) return undefined;
  const groups = (spec.assert ?? []).map((phrases) => occurrences(read, phrases).filter(keep));
  if (groups.some((hits) => hits.length === 0)) return undefined;
  // A subject that shares its clause with what is said about it is the one quoted ("no late event is ever dropped", not an
  // earlier "so late events can catch up" in the same sentence).
  const apart = (subject: Span) => (hit: PhraseOccurrence<'hit'>) => hit.to <= subject.from || hit.from >= subject.to;
  const sharing = (subject: Span) => groups.every((hits) => hits.some((hit) => hit.clause === subject.clause && apart(subject)(hit)));
  const ordered = [...subjects.filter(sharing), ...subjects.filter((subject) => !sharing(subject))];
  for (const subject of ordered) {
    // Each assert group: its hit nearest the subject in the sentence, apart from the subject's words.
    const said = groups.map((hits) => nearest(hits.filter((hit) => hit.sentence === subject.sentence && apart(subject)(hit)), subject));
    if (said.some((hit) => hit === undefined)) continue;
    const hits = said as PhraseOccurrence<'hit'>[];
    // Bounded in its sentence ("within the 10 minutes", "until the watermark passes", "Without a watermark, ..."): not absolute.
    if (boundedSentence(read, subject.sentence)) continue;
    const from = Math.min(subject.from, ...hits.map((hit) => hit.from));
    const to = Math.max(subject.to, ...hits.map((hit) => hit.to));
    // "keeps state from growing": to keep something from a thing is to prevent it.
    if (!never && (read.tokens[to]?.norm === 'from' || preventedBefore(read, from, to))) continue;
    // "no late data is dropped": a negating determiner on the claim's words denies all of it.
    const determiner = never && read.tokens[from - 1]?.norm === 'no' ? 'no' : undefined;
    const cue = determiner ?? absoluteCue(read, from - CUE_BEFORE, to + CUE_AFTER, spec.absolute);
    if (cue === undefined) continue;
    return { quote: subject.quote, clause: subject.clauseText, cue, hedged: subject.hedged || hits.some((hit) => hit.hedged) };
  }
  return undefined;
}

// The hit closest to the subject's words, by tokens between them.
function nearest(hits: readonly PhraseOccurrence<'hit'>[], subject: Span): PhraseOccurrence<'hit'> | undefined {
  let best: PhraseOccurrence<'hit'> | undefined;
  let gap = Infinity;
  for (const hit of hits) {
    const distance = hit.from >= subject.to ? hit.from - subject.to : subject.from - hit.to;
    if (distance < gap) {
      best = hit;
      gap = distance;
    }
  }
  return best;
}
