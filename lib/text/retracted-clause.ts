// The clause-level question "was this taken back?" for the clarify matcher. The claims work (branch
// claims5) reads take-backs per token in lib/text/retraction.ts (readRetractions); when both land,
// isRetracted can be answered from readRetractions plus the dismissals below that it does not read
// ("doesn't matter", "no, let's ignore ..."), keeping one reader.
/**
 * Words that take back what was just said: "never mind", "scratch that", "forget it", "on second
 * thought", "doesn't matter", "skip that", "no, let's ignore ...". They count only at the start of a
 * part of the text (after a stop, comma, dash or ellipsis, optionally after "actually" / "wait" /
 * "oh"), so "Does it matter if data is late?" and "volume doesn't matter, does it?" are not
 * retractions (the second is a leading question).
 */
const RETRACTION =
  /(?:^|[.,;:!?\u2026\u2014\u2013]|\s-)\s*(?:(?:actually|wait|oh|hmm|um|ah|no|ok|okay|well)[,.!\s]+)*(?:never\s*mind|nvm|scratch\s+that|strike\s+that|forget\s+(?:it|that|about\s+(?:it|that))|on\s+second\s+thoughts?|(?:it\s+)?(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+matter|no\s+matter|(?:let'?s\s+)?(?:skip|ignore|drop|disregard)\s+(?:it|that|this)|(?:no|nah)[,.!\s]+let'?s\s+(?:ignore|skip|assume|not|just|say|drop|leave|forget|move)|ignore\s+(?:my|the)\s+(?:last\s+)?question|not\s+important|cancel\s+that|i\s+take\s+(?:it|that)\s+back)\b/i;

/**
 * Whether a clause takes back what it said ("How big is the peak, actually never mind, let's
 * assume it's modest"; "We checkpoint to S3... scratch that, we skip it"): a retraction marker
 * after some words of content. Typographic apostrophes are read as plain ones. The text is read
 * up to 1,000 characters. Pure; never throws; a non-string is not retracted.
 */
export function isRetracted(clause: string): boolean {
  if (typeof clause !== 'string') return false;
  const text = clause.slice(0, 1000).replace(/[\u2018\u2019\u02bc]/g, "'");
  const match = RETRACTION.exec(text);
  if (!match) return false;
  // Something must come before the marker: a line that opens with "never mind" withdraws nothing of its own.
  return /[\p{L}\p{N}]/u.test(text.slice(0, match.index + (match[0].match(/^[.,;:!?\u2026\u2014\u2013\s-]*/)?.[0].length ?? 0)));
}
