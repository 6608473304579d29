import type { AnalysedText } from './analyse';
import { NUMBER_TOKEN } from './analyse';
import { BRITISH_ISE, DEFAULT_MAX_CHARS, normaliseText } from './normalise';
import { stemWord } from './stem';
import { isStopword } from './stopwords';
import { PHRASE_SYNONYMS, canonicalWord } from './synonyms';
import { SETTING_LETTERS, opensLetterSetting } from './whiteboard-abbreviations';

/**
 * One unit of a text as the readers see it. A word carries its canonical stem (the same one
 * `analyse` gives, synonyms folded) and the character span of the learner's verbatim words it came
 * from (`text.slice(start, end)`); a mark is a punctuation character kept for sentence, clause
 * and setting boundaries (its stem is the character itself).
 */
export type TextToken = {
  kind: 'word' | 'mark';
  /** Lower-case word after normalising (before stemming); the character for a mark. */
  norm: string;
  stem: string;
  stop: boolean;
  /** Character offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** A line break lies between this token and the one before it. */
  breakBefore: boolean;
};

// Contractions whose stem is not the verb before "n't" ("won't" is "will not", not "wo not").
const IRREGULAR_NOT: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };
// Symbols that are words (as `normaliseText` spells them).
const SYMBOL_WORDS: Readonly<Record<string, string>> = { '%': 'percent', '&': 'and', '+': 'plus' };

