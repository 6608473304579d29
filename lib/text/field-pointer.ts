// "see reason", "see the reasoning below", "in the reason field", "described in the notes", "refer to the why",
// "explained below": a field that hands the reader to another field of the same form.
const TO_FIELD =
  /^(?:please\s+)?(?:see|refer\s+to|check|read|as\s+(?:in|per)|described\s+in|explained\s+in|covered\s+in|details?\s+in|in)\s+(?:the\s+)?(?:reason(?:ing)?|why|rationale|notes?|text|paragraph|description|design|explanation|details?|below|above)(?:\s+(?:field|section|box|below|above))?\W*$/i;
// "see above", "as above", "same as above", "ditto", "above": the pointers to a field before or after this one.
const NEARBY = /^(?:(?:see|as)\s+(?:above|below)|above|below|same(?:\s+as\s+(?:above|below))?|ditto)\W*$/i;
const EXPLAINED = /^(?:explained|described|covered|detailed)\s+(?:below|above|in\s+(?:the\s+)?(?:reason(?:ing)?|notes?|text))\W*$/i;

/**
 * Whether a form field says nothing of its own but hands the reader to another field: "see reason", "see the
 * reasoning below", "as in the notes", "explained below", "see above", "ditto". The content it points at is the
 * learner's answer for this field too. "n/a" or "-" points nowhere: it says the field does not apply. Pure; never throws.
 */
export function pointsToOtherField(text: string): boolean {
  const trimmed = (typeof text === 'string' ? text : '').trim();
  return trimmed !== '' && (NEARBY.test(trimmed) || TO_FIELD.test(trimmed) || EXPLAINED.test(trimmed));
}
