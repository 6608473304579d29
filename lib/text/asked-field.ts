/**
 * Whether a short text put where a decision belongs (a form field of a design) only asks: every sentence in it is a
 * question, so it proposes nothing ("Should we stream the ledger?", "What SLA do they need?", "Kafka or Kinesis?").
 * A sentence asks when it ends with "?" or opens with an interrogative or an inverted auxiliary ("what freshness do
 * the analysts expect", "do we need CDC here"). A text that asks and then answers ("Stream the ledger? Yes, via CDC,
 * since ...") decides, so it is not only asking. Interviewers read such fields as questions for them, not a design.
 */

/** Words that open a direct question: interrogatives and auxiliaries put before their subject. */
const QUESTION_OPENER =
  /^(?:what|whats|what's|which|who|whom|whose|when|where|why|how|should|shall|do|does|did|is|are|was|were|can|could|would|will|must|may|might|have|has)\b/i;
/** An auxiliary opener only asks when a subject follows it ("do we", "is it", "should the ledger"), not in "Do nightly loads". */
const INVERTED_SUBJECT = /^(?:should|shall|do|does|did|is|are|was|were|can|could|would|will|must|may|might|have|has)\s+(?:we|i|you|they|it|there|this|that|these|those|the|our|their|a|an|each|every|any)\b/i;
const WH_OPENER = /^(?:what|whats|what's|which|who|whom|whose|when|where|why|how)\b/i;

/** The sentences of a field: cut after ? ! . ; and at line breaks, blank ones dropped. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[?!;])|(?<=\.)(?!\d)|\n+/)
    .map((part) => part.trim().replace(/^[-*\u2022\d.)\s]+/, '').trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** Whether one sentence asks: it ends with "?", or opens with an interrogative, or with an auxiliary before its subject. */
function asks(sentence: string): boolean {
  if (sentence.endsWith('?')) return true;
  if (!QUESTION_OPENER.test(sentence)) return false;
  return WH_OPENER.test(sentence) || INVERTED_SUBJECT.test(sentence);
}

/**
 * Whether `text` only asks (see the module comment). Input: one field's text. Output: true when it has at least one
 * sentence and every sentence asks; false for a blank text, a non-string, or any sentence that states or decides.
 * Pure; never throws.
 */
export function onlyAsks(text: string): boolean {
  if (typeof text !== 'string') return false;
  const sentences = sentencesOf(text);
  return sentences.length > 0 && sentences.every(asks);
}