// A run of letters/digits (decimals kept: "99.9"; hyphenated words whole: "exactly-once"), optionally
// with an apostrophe suffix ("don't"), or one other character.
const CHUNK = /(?:\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}])+(?:-(?:\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}])+)*(?:['\u2019\u02bc`][\p{L}]+)*|[^\s]/gu;
// CHUNK read at one position (sticky), and the white space before a chunk: `test` gives the chunk's end without a
// match array per chunk.
const CHUNK_AT = new RegExp(CHUNK.source, 'uy');
const SPACE_AT = /\s+/uy;
const PLAIN_WORD = /^[a-z]+$/;
// "Kafka", "THE": one case change at most at the start, so lower-casing is all normalising does.
const CAPITALISED_WORD = /^[A-Z](?:[a-z]+|[A-Z]*)$/;

function wordsOf(chunk: string): string[] {
  const lower = chunk.toLowerCase();
  // "cannot" is "can't" is "can not": one spelling, so a phrase written one way matches the others.
  if (lower === 'cannot') return ['can', 'not'];
  if (PLAIN_WORD.test(chunk)) return [chunk.replace(BRITISH_ISE, '$1iz$2')];
  if (CAPITALISED_WORD.test(chunk)) return [lower.replace(BRITISH_ISE, '$1iz$2')];
  const contraction = /^([a-z]+)n['\u2019\u02bc`]t$/.exec(lower);
  if (contraction) {
    const verb = contraction[1] ?? '';
    return [IRREGULAR_NOT[verb] ?? verb, 'not'];
  }
  const normalised = normaliseText(chunk, chunk.length);
  return normalised === '' ? [] : normalised.split(' ');
}

type PhraseTable = { byKey: Map<string, string>; maxLength: number; firstStems: Set<string> };
let phraseTable: PhraseTable | undefined;

function getPhraseTable(): PhraseTable {
  if (phraseTable) return phraseTable;
  const byKey = new Map<string, string>();
  const firstStems = new Set<string>();
  let maxLength = 1;
  for (const [canonical, phrases] of Object.entries(PHRASE_SYNONYMS)) {
    const target = stemWord(canonical);
    for (const phrase of phrases) {
      const stems = rawWords(phrase, DEFAULT_MAX_CHARS).filter((token) => token.kind === 'word').map((token) => token.stem);
      if (stems.length < 2) continue;
      byKey.set(stems.join(' '), target);
      firstStems.add(stems[0] as string);
      maxLength = Math.max(maxLength, stems.length);
    }
  }
  phraseTable = { byKey, maxLength, firstStems };
  return phraseTable;
}

// What one chunk reads as, without its place: a chunk is read the same wherever it stands, and a text repeats its words.
type ChunkWord = { kind: 'word' | 'mark'; norm: string; stem: string; stop: boolean };
const MAX_CHUNKS = 20_000;
const chunkCache = new Map<string, readonly ChunkWord[]>();

function readChunk(chunk: string): readonly ChunkWord[] {
  const cached = chunkCache.get(chunk);
  if (cached) return cached;
  let read: ChunkWord[];
  const symbolWord = SYMBOL_WORDS[chunk];
  if (symbolWord !== undefined) read = [{ kind: 'word', norm: symbolWord, stem: stemWord(symbolWord), stop: false }];
  else if (!/[\p{L}\p{N}]/u.test(chunk)) read = [{ kind: 'mark', norm: chunk, stem: chunk, stop: true }];
  else {
    read = wordsOf(chunk).map((word) => {
      const isNumber = /^\d/.test(word);
      return { kind: 'word', norm: word, stem: isNumber ? NUMBER_TOKEN : stemWord(canonicalWord(word)), stop: isNumber || isStopword(word) };
    });
  }
  if (chunkCache.size >= MAX_CHUNKS) chunkCache.clear();
  chunkCache.set(chunk, read);
  return read;
}

function rawWords(text: string, maxChars: number): TextToken[] {
  const source = text.slice(0, Math.max(0, maxChars));
  const tokens: TextToken[] = [];
  let previousEnd = 0;
  // The first line break at or after `previousEnd`, found once per break rather than once per chunk.
  let nextBreak = source.indexOf('\n');
  let position = 0;
  while (position < source.length) {
    SPACE_AT.lastIndex = position;
    if (SPACE_AT.test(source)) position = SPACE_AT.lastIndex;
    CHUNK_AT.lastIndex = position;
    // Past the last chunk; any other character than white space is a chunk of its own, so nothing is skipped.
    if (position >= source.length || !CHUNK_AT.test(source)) break;
    const start = position;
    const end = CHUNK_AT.lastIndex;
    const chunk = source.slice(start, end);
    position = end;
    if (nextBreak >= 0 && nextBreak < previousEnd) nextBreak = source.indexOf('\n', previousEnd);
    const breakBefore = nextBreak >= 0 && nextBreak < start;
    previousEnd = end;
    let first = true;
    // "P=64", "k=driver_id": a one-letter setting name on a whiteboard (whiteboard-abbreviations.ts).
    const letter = SETTING_LETTERS[chunk.toLowerCase()];
    const read = letter !== undefined && !/[\w.]/.test(source[start - 1] ?? '') && opensLetterSetting(source, end) ? readChunk(letter) : readChunk(chunk);
    for (const word of read) {
      tokens.push({ kind: word.kind, norm: word.norm, stem: word.stem, stop: word.stop, start, end, breakBefore: first && breakBefore });
      first = false;
    }
  }
  return tokens;
}

/**
 * Splits text into tokens that keep the learner's offsets: words (normalised, canonical stems,
 * multi-word synonyms folded into one token spanning all their words, exactly as `analyse` does)
 * and punctuation marks. Input past `maxChars` is ignored; never throws.
 */
export function tokenizeText(text: string, maxChars = DEFAULT_MAX_CHARS): TextToken[] {
  const words = rawWords(typeof text === 'string' ? text : '', maxChars);
  const { byKey, maxLength, firstStems } = getPhraseTable();
  const out: TextToken[] = [];
  let i = 0;
  while (i < words.length) {
    const token = words[i] as TextToken;
    if (token.kind === 'word' && firstStems.has(token.stem)) {
      let merged = false;
      // A synonym phrase never crosses a mark: "real, time" is two words, "real-time" is one.
      // The longest run of words from i that no mark or line break interrupts: no phrase reaches past it.
      let run = 1;
      const longest = Math.min(maxLength, words.length - i);
      while (run < longest && words[i + run]?.kind === 'word' && !words[i + run]?.breakBefore) run += 1;
      for (let length = run; length >= 2 && !merged; length -= 1) {
        let key = token.stem;
        for (let k = 1; k < length; k += 1) key += ` ${(words[i + k] as TextToken).stem}`;
        const target = byKey.get(key);
        if (target === undefined) continue;
        let norm = token.norm;
        for (let k = 1; k < length; k += 1) norm += ` ${(words[i + k] as TextToken).norm}`;
        const last = words[i + length - 1] as TextToken;
        out.push({ kind: 'word', norm, stem: target, stop: false, start: token.start, end: last.end, breakBefore: token.breakBefore });
        i += length;
        merged = true;
      }
      if (merged) continue;
    }
    out.push(token);
    i += 1;
  }
  return out;
}

/** The words of a token list as the phrase matchers see them (marks dropped). */
export function toAnalysed(tokens: readonly TextToken[]): AnalysedText {
  const stems: string[] = [];
  const stop: boolean[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    stems.push(token.stem);
    stop.push(token.stop);
  }
  return { stems, stop };
}
