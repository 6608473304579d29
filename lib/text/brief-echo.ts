import { analyse, contentStems } from './analyse';
import { readText } from './read-text';

/**
 * A stretch of text restates a sentence of the brief when it has at least this many content words
 * (stop words and numbers left out) and nearly all of them come from that one sentence. Five keeps a
 * name that uses the brief's nouns ("readings from the edge gateways in each plant", four) out: an
 * input is rightly named in the brief's words; a copied sentence says nothing of the learner's own.
 */
export const BRIEF_ECHO_MIN_WORDS = 5;
/** Share of a stretch's content words that must come from one sentence of the brief, in any order. */
export const BRIEF_ECHO_COVERAGE = 0.85;

const sentenceCache = new WeakMap<readonly string[], Set<string>[]>();

function sentenceStems(given: readonly string[]): Set<string>[] {
  let stems = sentenceCache.get(given);
  if (!stems) {
    stems = given.map((sentence) => new Set(contentStems(analyse(sentence))));
    sentenceCache.set(given, stems);
  }
  return stems;
}

/**
 * Whether `text` (one clause or a short name) restates one sentence of `given` (the brief's own
 * sentences): at least BRIEF_ECHO_MIN_WORDS content words, BRIEF_ECHO_COVERAGE of them found in that
 * sentence, whatever their order. Words are compared as canonical stems, so a light paraphrase
 * ("crashes of the spindle", "machine" for "machines") is still the brief's. Pure; never throws;
 * false for an empty brief or a non-string.
 */
export function restatesBrief(text: string, given: readonly string[]): boolean {
  if (typeof text !== 'string' || given.length === 0) return false;
  const stems = [...new Set(contentStems(analyse(text)))];
  if (stems.length < BRIEF_ECHO_MIN_WORDS) return false;
  return sentenceStems(given).some((sentence) => stems.filter((stem) => sentence.has(stem)).length >= stems.length * BRIEF_ECHO_COVERAGE);
}

/**
 * The clauses of `text` that restate a sentence of the brief (see `restatesBrief`), in the learner's
 * words and in order: "Last year three spindle crashes cost us more than the retrofit; we want to be
 * told in time" gives the first clause. Pure; never throws.
 */
export function briefEchoClauses(text: string, given: readonly string[]): string[] {
  if (typeof text !== 'string' || given.length === 0) return [];
  return readText(text).clauses.map((clause) => clause.text).filter((clause) => restatesBrief(clause, given));
}

/**
 * Whether every clause of `text` that says anything of its own restates the brief: the whole field is
 * the brief read back. Clauses too short to judge ("we want it") neither make nor break it; a text
 * with no clause long enough to judge is not an echo. Pure; never throws.
 */
export function onlyRestatesBrief(text: string, given: readonly string[]): boolean {
  if (typeof text !== 'string' || given.length === 0) return false;
  const judged = readText(text).clauses.map((clause) => clause.text).filter((clause) => new Set(contentStems(analyse(clause))).size >= BRIEF_ECHO_MIN_WORDS);
  return judged.length > 0 && judged.every((clause) => restatesBrief(clause, given));
}

/** The fewest distinct content words an answer needs before its share of the brief's words is judged: a few words prove nothing. */
export const BRIEF_SHARE_MIN_WORDS = 15;
/**
 * Share of an answer's distinct content words that the brief already holds, at or above which the answer is the brief
 * read back as a whole. Measured on the golden designs (rounds 4-17): the three that restate the brief share 0.86-1.00
 * of their words with it; every other design, however plain, shares at most 0.64, since a design adds its own words
 * (stores, modes, tools, numbers).
 */
export const BRIEF_SHARE_ECHO = 0.8;

/**
 * How much of an answer spread over several fields is the brief's own words: the distinct content stems of all
 * `texts` together, and the share of them found anywhere in `given` (the brief's sentences). `echoes` is true when
 * there are at least BRIEF_SHARE_MIN_WORDS stems and at least BRIEF_SHARE_ECHO of them are the brief's: the fields copy
 * its facts back ("catch fraud while the card is still at the till", "a ledger that explains every penny") and
 * decide nothing. Pure; never throws; `{ words: 0, share: 0, echoes: false }` for no words or an empty brief.
 */
export function briefShare(texts: readonly string[], given: readonly string[]): { words: number; share: number; echoes: boolean } {
  const stems = [...new Set(texts.filter((text) => typeof text === 'string').flatMap((text) => contentStems(analyse(text))))];
  if (stems.length === 0 || given.length === 0) return { words: stems.length, share: 0, echoes: false };
  const brief = new Set(sentenceStems(given).flatMap((sentence) => [...sentence]));
  const share = stems.filter((stem) => brief.has(stem)).length / stems.length;
  return { words: stems.length, share, echoes: stems.length >= BRIEF_SHARE_MIN_WORDS && share >= BRIEF_SHARE_ECHO };
}
