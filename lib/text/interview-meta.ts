/**
 * Lines about the interview itself, not the case: a candidate declining to ask ("I'd rather not take up your
 * time with questions; I'll assume the usual numbers and go straight to the design") and one asking the
 * interviewer what to ask ("Is there anything you'd like me to ask?"). Neither asks the case anything, so an
 * interviewer answers no requirement. Sources: the openings of recorded mock interviews (candidates who skip
 * clarification, or hand it back to the interviewer).
 */

/** Declining to ask: not asking, skipping the questions, or going straight to the design on assumed numbers. */
const DECLINES =
  /\b(?:(?:i'd|i would|i'll|i will|let me|let's|let us|we can|i can|i'm going to|i am going to)\s+(?:rather\s+|just\s+|simply\s+)?(?:not\s+(?:ask|take up your time|bother you|waste your time)|skip\s+(?:the\s+)?(?:questions|clarif\w*|requirements)|go\s+(?:straight|directly|right)\s+(?:to|into)\s+(?:the\s+)?(?:design|architecture|drawing|diagram|solution)|jump\s+(?:straight\s+)?(?:to|into)\s+(?:the\s+)?(?:design|architecture|solution))|(?:no|without)\s+(?:need\s+for\s+|more\s+|further\s+|any\s+)?(?:questions|clarif\w*)\s+(?:needed|from me|necessary)|(?:don't|do not)\s+(?:need|have)\s+(?:to\s+ask\s+)?(?:any\s+)?(?:questions|clarif\w*))/i;

/** Handing the questions back: asking the interviewer what to ask, or whether there is something to ask. */
const ASKS_WHAT_TO_ASK =
  /\b(?:(?:you'd|you would|would you|do you|you)\s+(?:like|want|prefer)\s+me\s+to\s+(?:ask|cover|clarify)|what\s+(?:should|shall|do|would)\s+(?:i|you want me to)\s+(?:ask|clarify)|(?:should|shall|must)\s+i\s+(?:ask|clarify)\s+(?:anything|something|any\s+questions)|(?:is\s+there\s+)?anything\s+(?:else\s+)?(?:in\s+particular\s+)?(?:i\s+should|you\s+want\s+me\s+to|you'd\s+like\s+me\s+to)\s+(?:ask|clarify))\b/i;

/**
 * Handing the design back: asking the interviewer how they would build it, which tools or architecture they would
 * pick, for a design to follow, or what a good answer looks like ("How would you approach the ingestion if you were
 * me?", "Which tools would you pick to be HIPAA compliant?", "Is there a reference design you'd like me to follow?").
 * The candidate is there to make these choices; an interviewer hears no requirement asked, whatever topic the line
 * names. "Is there a reference product?" asks what the business copies (scope) and is not matched.
 */
const ASKS_FOR_SOLUTION = new RegExp(
  [
    // "how would you approach / design / handle ...", "how would you do it?" ("how do you handle it today?" asks what exists)
    String.raw`\bhow\s+(?:would|should)\s+you\s+(?:personally\s+)?(?:approach|design|architect|build|do|handle|tackle|solve|structure|implement|model|go\s+about|set\s+up)\b`,
    // "if you were me", "in my shoes", "if it were up to you"
    String.raw`\bif\s+you\s+were\s+(?:me|in\s+my\s+(?:shoes|place|position))\b|\bif\s+it\s+were\s+(?:up\s+to\s+)?you\b`,
    // "which tools would you pick", "what stack do you recommend", "what architecture do you think fits"
    String.raw`\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:tools?|stack|technolog(?:y|ies)|architecture|design|approach|pattern|framework|database|engine|solution|services?|vendor|processor|platform|broker|warehouse|orchestrator|store)\s+(?:(?:would|should)\s+you\s+(?:\w+\s+)?(?:pick|choose|use|recommend|suggest|prefer|go\s+with|advise)|do\s+you\s+(?:think|recommend|suggest|advise)|(?:would|do)\s+you\s+want\s+me\s+to\s+use)\b`,
    // "what do you think fits best", "what would you recommend" ("what do you use today?" asks what exists)
    String.raw`\bwhat\s+do\s+you\s+(?:think\s+(?:fits|works|is\s+best)|recommend|suggest|advise)\b|\bwhat\s+would\s+you\s+(?:think\s+)?(?:fits|works|is\s+best|recommend|suggest|advise|pick|choose|use|do)\b`,
    // "a reference design you'd like me to follow", "a design you want me to copy"
    String.raw`\b(?:you'd|you\s+would|would\s+you|do\s+you|you)\s+(?:like|want|prefer)\s+me\s+to\s+(?:follow|copy|use|build\s+on|reuse|mirror|implement)\b`,
    // "what would a great answer look like", "what are you looking for in an answer", "how will I be graded"
    String.raw`\bwhat\s+(?:would|does|should|will)\s+(?:a|an|the)\s+(?:great|good|strong|perfect|ideal|right|model|winning|correct)\s+(?:answer|solution|design)\s+(?:look\s+like|be|contain|include)\b|\bwhat\s+are\s+you\s+looking\s+for\s+in\s+(?:an?\s+|the\s+|my\s+)?(?:answer|solution|design|candidate)\b|\bhow\s+(?:will|would|do)\s+(?:i|you)\s+(?:be\s+)?(?:graded|scored|marked|grade|score|mark)\b`,
  ].join('|'),
  'i',
);

const normalise = (text: string) => text.slice(0, 500).replace(/[\u2018\u2019\u02bc]/g, "'");

/** Asking leave to carry on ("if that's okay with you?", "is that alright?"): no question about the case. */
const PERMISSION = /\b(?:ok|okay|alright|all right|fine|good|works?|acceptable)\b(?:\s+(?:with|for)\s+you)?\s*\?*\s*$/i;

/** A question word after the declining words ("I'll skip the questions on cost, but how many orders ...?"): the part still asks. */
const ASKS_AFTER = /\b(?:how|what|which|who|when|where|why)\b/i;

/** Whether a part declines and asks nothing after it. */
function declinesOnly(part: string): boolean {
  const found = DECLINES.exec(part);
  return found !== null && !ASKS_AFTER.test(part.slice(found.index + found[0].length));
}

/**
 * The words with which a line declines to ask and moves on to the design, or null. A line that declines and
 * still asks something ("I'll skip the questions, but how many orders a day?") is not read so: every part it
 * puts as a question must itself decline or only ask leave to carry on. Pure; never throws.
 */
export function declinesToAskCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const line = normalise(text);
  const cue = DECLINES.exec(line)?.[0];
  if (cue === undefined) return null;
  const asked = line.split(/(?<=[?.;!])/).filter((part) => part.includes('?'));
  return asked.every((part) => PERMISSION.test(part) || declinesOnly(part)) ? cue : null;
}

/** The words with which a line asks the interviewer what to ask, or null. Pure; never throws. */
export function asksWhatToAskCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  return ASKS_WHAT_TO_ASK.exec(normalise(text))?.[0] ?? null;
}

/** The words with which a line asks the interviewer to make the candidate's design choices (ASKS_FOR_SOLUTION), or null. Pure; never throws. */
export function asksForSolutionCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  return ASKS_FOR_SOLUTION.exec(normalise(text))?.[0] ?? null;
}
