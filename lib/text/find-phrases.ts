import { buildPhraseMatcher } from './phrase-matcher';
import { distributiveOne } from './distributive';
import type { PhraseEntry, PhraseMatcher } from './phrase-matcher';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';
import { buildTypoFixer, typoCandidates } from './typo-stems';
import type { TypoFixer } from './typo-stems';

export type PhrasePolarity = 'affirmed' | 'negated';

/** One place where a text names one of the phrases looked for. */
export type PhraseOccurrence<Id extends string> = {
  id: Id;
  /** The learner's words that matched, verbatim ("Checkpointing"), never stems. */
  verbatim: string;
  /** Character offsets of `verbatim` in the text, end exclusive. */
  start: number;
  end: number;
  /** Token indices of the match in `ReadText.tokens`, `to` exclusive. */
  from: number;
  to: number;
  clause: number;
  /** The learner's clause around the match, verbatim. */
  clauseText: string;
  sentence: number;
  polarity: PhrasePolarity;
  /** Said with a hedge ("maybe", "I think", "not sure") or as a question. */
  hedged: boolean;
  /** Its sentence ends with "?". */
  question: boolean;
  /** Taken back later ("..., scratch that"); such an occurrence reads as negated. */
  retracted: boolean;
  /** In a counterfactual, an example of the wrong way or the other side of a contrast (clause-roles.ts): neither claimed nor denied. */
  hypothetical: boolean;
  /** When retracted: the learner's words that took it back ("scratch that", "or maybe not"), verbatim. */
  withdrawnWith?: string;
};

const MAX_CACHE = 2_000;
type Matching<Id extends string> = { matcher: PhraseMatcher<Id>; typos: TypoFixer };
const matchers = new Map<string, Matching<string>>();

// The same entry list (a module constant, a rubric's parsed phrases) finds its matcher without rebuilding the text key.
const matchersByList = new WeakMap<readonly PhraseEntry<string>[], Matching<string>>();

function matcherFor<Id extends string>(entries: readonly PhraseEntry<Id>[]): Matching<Id> {
  const known = matchersByList.get(entries);
  if (known) return known as Matching<Id>;
  const key = entries.map((entry) => `${entry.id}\u0001${entry.phrases.join('\u0000')}`).join('\u0002');
  let built = matchers.get(key) as Matching<Id> | undefined;
  if (!built) {
    built = { matcher: buildPhraseMatcher(entries), typos: buildTypoFixer(entries.flatMap((entry) => entry.phrases)) };
    if (matchers.size >= MAX_CACHE) matchers.clear();
    matchers.set(key, built);
  }
  matchersByList.set(entries, built);
  return built;
}

const typoCache = new WeakMap<ReadText, WeakMap<TypoFixer, Map<number, string> | null>>();

// The text's misspelt words read as the phrases' words ("partitons" for "partitions"), by token index; once per text and phrase list.
function typoStems(read: ReadText, typos: TypoFixer): Map<number, string> | undefined {
  let byFixer = typoCache.get(read);
  if (!byFixer) {
    byFixer = new WeakMap();
    typoCache.set(read, byFixer);
  }
  const cached = byFixer.get(typos);
  if (cached !== undefined) return cached ?? undefined;
  let fixed: Map<number, string> | undefined;
  for (const index of typoCandidates(read)) {
    const stem = typos.fix(read.tokens[index] as TextToken);
    if (stem !== undefined) (fixed ??= new Map()).set(index, stem);
  }
  byFixer.set(typos, fixed ?? null);
  return fixed;
}

// Per typo reading (itself cached per text and phrase list), each clause's stems with the misspelt words fixed: built
// once, not once per scan of the clause.
const fixedStemsCache = new WeakMap<Map<number, string>, (string[] | undefined)[]>();

function fixedStems(fixed: Map<number, string>, clause: number, positions: readonly number[], stems: readonly string[]): string[] {
  let byClause = fixedStemsCache.get(fixed);
  if (!byClause) {
    byClause = [];
    fixedStemsCache.set(fixed, byClause);
  }
  let result = byClause[clause];
  if (!result) {
    result = stems.map((stem, k) => fixed.get(positions[k] as number) ?? stem);
    byClause[clause] = result;
  }
  return result;
}

