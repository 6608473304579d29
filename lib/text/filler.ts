import type { Sentence } from './clauses';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

// Appeals to authority that explain nothing ("as per best practice", "industry standard").
const FILLER_PHRASES: readonly (readonly string[])[] = [
  ['best', 'practice'], ['best', 'practices'], ['industry', 'standard'], ['industry', 'standards'], ['as', 'recommended'], ['recommended', 'by'],
  ['standard', 'practice'], ['standard', 'approach'], ['well', 'known'], ['battle', 'tested'], ['battle-tested'], ['tried', 'and', 'tested'], ['of', 'course'],
];
// Words that, next to a filler phrase, still say nothing ("These are industry standard for ...").
const EMPTY_WORDS: ReadonlySet<string> = new Set(
  'these this those they it is are be all the a an for as per by and we our follow following followed recommended used use standard industry practice practices approach approaches good great common commonly typical typically usual usually always just simply must should everyone'.split(' '),
);
// Qualities named as a reason without saying how they are reached ("to ensure reliability and scalability",
// "robust and seamless"): generic justification, as empty as an appeal to authority.
const GENERIC_QUALITIES: ReadonlySet<string> = new Set(
  'reliability reliable scalability scalable robust robustness resilience resiliency resilient seamless seamlessly performant'.split(' '),
);
// Words of a reason that names only a quality, not how it is reached ("for enterprise-grade durability", "to ensure consistency").
const GENERIC_REASON_WORDS: ReadonlySet<string> = new Set(
  'enterprise enterprize grade to for ensure ensures ensuring guarantee guarantees guaranteeing provide provides providing achieve achieves achieving deliver delivers high higher maximum max better more full durability availability consistency performance safety correctness semantics end and'.split(' '),
);
/** Most words a filler sentence may hold besides the filler (terms it lists). */
const MAX_LEFT_WORDS = 4;

function sentenceWords(read: ReadText, sentence: Sentence): TextToken[] {
  return read.tokens.slice(sentence.from, sentence.to).filter((token) => token.kind === 'word');
}

// The first word of each filler phrase: a word that opens none is skipped without trying them.
const FILLER_FIRST_WORDS: ReadonlySet<string> = new Set(FILLER_PHRASES.map((phrase) => phrase[0] as string));
const NO_POSITIONS: ReadonlySet<number> = new Set();

// Whether `phrase` starts at word k (a plain loop: this runs per word of every sentence read).
function phraseAt(words: readonly TextToken[], k: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > words.length) return false;
  for (let offset = 0; offset < phrase.length; offset += 1) if ((words[k + offset] as TextToken).norm !== phrase[offset]) return false;
  return true;
}

// Word positions (in `words`) covered by filler phrases (a shared empty set when there are none: read it, never mutate it).
function fillerPositions(words: readonly TextToken[]): ReadonlySet<number> {
  let covered: Set<number> | undefined;
  for (let k = 0; k < words.length; k += 1) {
    if (!FILLER_FIRST_WORDS.has((words[k] as TextToken).norm)) continue;
    for (const phrase of FILLER_PHRASES) {
      if (!phraseAt(words, k, phrase)) continue;
      covered ??= new Set<number>();
      for (let o = 0; o < phrase.length; o += 1) covered.add(k + o);
    }
  }
  return covered ?? NO_POSITIONS;
}

/**
 * Whether a sentence is only an appeal to authority around a few terms ("These are industry standard
 * for exactly-once.", "As per best practice."): it holds a filler phrase and, besides it and empty
 * words, at most four words. Such a sentence explains nothing, so its terms count as listed. Pure.
 */
export function isFillerSentence(read: ReadText, sentence: Sentence): boolean {
  const words = sentenceWords(read, sentence);
  const covered = fillerPositions(words);
  if (covered.size === 0) return false;
  const left = words.filter((token, k) => !covered.has(k) && !EMPTY_WORDS.has(token.norm));
  return left.length <= MAX_LEFT_WORDS;
}

/**
 * The token index just after a filler lead-in that opens a sentence and is set apart by a comma or
 * colon ("As per best practice, acks=all, RF=3"), or the sentence start when there is none: the list
 * reader skips it like a label. Pure.
 */
export function afterFillerLead(read: ReadText, sentence: Sentence): number {
  const covered = fillerPositions(sentenceWords(read, sentence));
  if (covered.size === 0) return sentence.from;
  let wordIndex = -1;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const token = read.tokens[i] as TextToken;
    if (token.kind === 'mark') {
      if ((token.norm === ',' || token.norm === ':') && wordIndex >= 0) return i + 1;
      continue;
    }
    wordIndex += 1;
    if (!covered.has(wordIndex) && !EMPTY_WORDS.has(token.norm)) return sentence.from;
  }
  return sentence.from;
}

/**
 * Whether a sentence leans on filler: an appeal to authority ("as per best practice") or a generic
 * quality given as the reason ("to ensure reliability and scalability"). Terms listed
 * in such a sentence are not explained by it (see bare-list.ts). Pure.
 */
export function holdsFiller(read: ReadText, sentence: Sentence): boolean {
  const words = sentenceWords(read, sentence);
  return fillerPositions(words).size > 0 || words.some((token) => GENERIC_QUALITIES.has(token.norm));
}

/**
 * Whether words (a list item's tail, "for enterprise-grade durability") give only a generic reason: every
 * word is a quality ("reliability", "durability"), a verb of ensuring, or an empty word. Pure.
 */
export function isGenericReason(words: readonly TextToken[]): boolean {
  return words.length > 0 && words.every((token) => GENERIC_REASON_WORDS.has(token.norm) || GENERIC_QUALITIES.has(token.norm) || EMPTY_WORDS.has(token.norm));
}
