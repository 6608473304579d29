/**
 * Confirming questions and questions that assume their answer away.
 *
 * Interviewers hear "So about 5 minutes is fine for the dashboard, right?" or "To be sure: we only
 * read from the machines, we never write back?" as a question: the candidate states a concrete
 * understanding and asks to have it checked, and a wrong one gets corrected. What leads is a line that
 * assumes a requirement away ("Volume doesn't matter, right?", "I assume batch is fine for everything?",
 * "We don't have personal data to worry about, correct?"): it invites a yes and hides the constraint.
 * lib/text/question-form reads both as `leading` (the form of the words); these readers tell them apart.
 */

/**
 * Words that make a requirement trivial or absent. Strong ones always lead ("doesn't matter", "no need",
 * "ignore", "nothing to worry about"); weak ones ("fine", "enough", "small") lead unless the line puts
 * a real number on the table ("about 5 minutes is fine").
 */
const STRONG_TRIVIALISING =
  /\b(?:(?:does|do|did|is|are|will|would|should)(?:n't| not) (?:really )?(?:matter|count|need|care|change|apply|exist)|not (?:really )?(?:an? )?(?:issue|concern|problem|priority|requirement|factor|big deal|needed|required|necessary|relevant|important)|no (?:real )?(?:need|issue|concern|problem|requirement|personal|pii|sensitive|regulat\w*|compliance|peaks?|spikes?|growth|sla|rush|difference)|(?:don't|do not|won't|will not|wouldn't|needn't|need not|shouldn't) (?:really |even )?(?:need|have to|have any|have much|get any|get much|see any|bother|care|worry|matter|size|track|keep|store)|nothing (?:to worry|sensitive|personal|special)|(?:can|could|may|should) (?:just |safely )?(?:ignore|skip|drop|forget|leave out|punt)|ignor(?:e|ing)|(?:isn't|is not|aren't|are not|not) (?:that|very|much|really) (?:different|big|large|high|spiky|important|critical|sensitive)|(?:never|rarely|hardly ever) (?:changes?|spikes?|peaks?|grows?|matters?|need|needs|have to|has to|happens?|fails?|goes down)|worry about|to worry|nobody|no one|no-one|enough|plenty|sufficient|(?:can|could) (?:just |simply |easily )?(?:be|live with|get away|use|keep|do))\b/i;
const WEAK_TRIVIALISING =
  /\b(?:fine|ok|okay|acceptable|tolerable|good enough|cheap|forever|small|tiny|little|low|minimal|negligible|trivial|simple|flat|steady|constant|same|doesn't vary|for everything|everything|all of it|whatever|any (?:sla|freshness|latency))\b/i;

/** A real number: digits, or a number word before a unit ("five minutes", "three years"). */
const CONCRETE_VALUE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a hundred|hundred|thousand|million|billion|half|an?)\s+(?:-?\s*)?(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|nines|gb|tb|pb|mb|percent|x)\b/i;

