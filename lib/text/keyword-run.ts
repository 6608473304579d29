import { readText } from './read-text';

// Words that make a string of terms say something: articles, pronouns, prepositions, verbs, connectives.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of and or but to for from with by via into in on at per as than then so because since when while if ' +
    'we i you it they this that these those our their its is are was were be been will would can could should must ' +
    'do does did has have had need needs use uses used using get gets read reads write writes send sends feed feeds ' +
    'serve serves show shows see sees go goes keep keeps every each all any some only every within under over after before'
  ).split(' '),
);

/**
 * Whether a text is a run of keywords: at least `minWords` words (default 6) and not one function
 * word (article, pronoun, preposition, verb, connective) among them, as in "sales revenue gmv
 * inventory stock dashboard ml". Such a string names topics but asserts nothing. Never throws;
 * a non-string is not a run.
 */
export function isKeywordRun(text: string, minWords = 6): boolean {
  const words = readText(typeof text === 'string' ? text : '').tokens.filter((token) => token.kind === 'word');
  if (words.length < minWords) return false;
  return !words.some((token) => token.norm.split(' ').some((part) => FUNCTION_WORDS.has(part)));
}
