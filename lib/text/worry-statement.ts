import { firstCue } from './normalise';

/**
 * Whether a line states a worry of the speaker's own, with no question mark ("I'm worried that re-running a failed
 * load double-counts revenue.", "My concern is that a resent message gets posted twice.", "What worries me is
 * stale surge numbers."): in an interview a worry put to the interviewer asks whether it is a real constraint, and
 * the interviewer answers it like a question. Only the speaker's own worry at the start of the line counts: "let's
 * not worry about latency", "there is no peak to worry about" and "I'm not worried about volume" state, they ask
 * nothing. General English only.
 */

/** How much: "a bit", "slightly", "really". */
const DEGREE = String.raw`(?:a (?:bit|little)|slightly|really|quite|somewhat|a little bit|also|mostly|mainly|just|genuinely|honestly|kind of|kinda|bit)`;
const PATTERNS = [
  // "I'm worried that ...", "I am a bit concerned researchers ...", "we're nervous that ...", "I'd be worried if ..."; "I'm afraid" only of something ("I'm afraid I have no questions" is politeness)
  new RegExp(String.raw`^(?:so,?\s+|and\s+|also,?\s+)?(?:i|we)(?:'m|'re| am| are|'d be| would be| was| were)\s+(?:${DEGREE}\s+)?(?:(?:worried|concerned|nervous|wary|anxious|scared)\s+[a-z]|afraid\s+(?:that|of|about)\b)`, 'i'),
  // "I worry that ...", "I fear the ..."
  new RegExp(String.raw`^(?:so,?\s+|and\s+|also,?\s+)?(?:i|we)\s+(?:${DEGREE}\s+)?(?:worry|fear)\s+(?:that|about|the|our|a|an|we|if|re)\b`, 'i'),
  // "My concern is that ...", "One worry is ...", "My biggest fear is ..."
  new RegExp(String.raw`^(?:so,?\s+|and\s+|also,?\s+)?(?:my|our|one|the|a)\s+(?:\w+\s+)?(?:concern|worry|fear)\s+(?:is|would be|here is)\b`, 'i'),
  // "What worries me is ...", "What concerns me is ..."
  /^(?:so,?\s+|and\s+)?what (?:worries|concerns|scares) (?:me|us)\b/i,
];

/** The words with which `text` states a worry of the speaker's own (see the module comment), or null. Pure; never throws. */
export function worryStatementCue(text: string): string | null {
  return firstCue(text, PATTERNS, true);
}
