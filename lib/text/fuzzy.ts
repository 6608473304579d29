import { distance } from 'fastest-levenshtein';
import { normaliseText, tokenise } from './normalise';
import { stemWord } from './stem';
import { isStopword } from './stopwords';
import { WORD_SYNONYMS } from './synonyms';

/** Words shorter than this are never corrected: "dya" could be "day" or "dye", "form" is a word of its own. */
export const MIN_CORRECTED_LENGTH = 5;
/** Bounded per corrector, so hostile input full of unique words cannot grow memory. */
const MAX_CACHE = 5_000;

/** From this length a word may be two edits of any kind away ("avaialbility", "retension"). */
export const LONG_WORD_LENGTH = 9;

/** Edits allowed for a word of this length: one for 5-8 letters, two from 9. */
export function maxEdits(length: number): number {
  if (length < MIN_CORRECTED_LENGTH) return 0;
  return length < LONG_WORD_LENGTH ? 1 : 2;
}

/** True when `word` is `target` with one letter left out ("latncy" of "latency"). */
function isOneLetterDropped(word: string, target: string): boolean {
  if (target.length !== word.length + 1) return false;
  let at = 0;
  while (at < word.length && word[at] === target[at]) at += 1;
  return word.slice(at) === target.slice(at + 1);
}

/** True when `word` is `target` with two neighbouring letters swapped ("fomrat" of "format"). */
function isSwapped(word: string, target: string): boolean {
  if (target.length !== word.length) return false;
  let at = 0;
  while (at < word.length && word[at] === target[at]) at += 1;
  return at < word.length - 1 && word[at] === target[at + 1] && word[at + 1] === target[at] && word.slice(at + 2) === target.slice(at + 2);
}

/**
 * Whether `word` may be read as a typo of `target`, and at what cost. Short words (5-8 letters)
 * only count a dropped letter or two swapped neighbours: a changed or added letter there too often
 * makes another real word ("share" is not "shape", "stable" is not "stale"). Longer words may be up
 * to two Levenshtein edits away.
 */
function typoCost(word: string, target: string): number {
  if (word.length >= LONG_WORD_LENGTH) return distance(word, target);
  return isOneLetterDropped(word, target) || isSwapped(word, target) ? 1 : Number.POSITIVE_INFINITY;
}

export type FuzzyCorrector = {
  /** The vocabulary word a misspelt word stands for, or the word itself when it is known, short or ambiguous. */
  correctWord: (word: string) => string;
  /** Normalises a text (see normaliseText) and corrects each word; the result is plain lower-case words. */
  correctText: (text: string, maxChars?: number) => string;
};

export type FuzzyOptions = {
  /**
   * Also read chat shorthand with its vowels dropped ("hw mny drvrs onln?"): a word with no vowel after its first
   * letter is the one vocabulary word of that consonant skeleton, and a few function words have fixed cuts.
   */
  shorthand?: boolean;
};

/** A word written without vowels after its first letter ("drvrs", "onln", "mny"). */
const VOWELLESS = /^[a-z][b-df-hj-np-tv-xz]{1,}$/;
/** Function words, too short for a skeleton, as they are cut in chat ("hw mny", "wht's"). */
const CHAT_WORDS: Readonly<Record<string, string>> = { hw: 'how', mny: 'many', wht: 'what', whn: 'when', whr: 'where', shd: 'should', wld: 'would', abt: 'about', avg: 'average' };
/** Shortest skeleton read: two consonants say too little ("dt" could be anything). */
const MIN_SKELETON = 3;

/**
 * Whether a vowel-less word may stand for `full`: at least four letters ("dbt", "sql" are names), and two vowels
 * dropped, or one after a consonant first letter ("trps"); "apps" is no cut of "apis".
 */
function shorthandOf(word: string, full: string): boolean {
  if (word.length < MIN_SHORTHAND) return false;
  const dropped = full.length - word.length;
  return dropped >= 2 || (dropped >= 1 && !/^[aeiou]/.test(word));
}