/** How a confirming line is framed: an opener that reflects back what was understood, to have it checked. */
const CONFIRMATION_OPENER =
  /^(?:so,?\s+|and\s+)?(?:to be (?:sure|clear)|just to (?:confirm|check|be sure|be clear|double check)|just checking|to confirm|to check|if i understand(?: (?:you|it|this))? (?:right|correctly)|if i've got (?:this|it|that) right|let me (?:confirm|check)|sanity check|quick check|so)\b/i;
/** A line that reflects back what the interviewer or the brief said ("You said ...", "You mentioned ...", "I understood ..."). */
const REFLECTS_BACK = /^(?:so,?\s+|and\s+)?(?:i (?:understand|understood|heard)|you (?:said|mentioned|told me)|as you (?:said|mentioned)|the brief (?:says|said|mentions))\b/i;
/** A tag that closes a restated fact ("..., correct?", "... - is that right?"). */
const BARE_TAG =
  /[,;:\u2014-]\s*(?:right|correct|yes|yeah|no|true|is that (?:right|correct|true|accurate|about right|(?:the )?(?:right )?(?:order of magnitude|ballpark|full list))|(?:does )?that (?:sound|look)s? (?:right|correct|about right)|am i right|(?:have|did) i (?:got|get) (?:that|this|it) right|anyone (?:i|we) (?:missed|forgot))\s*\?+$/i;
/** A figure standing on its own ("90 days", "2,500 machines"), not a digit inside a name ("HL7", "S3"). */
const STANDALONE_FIGURE = /(?<![\p{L}\d])\d/u;
/** Presumptions that lead however concrete ("Surely ...", "I guess ..."): the speaker proposes the answer, not an understanding. */
const PRESUMPTION = /^(?:so,?\s+)?(?:surely|presumably|obviously|of course|clearly|naturally|i (?:guess|suppose|presume|reckon|imagine|bet|assume|take it)|(?:i|we) can assume)\b/i;

const normalise = (text: string) => text.slice(0, 500).replace(/[\u2018\u2019\u02bc]/g, "'").trim();

/**
 * True when a line confirms a concrete understanding rather than assuming a requirement away: framed as a
 * check ("So ...", "To be sure: ...", "Just to confirm, ...", "You said ..."), no strong trivialising words, and
 * weak ones ("fine", "small") only next to a real number; or a bare tag ("..., correct?", "- is that the order of
 * magnitude?") after a real number or a specific claim of three content words or more, with no trivialising words at
 * all ("two plants keep about 90 days, correct?", "Surge first, dashboard second - correct?"). A presumption opener
 * confirms only when such a tag closes a claim with no figure ("I assume we're the issuer here, not the acquirer -
 * correct?"); without the tag ("I assume batch is fine?") or with a guessed figure ("I assume roughly 50 GB a day,
 * correct?") it leads. Such a line asks: a wrong understanding gets corrected. Pure; never throws.
 */
export function confirmsUnderstanding(text: string): boolean {
  if (typeof text !== 'string') return false;
  const line = normalise(text);
  if (!line.endsWith('?') || STRONG_TRIVIALISING.test(line)) return false;
  const tagged = BARE_TAG.test(line);
  // "I assume we're the issuer here, not the acquirer - correct?": the presumption is put up to be checked by its
  // own tag, so it confirms a specific claim; without the tag ("I assume batch is fine?") it proposes the answer.
  // A figure under a presumption ("I assume roughly 50 GB a day, correct?") is the candidate's own guess: it leads.
  if (PRESUMPTION.test(line)) return tagged && !WEAK_TRIVIALISING.test(line) && !statesFigure(line) && specificClaim(line);
  // A bare tag ("A year is enough, right?") proposes an answer; reflecting back ("So ...", "To be sure: ...") checks one.
  const framed = CONFIRMATION_OPENER.test(line) || REFLECTS_BACK.test(line);
  // A bare tag after a concrete figure ("two plants keep about 90 days in a historian, correct?") or a specific claim
  // ("Surge first, dashboard second - correct?") restates an understanding to have it checked, unless it also calls
  // something fine or small ("30 days is fine, right?").
  if (!framed) return tagged && !WEAK_TRIVIALISING.test(line) && (statesFigure(line) || specificClaim(line));
  return !WEAK_TRIVIALISING.test(line) || CONCRETE_VALUE.test(line);
}

/** Content words a restated claim needs before its tag to say something specific ("Surge first, dashboard second"). */
const MIN_CLAIM_WORDS = 3;
/** Words that carry no claim of their own, for counting a claim's content words. */
const CLAIM_FILLER = new Set(
  'i we you it its it\'s this that these those the a an and or but so is are was were be been am do does did has have had will would can could should here there then just also really basically assume guess suppose presume take reckon imagine surely presumably right correct yes yeah no true of to in on for at by with as from not'.split(' '),
);

/** True when the words before a line's tag make a claim of at least MIN_CLAIM_WORDS content words. */
function specificClaim(line: string): boolean {
  const body = line.replace(BARE_TAG, '').toLowerCase();
  let count = 0;
  for (const word of body.split(/[^\p{L}\p{N}']+/u)) if (word.length > 1 && !CLAIM_FILLER.has(word)) count += 1;
  return count >= MIN_CLAIM_WORDS;
}

// A tag in the middle of a line ("Volume is small, isn't it, so ...?") and "..., that's fine?" at its end.
const MID_TAG = /[,;\u2014-]\s*((?:is|are|does|do|was|were|will|would|can|could|should|has|have)(?:n't| not) (?:it|they|we|you|that|there)|right|correct)\s*[,;\u2014-]\s*\S/i;
const DISMISSIVE_TAIL = /[,;\u2014-]\s*((?:and )?(?:nothing (?:special|fancy|more|else|complicated|unusual)|that's (?:it|all)|no more than that|no big deal|simple enough|easy enough))\s*\?+\s*$/i;
const THAT_FINE_TAG = /[,;.\u2014-]\s*((?:that's|that is|that'd be|that would be)\s+(?:fine|ok|okay|alright|all right|acceptable|enough|good))\s*\?+\s*$/i;

/**
 * The words that make a line assume its answer where question-form's tail reading misses them: a tag
 * in mid-line ("isn't it") followed by more claim, or a trailing "that's fine?" after a claim. Returns
 * the cue, or null. A tag after a real question ("What do we keep, and for how long, that's fine?")
 * or a condition ("If the report is an hour late, that's fine?") does not lead. Pure; never throws.
 */
export function assumedAnswerCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = normalise(text);
  const mid = MID_TAG.exec(line);
  const tail = THAT_FINE_TAG.exec(line) ?? DISMISSIVE_TAIL.exec(line);
  const found = mid ?? tail;
  if (!found) return null;
  const body = line.slice(0, found.index).toLowerCase();
  if (/^(?:so\s+|and\s+|but\s+)?(?:if|when|whenever|suppose|say|what|which|who|whom|whose|when|where|why|how|is|are|do|does|did|can|could|should|would|will)\b/.test(body)) return null;
  return (found[1] ?? '').trim();
}

/** A confirmation tag standing alone on its line: "Correct?", "Is that right?", "Did I get all that right?". */
const BARE_CONFIRMATION =
  /^(?:(?:so|and|ok|okay),?\s+)?(?:(?:is|was)\s+(?:that|this|all\s+(?:that|this)|everything)\s+)?(?:correct|right|accurate|true|agreed|fair)\s*\?+$|^(?:(?:so|and),?\s+)?(?:am i right|(?:have|did) i (?:got|get) (?:that|this|it|all (?:that|this)|everything) right|(?:does|do) (?:that|this|all (?:that|this)) (?:sound|look) (?:right|correct|accurate))\s*\?+$/i;

/**
 * True when the line is only a confirmation tag ("Correct?", "Is all that right?", "Did I get that right?"):
 * it asks the interviewer to confirm what came before and names nothing of its own, so it asks no topic.
 * Pure; never throws.
 */
export function isBareConfirmation(text: string): boolean {
  return typeof text === 'string' && BARE_CONFIRMATION.test(normalise(text));
}

/**
 * True when a line puts a figure of its own on the table: a standalone number ("10M users", "90 days") or a
 * number word before a unit ("three years"); a digit inside a name ("HL7", "S3") is none. A statement with
 * one is an assumption to check; without one it can only restate. Pure; never throws.
 */
export function statesFigure(text: string): boolean {
  if (typeof text !== 'string') return false;
  const line = normalise(text);
  return STANDALONE_FIGURE.test(line) || CONCRETE_VALUE.test(line.replace(/\d/g, ''));
}

/** Most lines a closing confirmation tag reaches back over: a restated brief is a paragraph, not a transcript. */
export const MAX_CONFIRMED_LINES = 8;

/**
 * The lines a later bare confirmation tag puts up for a yes ("What is being built is an analytical platform." ...
 * "Correct?"): the run of lines just before the tag that hold no "?" of their own, up to MAX_CONFIRMED_LINES,
 * whatever their first word. A candidate who closes statements with "Correct?" asserted them: they restate what
 * the candidate read and ask nothing, so none asks a topic, even one that opens with "how many" or "who". A line
 * with a figure of its own ("About 10M users a day.") is an assumption put for checking and is left out, as is
 * any line after the last tag. Returns the indexes, in order. Pure; never throws.
 */
export function linesPutForConfirmation(lines: readonly string[]): number[] {
  const confirmed = new Set<number>();
  lines.forEach((line, at) => {
    if (!isBareConfirmation(line)) return;
    for (let back = at - 1; back >= 0 && at - back <= MAX_CONFIRMED_LINES; back -= 1) {
      const earlier = lines[back];
      if (typeof earlier !== 'string' || earlier.includes('?') || isBareConfirmation(earlier)) break;
      if (!statesFigure(earlier)) confirmed.add(back);
    }
  });
  return [...confirmed].sort((a, b) => a - b);
}
