import { cueLine } from './normalise';

/**
 * The premise of a question: the condition or moment it is asked under, as against what it asks.
 *
 * "During a sale, how old can a stock figure be before ops pulls the wrong product?" asks how old a
 * figure may be (freshness); the sale and the wrong product only set the scene. "If this breaks for an
 * hour on sale day, what does it cost us?" asks the cost of a failure: here the premise names what the
 * question is about, because the asked part ("what does it cost") names nothing of its own. Readers
 * weigh the asked part first and read the premise for what it names (a failure, a delay).
 */

export type PremiseSplit = {
  /** What the line asks, without its premises; the whole line when it has none. */
  core: string;
  /** Conditions and moments the line is asked under ("if this breaks for an hour", "before the network times out"). */
  premises: string[];
};

// A premise that opens the line runs to the first comma: "If ..., what ...?", "During a sale, how ...?".
const LEADING_PREMISE =
  /^\s*((?:and\s+|so\s+|but\s+)?(?:if|when|whenever|once|after|before|during|while|in case|from the moment|the moment|as soon as|unless|assuming|given that|suppose)\b[^,;?]{2,}?)\s*[,;]\s*(.+)$/i;
// A premise that closes the line: "..., how old can it be before ops pulls the wrong product?".
const TRAILING_PREMISE = /^(.{8,}?\S)\s*,?\s+((?:before|after|once|if|when|whenever|unless|in case|so that)\b[^?]*?)\s*(\?*)\s*$/i;
// "When do we need it, ...?" opens with a question, not a moment.
const QUESTION_OPENING = /^\s*(?:and\s+|so\s+|but\s+)?(?:when|before|after|once|while)\s+(?:do|does|did|is|are|was|were|will|would|should|must|can|could|has|have|had)\b/i;
// A scene set out before a dash or colon, then the question: "a nurse discharges a patient at 10:02 - when must the
// bed show as free?". The scene is a statement of five words or more (not itself a question, not a bare topic label
// like "GDPR erasure - ..."), and what follows opens as a question.
const SCENE_PREMISE =
  /^\s*((?!(?:what|when|where|who|whom|whose|which|why|how|do|does|did|is|are|was|were|can|could|should|must|will|would|have|has|any|and|so|but)\b)(?:[^?:;]|(?<=\d):(?=\d)){12,}?)\s+[-\u2013\u2014:]\s+((?:what|when|where|who|which|why|how|by when|do|does|did|is|are|can|could|should|must|will|would)\b[^]*\?\s*)$/i;
/** Fewest words a scene must have to be read as one (a bare label before a dash names the topic). */
const SCENE_MIN_WORDS = 5;
// "if" after these is an indirect question ("ask if", "know whether"), not a condition.
const INDIRECT_QUESTION_VERB = /\b(?:ask|asking|know|check|wonder|wondering|see|tell me|find out|sure|unclear|decide)\s*$/i;

/**
 * Splits a line into what it asks (`core`) and the conditions and moments it is asked under
 * (`premises`): one leading clause ("If the feed dies, ...", "During a sale, ...", or a scene set out before a dash,
 * "a concert ends at 22:30 - when must surge show it?") and one trailing
 * clause ("... before the network times out?"). A line with nothing left to ask once a premise is cut
 * keeps it ("How long until marketing can see it?" has no premise). Pure; never throws.
 */
export function splitPremise(text: string): PremiseSplit {
  if (typeof text !== 'string') return { core: '', premises: [] };
  let core = text.trim();
  const premises: string[] = [];
  const leading = LEADING_PREMISE.exec(core);
  if (leading?.[1] && leading[2] && !QUESTION_OPENING.test(core) && /[\p{L}]{2,}/u.test(leading[2])) {
    premises.push(leading[1].trim());
    core = leading[2].trim();
  }
  const scene = premises.length === 0 ? SCENE_PREMISE.exec(core) : null;
  if (scene?.[1] && scene[2] && scene[1].trim().split(/\s+/).length >= SCENE_MIN_WORDS) {
    premises.push(scene[1].trim());
    core = scene[2].trim();
  }
  const trailing = TRAILING_PREMISE.exec(core);
  if (trailing?.[1] && trailing[2] && !INDIRECT_QUESTION_VERB.test(trailing[1]) && trailing[1].split(/\s+/).length >= 3) {
    premises.push(trailing[2].trim());
    core = `${trailing[1].trim()}${trailing[3] ?? ''}`;
  }
  return { core, premises };
}

/** Words that say something stopped working: a premise made of them asks what a failure costs. */
const FAILURE_STATE =
  /\b(?:down|goes down|went down|fails?|failed|failing|failure|breaks?|broke|broken|crash(?:es|ed)?|unreachable|unavailable|offline|outage|stalls?|stalled|stuck|dies|died|dead|blank|goes dark|stops?|stopped|disconnect(?:s|ed)?|loses? (?:its |the |their )?(?:connection|uplink|link|network)|cut off|not (?:available|reachable|running|working)|is out)\b/i;
/** Words that say the data came late: a premise made of them asks what a delay costs. */
const LATENESS_STATE = /\b(?:late|delayed|stale|behind|out of date|slow(?:er)?|lag(?:s|ging)?|not (?:fresh|ready|updated|up to date))\b/i;

/**
 * Words that say a message was handed over and its receipt confirmed: what the sender still holds after
 * that ("does it keep a copy, or is it gone?") is whether a message can be lost, not how long data is kept.
 */
const HANDOFF_STATE = /\b(?:ack|acks|acked|ack'd|acknowledge|acknowledges|acknowledged|acknowledging|confirm(?:s|ed)? (?:receipt|delivery)|commit(?:s|ted)? the offset)\b/i;

/** Whether a question's core asks what we keep or for how long ("Once we ACK, how long do we keep the raw copy?"): retention, even after a hand-over. Pure. */
export function asksOurKeeping(core: string): boolean {
  return /\b(?:we|us|our|ours|how long)\b/i.test(core);
}

/** What a premise names: a failure, a delay, or a confirmed hand-over (an ACK); null otherwise. Pure; never throws. */
export function premiseState(premise: string): 'failure' | 'lateness' | 'handoff' | null {
  if (typeof premise !== 'string') return null;
  if (FAILURE_STATE.test(premise)) return 'failure';
  if (LATENESS_STATE.test(premise)) return 'lateness';
  if (HANDOFF_STATE.test(premise)) return 'handoff';
  return null;
}

/**
 * What a situation leads to, asked without naming a topic: "what happens on the wards?", "what does the
 * business feel?", "who notices?", "how much money do we lose?". Under a premise such a question asks
 * about the premise (a failure: availability; a delay: freshness).
 */
const CONSEQUENCE =
  /\b(?:what (?:happens|would happen|will happen|breaks|goes wrong|is the (?:impact|damage|fallout|cost))|what(?:'s| is) the (?:impact|damage|fallout|cost)|what do(?:es)? (?:\w+ ){0,3}(?:feel|notice|lose|suffer)|who (?:notices|would notice|feels it|suffers|is (?:hit|affected|hurt))|how (?:bad|painful|much (?:\w+ ){0,3}(?:lose|cost|hurt))|(?:does|would|will) (?:it|that|anyone|anybody) (?:notice|care|matter|hurt))\b/i;

/** Whether the asked part of a line only asks what a situation leads to (see CONSEQUENCE). Pure; never throws. */
export function asksConsequence(core: string): boolean {
  return typeof core === 'string' && CONSEQUENCE.test(cueLine(core));
}
