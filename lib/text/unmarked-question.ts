/**
 * Questions typed without a question mark, after a clause ("if the pipeline dies what happens, whats
 * the uptime target"). lib/text/question-form reads a line by its first word and its "?", so such a
 * line reads as a statement; an interviewer hears the question in it.
 */

// A part that opens with a question word and the verb that makes it ask ("whats", "what happens",
// "how many", "who reads"): a relative clause ("..., which handles the load", "..., where events land") does not.
const ASKING_PART =
  /^(?:and\s+|so\s+|then\s+)?(?:what(?:'?s| is| are| was| do| does| did| should| would| will| can| could| happens| happened| kind| sort| type)|how (?:many|much|long|often|fast|quickly|soon|big|bad|do|does|did|is|are|should|would|will|can|could)|who(?:'?s| is| are| will| would| should| uses| reads| consumes| owns| needs)|when (?:do|does|did|is|are|will|would|should|can|must)|where (?:do|does|did|is|are|will|would|should)|why (?:do|does|did|is|are|would|should))\b/i;

/**
 * True when a line without a question mark holds a question in one of its parts (split at commas,
 * semicolons, colons and dashes, or after an "if"/"when" condition): "if the feed stops what happens,
 * whats the uptime target". A line whose first word asks is left to question-form. Pure; never throws.
 */
export function holdsUnmarkedQuestion(text: string): boolean {
  if (typeof text !== 'string' || text.includes('?')) return false;
  const line = text.slice(0, 500).replace(/[\u2018\u2019\u02bc]/g, "'");
  const parts = line.split(/[,;:\u2014]|\s-\s/);
  if (parts.slice(1).some((part) => ASKING_PART.test(part.trim()))) return true;
  // "if the surge pipeline dies what happens": the question follows a condition with no comma.
  const condition = /^\s*(?:if|when|once|suppose|say)\b[^,;:]*?\s(what (?:happens|then|do|does|should)|how (?:bad|long|do|does|should))\b/i;
  return condition.test(line);
}
