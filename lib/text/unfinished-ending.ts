/**
 * An answer that stops mid-clause: its last line ends on a word that cannot end a clause ("... and late events are",
 * "and then I'd", "the customer dim which would be"), with no full stop, question mark or colon after it (a trailing
 * "..." is allowed). Such an answer was not finished: the cut clause asserts nothing, and an interviewer grades it as
 * half an answer to be prompted for the rest (golden set round 24, hand 45 for both trailing-off answers).
 * Only the end of the text is read: a line ending in "and" inside an answer is a wrapped line, not a cut.
 */

/** The unfinished last line, as written; undefined when the text ends on a complete clause. */
export type UnfinishedEnding = { line: string };

// Words after which a clause must go on: copulas, contracted auxiliaries ("I'd"), articles and possessives, some
// prepositions, conjunctions and relative words. Words a finished clause may end on are left out ("that's what I'd do",
// "as fast as we can", "turn it on", "I think so", "what I'd go with"). The raw text is read, so contractions are listed.
const CONTINUES = String.raw`and|or|but|nor|because|than|which|whose|where|while|if|unless|the|an|its|their|our|my|your|of|into|onto|via|for|is|are|was|were|be|been|being|am|i'd|we'd|i'll|we'll|you'd|i'm|we're|it's|there's`;
const UNFINISHED = new RegExp(String.raw`(?:^|[\s,;(])(?:${CONTINUES})\s*(?:\.\.\.|\u2026)?\s*$`, 'i');
// A cheap first test on the text's last characters: most answers end with a mark.
const ENDS_ON_WORD = /[A-Za-z'\u2019](?:\s*(?:\.\.\.|\u2026))?\s*$/;

/**
 * The answer's unfinished ending, if its last non-empty line stops on a word that cannot end a clause (see the module
 * comment). Pure; never throws; reads only the last 200 characters.
 */
export function readUnfinishedEnding(text: string): UnfinishedEnding | undefined {
  if (typeof text !== 'string') return undefined;
  const tail = text.slice(-200).replace(/\u2019/g, "'");
  if (!ENDS_ON_WORD.test(tail)) return undefined;
  const lines = tail.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || !UNFINISHED.test(last)) return undefined;
  // One word alone ("Then", "And") after a finished answer is a slip, not an unfinished clause; two or more words are.
  if (last.split(/\s+/).length < 2) return undefined;
  return { line: last };
}