/** Shortest vowel-less word read as shorthand. */
const MIN_SHORTHAND = 4;

/** A word's first letter and the consonants after it, doubled letters once ("drivers" -> "drvrs", "messages" -> "msgs"). */
function skeletonOf(word: string): string {
  return (word[0] ?? '') + word.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Skeleton -> the one vocabulary word with it; a skeleton two words share (by stem) is left out. */
function skeletonIndex(words: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const word of words) {
    const skeleton = skeletonOf(word);
    if (skeleton.length < MIN_SKELETON || skeleton === word) continue;
    const current = found.get(skeleton);
    if (current === undefined) found.set(skeleton, word);
    else if (current !== null && stemWord(current) !== stemWord(word)) found.set(skeleton, null);
  }
  const index = new Map<string, string>();
  for (const [skeleton, word] of found) if (word !== null) index.set(skeleton, word);
  return index;
}

/**
 * A typo corrector towards a closed vocabulary (the cue words of a matcher), using Levenshtein
 * distance from fastest-levenshtein. Conservative by design, because correcting a real word into
 * another changes what a sentence means: only words of at least 5 letters are corrected; a word
 * whose stem is already in the vocabulary, a stop word or a known abbreviation is left alone; the
 * correction must keep the first letter, be within maxEdits (for words under 9 letters only a
 * dropped letter or two swapped neighbours), and be the only vocabulary word at that distance (a
 * tie leaves the word as written). Input words are lower-case, as normaliseText
 * produces them. Never throws.
 */
export function buildFuzzyCorrector(vocabulary: Iterable<string>, options: FuzzyOptions = {}): FuzzyCorrector {
  const words = new Set<string>();
  for (const entry of vocabulary) {
    for (const word of tokenise(normaliseText(typeof entry === 'string' ? entry : ''))) {
      if (word.length >= MIN_CORRECTED_LENGTH - 1 && /^[a-z]+$/.test(word) && !isStopword(word)) words.add(word);
    }
  }
  const knownStems = new Set<string>();
  const byFirstLetter = new Map<string, string[]>();
  for (const word of words) {
    knownStems.add(stemWord(word));
    const bucket = byFirstLetter.get(word[0] ?? '') ?? [];
    bucket.push(word);
    byFirstLetter.set(word[0] ?? '', bucket);
  }
  // Deterministic order, so ties and cache contents never depend on insertion order.
  for (const bucket of byFirstLetter.values()) bucket.sort();
  const skeletons = options.shorthand ? skeletonIndex(words) : undefined;
  const cache = new Map<string, string>();

  function lookUp(word: string): string {
    if (skeletons && VOWELLESS.test(word) && !words.has(word) && WORD_SYNONYMS[word] === undefined) {
      const full = CHAT_WORDS[word] ?? skeletons.get(skeletonOf(word));
      if (full && (CHAT_WORDS[word] !== undefined || shorthandOf(word, full))) return full;
    }
    const allowed = maxEdits(word.length);
    if (allowed === 0 || !/^[a-z]+$/.test(word) || words.has(word) || isStopword(word)) return word;
    if (WORD_SYNONYMS[word] !== undefined || knownStems.has(stemWord(word))) return word;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    let tied = false;
    for (const candidate of byFirstLetter.get(word[0] ?? '') ?? []) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const edits = typoCost(word, candidate);
      if (edits < bestDistance) {
        best = candidate;
        bestDistance = edits;
        tied = false;
      } else if (edits === bestDistance && best !== undefined && stemWord(candidate) !== stemWord(best)) {
        tied = true;
      }
    }
    return best !== undefined && !tied ? best : word;
  }

  function correctWord(word: string): string {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const result = lookUp(word);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, result);
    return result;
  }

  return {
    correctWord,
    correctText: (text, maxChars) => tokenise(normaliseText(text, maxChars)).map(correctWord).join(' '),
  };
}
