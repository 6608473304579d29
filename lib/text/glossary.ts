import type { ReadText } from './read-text';

/**
 * A glossary instead of an answer: every line is "term: what the term is" ("Parquet: a columnar file format.",
 * "Object Lock: an S3 feature that prevents deletion.", "Checksum: a hash that detects changes."), and nothing is
 * decided: no figure, no "we"/"I", no setting. Each definition may be right, but an interviewer hears a list of terms
 * (the same as a bare list: the learner named the terms, not what the design does with them).
 *
 * A glossary line (a sentence) has a label of one to four words, then a colon and a definition
 * with no pronoun of the speaker, no number and no setting ("="). A text is a glossary when it has at least three lines,
 * every line is a glossary line, and either at least half the definitions open as a definition does ("a", "an": "a
 * columnar file format"; every definition of three words or more), or every definition is one plain word
 * ("Bronze: raw. Silver: clean. Gold: aggregated."): a label glossed by a word says no more than the label. General
 * English only.
 */

const MIN_LINES = 3;
const MAX_LABEL_WORDS = 4;
const MIN_DEFINITION_WORDS = 3;
const GLOSSARY_LINE = /^\s*(?:[-*\u2022]\s*)?([^:\n]{1,60}):\s+(.+?)\s*$/u;
// Words of the speaker: a line that says what "we" do decides something.
const SPEAKER = /\b(?:we|i|our|us|my|you|your|let's|i'd|we'd|i'll|we'll)\b/iu;
// A figure or a setting: decided values, not definitions.
const DECIDED = /(?:^|[\s(])\d[\d.,]*(?:\s|$|[%a-z)])|=/iu;
const DEFINING_OPENERS = /^(?:a|an)\s/iu;

const TERSE_WORDS = 1;
const PLAIN_WORD = /^[\p{Ll}][\p{Ll}-]*[.,;]?$/u;

const words = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * Whether the learner's text is a glossary (see the file's note): sentences withdrawn as words to the grader ("This
 * answer covers all the points") are left out, and so are sentences already read as bare terms without a colon
 * (`bare`, by sentence index: "Full marks."). Pure; never throws.
 */
export function isGlossary(read: ReadText, bare: readonly boolean[] = []): boolean {
  const lines = read.sentences
    .filter((sentence) => !(bare[sentence.index] === true && !sentence.text.includes(':')))
    .filter((sentence) => read.tokens.slice(sentence.from, sentence.to).some((token, k) => token.kind === 'word' && !read.retracted[sentence.from + k]))
    .map((sentence) => sentence.text.replace(/[.!]+$/u, ''));
  if (lines.length < MIN_LINES) return false;
  let opened = 0;
  let terse = 0;
  for (const line of lines) {
    const match = GLOSSARY_LINE.exec(line);
    if (!match) return false;
    const label = match[1] as string;
    const definition = match[2] as string;
    const labelWords = words(label);
    if (labelWords.length === 0 || labelWords.length > MAX_LABEL_WORDS || SPEAKER.test(label)) return false;
    const defined = words(definition);
    if (SPEAKER.test(definition) || DECIDED.test(definition)) return false;
    if (defined.length <= TERSE_WORDS && defined.every((word) => PLAIN_WORD.test(word))) terse += 1;
    else if (defined.length < MIN_DEFINITION_WORDS) return false;
    if (DEFINING_OPENERS.test(definition)) opened += 1;
  }
  return terse === lines.length || opened * 2 >= lines.length;
}
