import { DEFAULT_MAX_CHARS } from './normalise';
import { tokenizeText } from './tokens';

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
 * inventory stock dashboard ml". Such a string names topics but asserts nothing. Terse notes relate
 * their parts with arrows and brackets ("pg orders/payments -> debezium cdc (no replica dumps)"), so
 * each stretch between such marks is read on its own: the note is a run when one stretch is. Never
 * throws; a non-string is not a run.
 */
export function isKeywordRun(text: string, minWords = 6): boolean {
  return stretches(typeof text === 'string' ? text : '').some((stretch) => isRun(stretch, minWords));
}

/**
 * Marks that say how the parts of a note relate, as a verb or preposition would: an arrow ("pg -> debezium cdc":
 * read by; "redis <- spark streaming": fed by) and a bracket, which sets an aside apart from what it qualifies.
 */
const RELATION_MARKS = /\s*(?:-+>|=+>|<-+|<=+|[\u2190-\u21ff]|[()[\]{}])\s*/;

/** The stretches of a note between relation marks, each read on its own. */
const stretches = (text: string): string[] => text.split(RELATION_MARKS).filter((stretch) => stretch.trim() !== '');

function isRun(text: string, minWords: number): boolean {
  // Only the words are needed: tokens as readText would give them, without its negation and role readers.
  const cut = text.slice(0, DEFAULT_MAX_CHARS);
  const words = tokenizeText(cut, cut.length).filter((token) => token.kind === 'word');
  if (words.length < minWords) return false;
  return !words.some((token) => token.norm.split(' ').some((part) => FUNCTION_WORDS.has(part)));
}