/**
 * Finds every occurrence of the entries' phrases (compared as canonical stems with synonyms, as
 * `buildPhraseMatcher` does: plurals, case, "-ise/-ize" and abbreviations do not matter), one
 * clause at a time so a match never spans two clauses. Each occurrence says whether it is
 * affirmed or negated: negated when any of its words lies in a negation's scope (a cue inside
 * the phrase itself, as in "no duplicates", does not count), and whether it is hedged or asked.
 * A misspelt word of six letters or more reads as the phrase word it stands for ("partitons",
 * "watermakr"; see typo-stems.ts). Matchers are cached per entry list.
 */
type ClauseWords = { positions: number[]; stems: string[]; stop: boolean[] };
const clauseWordsCache = new WeakMap<ReadText, ClauseWords[]>();

// The words of each clause as the matcher sees them, built once per read text.
function clauseWords(read: ReadText): ClauseWords[] {
  const cached = clauseWordsCache.get(read);
  if (cached) return cached;
  const all = read.clauses.map((clause) => {
    const words: ClauseWords = { positions: [], stems: [], stop: [] };
    for (let i = clause.from; i < clause.to; i += 1) {
      const token = read.tokens[i] as TextToken;
      // "two rows - one per line" reads as "rows per line" (distributive.ts).
      if (token.kind !== 'word' || distributiveOne(read, i)) continue;
      words.positions.push(i);
      words.stems.push(token.stem);
      words.stop.push(token.stop);
    }
    return words;
  });
  clauseWordsCache.set(read, all);
  return all;
}

// Marks that separate the items of a list; a phrase whose words stand on both sides of one is two items.
const LIST_MARKS: ReadonlySet<string> = new Set([',', ';']);

function crossesListBreak(read: ReadText, from: number, last: number): boolean {
  for (let i = from + 1; i < last; i += 1) {
    const token = read.tokens[i];
    if (token?.kind === 'mark' && LIST_MARKS.has(token.norm) && !distributiveOne(read, i + 1)) return true;
  }
  return false;
}

// Occurrences per read text and matcher: every key point, wrong claim and setting check asks the same text for the
// same phrase lists many times per grade (about 150 asks of some 50 lists for one deep-dive answer).
const occurrenceCache = new WeakMap<ReadText, Map<Matching<string>, readonly PhraseOccurrence<string>[]>>();

/**
 * Finds every occurrence of the entries' phrases (see the note above `clauseWords`). The result is shared between
 * callers asking the same text for the same phrases: read it, never mutate it.
 */
export function findPhrases<Id extends string>(read: ReadText, entries: readonly PhraseEntry<Id>[]): PhraseOccurrence<Id>[] {
  const matching = matcherFor(entries);
  let byMatcher = occurrenceCache.get(read);
  if (!byMatcher) {
    byMatcher = new Map();
    occurrenceCache.set(read, byMatcher);
  }
  const cached = byMatcher.get(matching);
  if (cached) return cached as PhraseOccurrence<Id>[];
  const found = scanPhrases(read, matching);
  byMatcher.set(matching, found);
  return found;
}

// Per read text: the clauses each stem stands in, and the clauses holding a stem with a space (which every matcher reads).
type StemIndex = { byStem: Map<string, number[]>; spaced: number[] };
const stemIndexCache = new WeakMap<ReadText, StemIndex>();

function stemIndex(read: ReadText, words: readonly ClauseWords[]): StemIndex {
  let index = stemIndexCache.get(read);
  if (!index) {
    const byStem = new Map<string, number[]>();
    const spaced: number[] = [];
    for (const [clause, { stems }] of words.entries()) {
      for (const stem of stems) {
        if (stem.includes(' ') && spaced[spaced.length - 1] !== clause) spaced.push(clause);
        const clauses = byStem.get(stem);
        if (!clauses) byStem.set(stem, [clause]);
        else if (clauses[clauses.length - 1] !== clause) clauses.push(clause);
      }
    }
    index = { byStem, spaced };
    stemIndexCache.set(read, index);
  }
  return index;
}

