import { isKeywordRun } from './keyword-run';

/** A lead-in that asks nothing of its own before the terms ("What about ...", "And ..."). */
const LEAD_IN = /^\s*(?:(?:and|also|so|plus)\s+)*(?:(?:what|how)\s+about|re|regarding|any)?\b[\s,:-]*/i;
/** A rate's unit ("per second", "/day") is part of a term ("messages per second"), not a word that relates two. */
const RATE_UNIT = /\s*(?:\bper\b|\/)\s*(?:second|sec|minute|min|hour|day|week|month|year|s|m|h|d)\b/gi;
/** Marks that relate or separate terms (a comma, colon, bracket, arrow, dash between words): a written list, read elsewhere (read-omnibus). */
const SEPARATORS = /[,;:()[\]{}<>=|]|\s[-\u2013\u2014]\s/;
/**
 * Function words of the other languages candidates mix in (French, Spanish, Italian, German, Portuguese): "Qu'est-ce
 * qui existe aujourd'hui comme systèmes?" relates its words as surely as an English question does.
 */
const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'qu que qui est ce c le la les l un une des du de d et ou on nous vous il elle ils comme pour par avec dans sur quel quelle quels combien ' +
    'el los las es y o en con por para cual cuanto cuantos il lo gli di che per con und oder der die das ist sind wie wir mit fur von ein eine em os as com'
  ).split(' '),
);
/** Fewest terms in a row that make a string rather than a compact question ("Peak QPS on Black Friday?"). */
export const MIN_STRING_TERMS = 6;

/**
 * Whether a question is a string of terms with a question mark and no ask ("HIPAA GDPR PHI minimum necessary
 * Safe Harbor de-identification?", "Volume throughput messages per second peak growth scale?", "What about HL7
 * v2 FHIR R4 NDJSON MLLP ACK Rhapsody interface engine?"): after an empty lead-in, at least six words in a row
 * with no function word (article, pronoun, preposition, verb, connective; see keyword-run.ts) and no list mark.
 * An interviewer can only guess what such a line wants to know, so it is a bare word, however many topics it
 * names. Pure; never throws; a non-string is not a string of terms.
 */
export function isTermString(text: string): boolean {
  if (typeof text !== 'string') return false;
  const body = text.slice(0, 500).replace(LEAD_IN, '').replace(/[?!.\s]+$/, '').replace(RATE_UNIT, ' ');
  if (SEPARATORS.test(body) || body.includes('?')) return false;
  // Words as written, a hyphenated one whole ("de-identification"), an elided one cut at its apostrophe ("qu'est").
  if (body.toLowerCase().split(/[^\p{L}\p{N}-]+/u).some((word) => OTHER_FUNCTION_WORDS.has(word))) return false;
  return isKeywordRun(body, MIN_STRING_TERMS);
}
