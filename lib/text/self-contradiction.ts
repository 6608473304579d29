/**
 * A claim the answer both affirms and denies in different sentences, with neither taken back: "No TTL is needed: the
 * app removes a driver when they go offline." and two lines on "the driver's key expires after 30 s". An interviewer
 * credits neither side: the answer did not commit, and the question (does a silent driver drop out?) stays open. A
 * retraction ("actually, scratch that") settles it and is read elsewhere (lib/text/withdrawn-text.ts); a denial said of
 * another subject ("no TTL on the surge hash") never reaches here, as the claim reader skips a term put on another
 * subject first (claim-subject.ts).
 */

import type { ReadText } from './read-text';

// Words that may stand between a negation and the term it denies ("no such TTL", "not a TTL").
const BETWEEN: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'such', 'extra', 'separate', 'real']);
// Verbs of having or using something (stems): "we keep no state store", "we don't need a TTL".
const USE_STEMS: ReadonlySet<string> = new Set(['need', 'us', 'use', 'keep', 'kept', 'have', 'set', 'add', 'want', 'requir', 'run', 'deploi', 'configur', 'bother']);
// What a denial of use says after the term: "a TTL is not needed", "TTL isn't required", "TTL is unnecessary".
const UNNEEDED: ReadonlySet<string> = new Set(['needed', 'required', 'necessary', 'used', 'unnecessary', 'unneeded', 'needless']);
// What names one value or option of a term right after it ("No k=plant_id", "no key by plant", "no partition per driver").
const OPTION_MARKERS: ReadonlySet<string> = new Set(['=', ':=', 'by', 'per']);
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'would', 'should', 'is', 'are', 'was', 'were', 'be', 'not', 'never', 'no', 'any', 'really', 'even', 'at', 'all']);

// The index of the word before token `from`, skipping marks and the words of `skip`; -1 when none.
function wordBefore(read: ReadText, from: number, skip: ReadonlySet<string>): number {
  for (let i = from - 1; i >= 0; i -= 1) {
    const token = read.tokens[i];
    if (token?.kind !== 'word') return token?.norm === '-' || token?.norm === '*' ? -1 : i;
    if (!skip.has(token.norm)) return i;
  }
  return -1;
}

/**
 * Whether the term at tokens `[from, to)` is denied as something the design has or uses, in the learner's own voice:
 * "No TTL is needed", "we keep no state store", "we don't need a TTL", "a TTL isn't required". A negation that only
 * spans the term ("if Kafka is down we return no ACK", "not sensor_id", "a sink that isn't transactional", "without the
 * row lock, both could ...") is a condition, a rejected option or a contrast, not a denial of the claim.
 */
export function deniesUse(read: ReadText, from: number, to: number): boolean {
  const before = wordBefore(read, from, BETWEEN);
  const cue = before >= 0 ? read.tokens[before] : undefined;
  if (cue?.norm === 'no' && read.cue[before]) {
    // "No TTL ..." opening its clause, or after a verb of use: "we keep no state store".
    const verb = wordBefore(read, before, new Set());
    const opens = verb < 0 || read.clauseOf[verb] !== read.clauseOf[before];
    if (opens) {
      // "No k=plant_id", "no key by plant": a value or an option of the term rejected, not the term itself.
      const next = read.tokens[to];
      if (next && OPTION_MARKERS.has(next.norm)) return false;
      return next?.kind !== 'word' || read.tokens.slice(to, to + 4).some((token) => UNNEEDED.has(token.norm));
    }
    return USE_STEMS.has(read.tokens[verb]?.stem ?? '');
  }
  // "we don't need a TTL", "we never use a TTL".
  if (cue && USE_STEMS.has(cue.stem)) {
    const negation = wordBefore(read, before, new Set(['really', 'even']));
    return negation >= 0 && read.cue[negation] === true;
  }
  // "a TTL is not needed", "TTL isn't required".
  const after = read.tokens.slice(to, to + 4);
  return after.some((token, k) => UNNEEDED.has(token.norm) && after.slice(0, k).every((word) => AUXILIARIES.has(word.norm) || word.kind !== 'word') && after.slice(0, k).some((word, j) => read.cue[to + j] === true || word.norm === 'unnecessary')) || (after[0] !== undefined && after.slice(0, 2).some((token) => token.norm === 'unnecessary'));
}

/** Where a claim's term was said: its sentence, and the learner's clause around it, verbatim. */
export type SaidAt = { sentence: number; clause: string };

/** The denial that leaves an affirmed claim unsettled: the denying clause, verbatim. */
export type UnsettledClaim = { denied: string };

/**
 * The denial, among `denials` (the places a claim's term is negated in the learner's own voice: not retracted, not
 * hypothetical, not a value), that leaves the claim affirmed at `affirmed` unsettled: the first one in a sentence where
 * the claim is not also affirmed (a sentence that denies and affirms it, "not by zone but by driver", is one
 * statement). Undefined when there is none. Pure.
 */
export function unsettledBy(affirmed: readonly SaidAt[], denials: readonly SaidAt[]): UnsettledClaim | undefined {
  if (affirmed.length === 0) return undefined;
  const sentences = new Set(affirmed.map((place) => place.sentence));
  const denial = denials.find((place) => place.sentence >= 0 && !sentences.has(place.sentence));
  return denial ? { denied: denial.clause } : undefined;
}
