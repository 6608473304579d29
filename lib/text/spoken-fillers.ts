/**
 * Spoken hesitation typed up with a question: "so, um, when a spindle starts vibrating, how fast does the, uh,
 * alert need to reach the technician?". The hesitation sounds ("um", "uh", "erm", "hmm") and a "like" set off by
 * commas say nothing, and their commas cut the line where no clause ends, so readers drop them first. Words
 * that can carry meaning ("like Uber", "you know the peak?") stay. Source: transcripts of recorded mock interviews.
 */

/**
 * A hesitation sound with the commas around it ("the, uh, alert" -> "the alert"), in lower case or capitalised
 * ("Um, ..."); "er" and "ah" only beside a comma, so an acronym ("the ER diagram", "AH") stays.
 */
const HESITATION = /(?:,\s*)?\b(?:[Uu]m+|[Uu]h+m*|[Ee]rm+|[Hh]m+)\b(?!-)(?:\s*,)?|,\s*\b(?:[Ee]r+|[Aa]h+)\b(?:\s*,)?|\b(?:[Ee]r+|[Aa]h+)\b\s*,/g;
/** "like" set off by commas on both sides ("does it, like, spike?"): a filler, never a comparison. */
const COMMA_LIKE = /,\s*like\s*,/gi;
/** A discourse opener followed by a comma ("so, when ..."), as said without the pause. */
const OPENER_COMMA = /^\s*(so|and|but|okay so|ok so)\s*,\s*/i;

/**
 * The line without its hesitation sounds and comma-set "like"s, with the spaces put right; the line itself when
 * it holds none. Pure; never throws; a non-string gives ''.
 */
export function withoutSpokenFillers(text: string): string {
  if (typeof text !== 'string') return '';
  const cut = text.replace(COMMA_LIKE, ' ').replace(HESITATION, ' ');
  if (cut === text) return text;
  return cut.replace(OPENER_COMMA, '$1 ').replace(/\s+([,?.!;])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,]+/, '').trim();
}
