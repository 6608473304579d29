import { cueLine } from './normalise';

/**
 * Asks put off to later in the interview: "Later, if there's time, we could ask about retention", "Privacy we can
 * probably handle after the design", "availability we'd figure out in the next phase", "let's park the SLA for now".
 * Naming a topic and deferring it is not asking it: the interviewer answers nothing, and the requirement stays
 * unknown when the design starts. Source: interviewer rubrics for the requirements phase of a system-design interview
 * (the constraints are gathered before the design; "we'll see later" is read as not gathered).
 */

/** A time in the interview after the questions: after the design, in a next phase, if there is time, another time. */
const INTERVIEW_LATER =
  String.raw`(?:after\s+(?:the|this|our|a)\s+(?:design|diagram|architecture|first\s+draft|whiteboard|high[-\s]level\s+(?:design|part))|once\s+(?:the|we\s+have\s+(?:a|the))\s+(?:design|architecture|diagram)(?:\s+is\s+(?:done|settled|drawn))?|in\s+(?:the|a)\s+(?:next|later|second|following)\s+(?:phase|step|round|iteration|stage|session|part)|if\s+(?:there's|there\s+is|we\s+have|we've\s+got|time\s+allows)(?:\s+(?:some\s+)?time)?|time\s+permitting|another\s+time|down\s+the\s+(?:line|road)|at\s+the\s+end|for\s+(?:later|now)|(?:a\s+bit\s+|much\s+)?later\s+on|later|afterwards|after\s+that)`;

/** Verbs of the interview itself: asking, discussing, coming back to a topic. */
const INTERVIEW_VERB =
  String.raw`(?:ask(?:\s+about)?|come\s+back\s+to|get\s+(?:back\s+)?to|go\s+(?:back\s+)?(?:into|over)|discuss|cover|revisit|talk\s+about|touch\s+on|look\s+(?:at|into)|check|clarify|dig\s+into|handle|figure(?:\s+\w+)?\s+out|sort(?:\s+\w+)?\s+out|deal\s+with|worry\s+about|think\s+about|address|tackle|pin\s+down|work\s+out)`;

/** The asker promising the topic for later: "we could ask", "I'll come back to", "we'd figure out", "let's handle". */
const PROMISER = String.raw`(?:we|i)(?:'ll|'d|\s+will|\s+would|\s+could|\s+can|\s+might|\s+may|\s+should|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|'m\s+going\s+to)|let's|let\s+us|we\s+(?:can|could)\s+(?:always|just)`;

const DEFERRALS: readonly RegExp[] = [
  // "we could ask about retention later", "Later, if there's time, we could ask about retention", "privacy we can handle after the design"
  new RegExp(String.raw`\b(?:${PROMISER})\s+(?:probably\s+|maybe\s+|just\s+|also\s+|then\s+|easily\s+|always\s+|rather\s+|prefer\s+to\s+)*${INTERVIEW_VERB}\b[^?]*?\b${INTERVIEW_LATER}\b`, 'i'),
  new RegExp(String.raw`\b${INTERVIEW_LATER}\b[^?]*?\b(?:${PROMISER})\s+(?:probably\s+|maybe\s+|just\s+|also\s+|then\s+|easily\s+|always\s+|rather\s+|prefer\s+to\s+)*${INTERVIEW_VERB}\b`, 'i'),
  // "I'll come back to it", "let's park retention", "we can leave GDPR for later", "I'll save the SLA for the end"
  new RegExp(String.raw`\b(?:${PROMISER})\s+(?:probably\s+|maybe\s+|just\s+)*(?:come\s+back\s+to\s+(?:it|that|this|them|those)|park|defer|postpone|put\s+off|leave\s+\S+(?:\s+\S+){0,3}\s+(?:for\s+(?:later|now|the\s+end|another\s+time)|aside|until)|save\s+\S+(?:\s+\S+){0,3}\s+for\s+(?:later|the\s+end|another\s+time))\b`, 'i'),
  // "retention can wait", "privacy is for later", "availability: next phase"
  /\b(?:can|could|will\s+have\s+to)\s+wait\s*(?:until|till|for)?\s*(?:later|the\s+design|after|the\s+end|next)?\b(?![^?]*\?)|\b(?:is|are)\s+(?:one\s+)?for\s+(?:later|another\s+time|the\s+next\s+phase)\b/i,
];

/** A question mark in the stretch: "can we come back to it later?" asks leave to defer, and still asks no requirement. */
const PARTS = /(?<=[.;!?])\s+|\s+[\u2013\u2014-]\s+|;\s*/;

/** A word every deferral holds (a time after the questions, or a verb of putting off). */
const MAY_DEFER = /\b(?:later|after|once|afterwards|next|time|end|permitting|line|road|now|park|defer|postpone|put\s+off|leave|save|come\s+back|wait)\b/i;

/** A deferral whose object is the topic named just before it: "let's park those", "I'll come back to it". */
const POINTS_BACK = /\b(?:it|that|this|those|these|them)\b/i;

/** The parts of a line (sentences, semicolon and dash-set parts), trimmed, empty ones dropped. */
function partsOf(line: string): string[] {
  return line.split(PARTS).map((part) => part.trim()).filter((part) => part !== '');
}

/** The words of a part that defer it, or null. */
function deferralCue(part: string): string | null {
  for (const pattern of DEFERRALS) {
    const found = pattern.exec(part);
    if (found) return found[0].trim();
  }
  return null;
}

/**
 * A line read for asks put off until later: `kept` is the line without its deferred parts (sentences, semicolon
 * or dash-set parts that defer: "Later, if there's time, we could ask about retention - I'll come back to it."),
 * `deferred` the parts dropped, verbatim and in order; a deferral pointing back ("- let's park those") drops the
 * part before it with it, unless that part was a question. A line with no deferral comes back whole with `deferred`
 * empty; one made only of deferrals comes back with `kept` empty. A time in the system ("do late events arrive
 * later?", "do we reprocess later in a batch?") defers nothing: the deferral must put off an interview verb (ask,
 * discuss, come back to, handle, figure out) by the asker ("we", "I", "let's") or say the topic can wait. Reads
 * the first 500 characters. Pure; never throws; a non-string defers nothing.
 */
export function readDeferredAsks(text: string): { kept: string; deferred: string[] } {
  if (typeof text !== 'string') return { kept: '', deferred: [] };
  const line = cueLine(text).trim();
  // Every deferral holds one of these words: most lines hold none and are not read further.
  if (!MAY_DEFER.test(line)) return { kept: text, deferred: [] };
  const parts = partsOf(line);
  const deferring = parts.map((part) => deferralCue(part) !== null);
  // A deferral pointing back ("Late readings and the OT rules - let's park those") puts off the topic named before it, unless that was asked.
  parts.forEach((part, at) => {
    const before = parts[at - 1];
    if (deferring[at] && at > 0 && before !== undefined && !before.endsWith('?') && POINTS_BACK.test(part)) deferring[at - 1] = true;
  });
  const deferred = parts.filter((_, at) => deferring[at]);
  if (deferred.length === 0) return { kept: text, deferred: [] };
  return { kept: parts.filter((_, at) => !deferring[at]).join(' '), deferred };
}
