import type { ReadText } from './read-text';

/**
 * Function words of the languages learners most often answer in besides English. Technical terms are English in every
 * one of them ("partition pruning", "shard key"), so the language of an answer shows in its function words, not its
 * terms. Words shared with English ("a", "in", "on", "die") are left out; accents are written as the tokenizer
 * folds them ("más" is "mas").
 */
const FOREIGN_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  Spanish: ['el', 'la', 'los', 'las', 'una', 'uno', 'del', 'en', 'con', 'por', 'para', 'que', 'se', 'es', 'son', 'y', 'pero', 'cada', 'entre', 'sigue', 'siendo', 'sola', 'solo', 'muy', 'como', 'datos', 'tabla', 'mas', 'sin', 'cuando'],
  French: ['le', 'les', 'une', 'des', 'du', 'et', 'est', 'sont', 'avec', 'pour', 'dans', 'sur', 'qui', 'mais', 'chaque', 'entre', 'tres', 'sans', 'donc', 'donnees', 'lorsque', 'aussi', 'etre', 'il', 'elle', 'nous'],
  German: ['der', 'das', 'und', 'ist', 'sind', 'mit', 'fur', 'auf', 'ein', 'eine', 'einer', 'nicht', 'aber', 'jede', 'zwischen', 'auch', 'oder', 'wird', 'werden', 'wenn', 'daten', 'sehr', 'ohne', 'dann', 'wir'],
  Portuguese: ['o', 'os', 'um', 'uma', 'do', 'da', 'dos', 'das', 'em', 'com', 'por', 'para', 'que', 'se', 'sao', 'e', 'mas', 'cada', 'entre', 'muito', 'sem', 'dados', 'tabela', 'quando', 'nao'],
};

/** English function words that the answer of an English speaker is never without. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'is', 'are', 'of', 'to', 'for', 'with', 'it', 'each', 'but', 'that', 'this', 'so', 'then', 'when', 'be', 'by', 'from', 'not', 'or', 'can', 'they', 'we', 'you', 'has', 'have', 'an', 'its', 'their', 'into', 'only', 'one']);

const LISTS = Object.entries(FOREIGN_FUNCTION_WORDS).map(([language, words]) => ({ language, words: new Set(words) }));

/** Fewest function words of another language before an answer is read as written in it. */
export const MIN_FOREIGN_WORDS = 6;

/**
 * The language other than English an answer is written in, when its function words are mostly of that language (at
 * least MIN_FOREIGN_WORDS of them and more than twice the English ones), else undefined. Engines read English prose
 * only: an answer in another language keeps only what its English terms earn, and the learner should be told so.
 */
export function foreignLanguage(read: ReadText): string | undefined {
  const words = read.tokens.filter((token) => token.kind === 'word').map((token) => token.norm);
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  let best: { language: string; count: number } | undefined;
  for (const { language, words: list } of LISTS) {
    const count = words.filter((word) => list.has(word)).length;
    if (!best || count > best.count) best = { language, count };
  }
  if (!best || best.count < MIN_FOREIGN_WORDS || best.count <= 2 * english) return undefined;
  return best.language;
}
