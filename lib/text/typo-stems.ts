import { analyse } from './analyse';
import { buildFuzzyCorrector } from './fuzzy';
import type { FuzzyCorrector } from './fuzzy';
import type { ReadText } from './read-text';
import { stemWord } from './stem';
import { canonicalWord } from './synonyms';
import type { TextToken } from './tokens';

/**
 * Shortest word read as a typo of a phrase's word ("partitons", "watermakr", "idempotant", "exaclty",
 * "checkpiont"). Shorter words are too often another real word ("loose"/"lose", "acks"/"asks") or a product
 * name ("flink"/"flank"), so they are never corrected.
 */
export const MIN_TYPO_LENGTH = 6;

const PLAIN = /^[a-z]+$/;

/** Reads a learner's misspelt word as one of a phrase list's words, as a stem the phrase matcher compares. */
export type TypoFixer = {
  /** The canonical stem a word stands for when it is a typo of one of the phrases' words, else undefined. */
  fix: (token: TextToken) => string | undefined;
};

/**
 * A typo reader towards the words of a list of phrases (a claim's keywords, its asserts): a word of six
 * letters or more whose stem none of the phrases has is corrected with the fuzzy corrector (fuzzy.ts:
 * same first letter; for words under 9 letters one dropped letter or two swapped neighbours, from 9 letters
 * up to two edits; a tie or a known stem leaves it as written). The vocabulary is the phrases only, so a
 * word is read as a typo only of what is being looked for, never as some other term. Pure; never throws.
 */
export function buildTypoFixer(phrases: Iterable<string>): TypoFixer {
  const vocabulary: string[] = [];
  const stems = new Set<string>();
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue;
    for (const stem of analyse(phrase).stems) stems.add(stem);
    for (const word of phrase.toLowerCase().split(/[^a-z]+/)) if (word.length >= MIN_TYPO_LENGTH) vocabulary.push(word);
  }
  const corrector: FuzzyCorrector | undefined = vocabulary.length > 0 ? buildFuzzyCorrector(vocabulary) : undefined;
  return {
    fix(token) {
      if (!corrector || token.kind !== 'word' || token.norm.length < MIN_TYPO_LENGTH || stems.has(token.stem) || !PLAIN.test(token.norm)) return undefined;
      const corrected = corrector.correctWord(token.norm);
      if (corrected === token.norm) return undefined;
      const stem = stemWord(canonicalWord(corrected));
      return stems.has(stem) ? stem : undefined;
    },
  };
}

/**
 * Negation and contrast words long enough to be misspelt: a clause holding one misspelt ("insted of the arival
 * time") cannot be read for polarity, so its typos are left unread rather than turned into an affirmed claim.
 */
const CUE_WORDS = ['instead', 'without', 'rather', 'neither', 'cannot', 'nothing', 'except', 'avoid', 'avoiding', 'skipping', 'unless'];
let cueCorrector: FuzzyCorrector | undefined;

function misspeltCue(norm: string): boolean {
  cueCorrector ??= buildFuzzyCorrector(CUE_WORDS);
  return !CUE_WORDS.includes(norm) && CUE_WORDS.includes(cueCorrector.correctWord(norm));
}

const candidatesCache = new WeakMap<ReadText, number[]>();

/**
 * Token indices of a text's words long enough to be read as typos, found once per text; none in a clause
 * whose negation or contrast word is itself misspelt (see `CUE_WORDS`).
 */
export function typoCandidates(read: ReadText): number[] {
  let found = candidatesCache.get(read);
  if (!found) {
    const long: number[] = [];
    const unreadable = new Set<number>();
    for (const [index, token] of read.tokens.entries()) {
      if (token.kind !== 'word' || token.norm.length < MIN_TYPO_LENGTH || !PLAIN.test(token.norm)) continue;
      if (misspeltCue(token.norm)) unreadable.add(read.clauseOf[index] ?? -1);
      else long.push(index);
    }
    found = long.filter((index) => !unreadable.has(read.clauseOf[index] ?? -1));
    candidatesCache.set(read, found);
  }
  return found;
}
