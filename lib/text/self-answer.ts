import { mayMarkNotApplicable, readNotApplicable } from './not-applicable';
import { readText } from './read-text';

/**
 * A question the candidate answers themself in the same breath: "How many sensors are there? Probably a
 * few hundred, let's go with that." or "Retention? Storage is cheap, so we keep everything forever." The
 * interviewer never gets to answer, so nothing is learned: the line assumes instead of asking. Also a
 * tag question that asserts a figure the candidate could not know yet ("We have 10k devices, right?").
 * Sources: the usual advice of interview guides ("ask, don't assume"; state assumptions only when the
 * interviewer declines to answer).
 */

// Words that open an assumed answer after the question mark: a decision, not a guess offered for checking
// ("I'd guess a morning bulge" shows domain sense and leaves the interviewer room to correct it).
const ANSWER_OPENER =
  /^(?:surely|obviously|yes|yeah|yep|no|nope|i assume|i'll assume|i will assume|i'd assume|let's (?:say|assume|go with|use|just|keep|send|do|plan|ignore)|we'll (?:assume|say|go with|just)|assume|assuming|say|doesn't matter|not important|it's (?:fine|small|tiny)|that's (?:fine|enough|small))\b/i;
// Anywhere in the tail: an explicit assumption or a decision taken in the question's place.
const ASSUMING_TAIL =
  /\b(?:i'll assume|i will assume|let's assume|we'll assume|let's go with|go with that|i'll go with|assume that|i assume|so we (?:keep|store|use|send|ignore|skip|just|can|will|'ll)|so let's|we (?:just )?keep (?:every|everything|all)|forever)\b/i;
// A tag question's claim holding a figure: "We have 10k devices, right?", "And 1-minute freshness, yes?".
const TAGGED_FIGURE = /\d[\d.,]*\s*(?:k|m|bn|%|[a-z]+)?\b[^?]*,\s*(?:right|correct|yes|yeah|no|ok|okay|true|isn't it|aren't they|don't we|doesn't it|is it|are they)\s*\?\s*$/i;
// A reflected figure framed as checking ("So that's 10k devices, right?") asks; see lib/text/confirmation.
const CHECKING_OPENER = /^(?:so|just to confirm|to confirm|to be sure|if i understood|if i understand|i heard|you said)\b/i;

const normalise = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The words with which a line answers its own question ("Probably a few hundred, let's go with that"), or
 * null when it leaves the answer to the interviewer. Read only after a "?" that is not the line's end, or
 * in a tag question asserting a figure ("We have 10k devices, right?"). A reason after the question ("How
 * many sensors? It sets the partition count.") is no answer. A line that marks its own topic not applicable ("Retention:
 * N/A for a prototype?", "Duplicates: not a concern?"; not-applicable.ts) answers itself with that verdict. Pure; never throws.
 */
export function selfAnswerCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = normalise(text.slice(0, 500));
  const mark = line.indexOf('?');
  if (mark >= 0 && mark < line.length - 1) {
    const tail = line.slice(mark + 1).trim();
    if (/[\p{L}\p{N}]/u.test(tail)) {
      const opener = ANSWER_OPENER.exec(tail);
      if (opener) return tail.slice(0, 80);
      const assuming = ASSUMING_TAIL.exec(tail);
      if (assuming) return tail.slice(0, 80);
    }
  }
  // Every question of the line a tag on a figure: "We have 10k devices, right? And 1-minute freshness, yes?"
  // "Retention: N/A for a prototype?", "Duplicates: not a concern?": the line marks its own topic not applicable.
  // The line is read whole only when it holds a separator and a verdict (most lines do not).
  if (mayMarkNotApplicable(line)) {
    const read = readText(line);
    const marked = readNotApplicable(read.text, read.tokens, read.sentences)[0];
    if (marked) return line.slice(read.tokens[marked.verdictFrom]?.start ?? 0, read.tokens[marked.verdictTo - 1]?.end ?? line.length);
  }
  const parts = line.split(/(?<=\?)\s*/).map((part) => part.trim()).filter((part) => part.length > 0);
  const tagged = parts.filter((part) => TAGGED_FIGURE.test(part) && !CHECKING_OPENER.test(part));
  if (parts.length > 0 && tagged.length === parts.length) return tagged[0] ?? null;
  return null;
}