// Which clauses a matcher can find anything in: those holding a stem a match starts with, and those with a spaced stem
// (read the long way, see phrase-matcher.ts). Undefined when every clause must be read (the matcher gives no starts).
// Speed only: a skipped clause has no match.
function clausesToRead(read: ReadText, words: readonly ClauseWords[], starts: ReadonlySet<string> | undefined): boolean[] | undefined {
  if (!starts) return undefined;
  const { byStem, spaced } = stemIndex(read, words);
  const marked = new Array<boolean>(words.length).fill(false);
  for (const clause of spaced) marked[clause] = true;
  if (starts.size <= byStem.size) {
    for (const stem of starts) for (const clause of byStem.get(stem) ?? []) marked[clause] = true;
  } else {
    for (const [stem, clauses] of byStem) if (starts.has(stem)) for (const clause of clauses) marked[clause] = true;
  }
  return marked;
}

function scanPhrases<Id extends string>(read: ReadText, { matcher, typos }: Matching<Id>): PhraseOccurrence<Id>[] {
  const found: PhraseOccurrence<Id>[] = [];
  const words = clauseWords(read);
  const fixed = typoStems(read, typos);
  // A text without typos for this list is read only in the clauses a match can start in; one with typos is read whole.
  const toRead = fixed ? undefined : clausesToRead(read, words, matcher.starts());
  for (const clause of read.clauses) {
    if (toRead && !toRead[clause.index]) continue;
    const { positions, stop } = words[clause.index] as ClauseWords;
    let { stems } = words[clause.index] as ClauseWords;
    if (stems.length === 0) continue;
    // A misspelt word is matched as the word it stands for (typo-stems.ts); the quote stays the learner's own.
    if (fixed) stems = fixedStems(fixed, clause.index, positions, stems);
    const sentence = read.sentences[clause.sentence];
    for (const match of matcher.matchAll({ stems, stop })) {
      const from = positions[match.start] as number;
      const last = positions[match.end - 1] as number;
      // Two items of a list are not one phrase: "partitions, keys" does not say "partition key".
      if (last > from && crossesListBreak(read, from, last)) continue;
      // A cue inside the phrase ("no duplicates", "failOnDataLoss=false") is the phrase's own: only
      // the negation in force before that cue counts. Otherwise any negated word negates the phrase.
      let negated = false;
      let cueAt = -1;
      for (let k = match.start; k < match.end && cueAt < 0; k += 1) if (read.cue[positions[k] as number]) cueAt = positions[k] as number;
      if (cueAt >= 0) negated = read.negated[cueAt] ?? false;
      else for (let k = match.start; k < match.end; k += 1) if (read.negated[positions[k] as number]) negated = true;
      const retracted = read.retracted[from] ?? false;
      // No look-up at index -1 (a property miss that walks the prototype chain): most words are not withdrawn.
      const withdrawnIndex = read.withdrawnBy[from] ?? -1;
      const withdrawal = withdrawnIndex >= 0 ? read.withdrawals[withdrawnIndex] : undefined;
      const start = read.tokens[from]?.start ?? 0;
      const end = read.tokens[last]?.end ?? start;
      found.push({
        id: match.id,
        verbatim: read.text.slice(start, end),
        start,
        end,
        from,
        to: last + 1,
        clause: clause.index,
        clauseText: clause.text,
        sentence: clause.sentence,
        polarity: negated || retracted ? 'negated' : 'affirmed',
        retracted,
        ...(withdrawal ? { withdrawnWith: withdrawnWords(read, withdrawal.cueFrom, withdrawal.cueTo) } : {}),
        // A late hedge ("..., maybe repeated") qualifies only what follows it.
        hedged: (read.hedgedClause[clause.index] ?? false) && !(last < (read.hedgeFrom[clause.index] ?? -1)),
        hypothetical: read.role[from] !== 'claim',
        question: sentence?.question ?? false,
      });
    }
  }
  return found;
}

/** The learner's words from token `from` to token `to` (exclusive), verbatim. */
export function withdrawnWords(read: ReadText, from: number, to: number): string {
  const start = read.tokens[from]?.start ?? 0;
  return read.text.slice(start, read.tokens[to - 1]?.end ?? start).trim();
}
