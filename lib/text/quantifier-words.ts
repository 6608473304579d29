import { buildFuzzyCorrector } from './fuzzy';

/**
 * Words that count or set apart the noun after them ("several servers", "separate databases"): they say how many or
 * which, never whose, so a term after one is not put on it. Data, not logic.
 */
export const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['several', 'many', 'multiple', 'different', 'separate', 'other', 'more', 'fewer', 'few', 'some', 'any', 'same', 'single', 'one', 'two', 'three', 'various', 'numerous', 'extra', 'additional']);

/**
 * Cardinal numbers past three and counting nouns ("four dimension tables", "a dozen topics", "5 partitions"): they count
 * the noun after them as QUANTIFIER_WORDS do. Matched exactly (short words a slip away from others: "four"/"for").
 */
const COUNT_WORDS: ReadonlySet<string> = new Set(['four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozen', 'hundred', 'hundreds', 'dozens', 'couple', 'both']);

const corrector = buildFuzzyCorrector(QUANTIFIER_WORDS);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Shortest word read through a vowel slip: below it a changed vowel too often makes another word ("some"/"same"). */
const MIN_VOWEL_SLIP_LENGTH = 6;

/** True when `word` is `target` with one vowel written as another ("seperate" of "separate", "diffirent" of "different"). */
function isVowelSlip(word: string, target: string): boolean {
  if (word.length !== target.length || word.length < MIN_VOWEL_SLIP_LENGTH) return false;
  let slips = 0;
  for (let at = 0; at < word.length; at += 1) {
    const [mine, theirs] = [word[at] ?? '', target[at] ?? ''];
    if (mine === theirs) continue;
    if (!VOWELS.has(mine) || !VOWELS.has(theirs)) return false;
    slips += 1;
  }
  return slips === 1;
}

/**
 * Whether a normalised word is a quantifier (QUANTIFIER_WORDS), as written or misspelt: a dropped letter, swapped
 * neighbours or two edits of a long word as lib/text/fuzzy.ts reads them ("diferent", "mutliple", "addtional"), or one
 * vowel written as another ("seperate"); a cardinal number or counting noun (COUNT_WORDS, digits) as written. Pure.
 */
export function isQuantifierWord(norm: string): boolean {
  if (COUNT_WORDS.has(norm) || /^\d+$/.test(norm)) return true;
  if (QUANTIFIER_WORDS.has(norm) || QUANTIFIER_WORDS.has(corrector.correctWord(norm))) return true;
  for (const word of QUANTIFIER_WORDS) if (isVowelSlip(norm, word)) return true;
  return false;
}
