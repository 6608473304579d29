import { cueLine } from './normalise';

/**
 * A data subject's request about their own personal data: to be erased or forgotten, to have an account
 * wiped, to opt out of tracking or withdraw consent, to get a copy of what is held. Whatever else a line
 * asks about such a request (how fast it must be honoured, whether data is kept, what we owe), an
 * interviewer hears a privacy question: the deadline and what survives it are the privacy duty (GDPR
 * articles 15-17 and 21, CCPA's right to delete and to opt out; the usual wording of privacy notices).
 */

// Each alternative names the request itself in a privacy word. Deleting ("delete their personal data",
// "purge old partitions") is read as retention, the data's life cycle, unless a privacy word comes with it.
const PRIVACY_REQUEST = new RegExp(
  [
    String.raw`right to (?:be forgotten|erasure|deletion|delete|object)`,
    String.raw`\berasure\b`,
    String.raw`\beras(?:e|es|ed|ing)\b`,
    String.raw`\bforget (?:them|him|her|me|us|the (?:customer|user|rider|driver|patient|cardholder|operator|person))\b`,
    String.raw`\b(?:be|being|get|gets|getting) forgotten\b`,
    String.raw`\bwip(?:e|es|ed|ing) (?:out )?(?:their|his|her|my|the (?:customer|user|person)'?s?)\b`,
    String.raw`\b(?:their|his|her|my|personal) (?:account|profile|data|records?|history|details) (?:to be |be |being |is |are )?(?:wiped|erased)\b`,
    String.raw`\b(?:erasure|privacy|data subject|subject access) requests?\b`,
    String.raw`\bdsars?\b`,
    String.raw`\bopt(?:s|ed|ing)? out\b`,
    String.raw`\bopt-out\b`,
    String.raw`\bstop (?:tracking|collecting|processing|storing) (?:them|him|her|me|their|his|her)\b`,
    String.raw`\bdo not track\b`,
    String.raw`\bwithdraw(?:s|n|ing)? (?:their |his |her |my )?consent\b`,
    String.raw`\bconsent (?:is )?withdrawn\b`,
  ].join('|'),
  'i',
);

/**
 * The words naming a data subject's privacy request in `text` ("right to erasure", "forget them",
 * "stop tracking them"), or null. Reads the first 500 characters. Pure; never throws.
 */
export function privacyRequestCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = PRIVACY_REQUEST.exec(cueLine(text));
  return match ? match[0] : null;
}

/**
 * A person asking us to delete what we hold on them, in plain words ("can a driver ask us to delete their location
 * history?", "a customer requests their account to be removed"): a data subject's request all the same, though no
 * privacy word names it. Kept apart from PRIVACY_REQUEST, whose words route a line to the facts a case wrote about
 * such requests; a plain deletion ask is the privacy duty itself.
 */
const DELETION_ASK = new RegExp(
  [
    String.raw`\b(?:ask|asks|asked|asking|request|requests|requested|requesting|demand|demands|tell|tells)\s+(?:us\s+|for\s+)?(?:to\s+)?(?:have\s+)?(?:delete|remove|purge|erase|wipe)\s+(?:all\s+(?:of\s+)?)?(?:their|his|her|my)\b`,
    String.raw`\b(?:ask|asks|asked|asking|request|requests|requested|requesting)\s+(?:for\s+)?(?:their|his|her|my)\s+(?:\w+\s+){0,2}(?:data|history|records?|account|profile|details)\s+(?:to\s+be\s+)?(?:deleted|removed|purged)\b`,
  ].join('|'),
  'i',
);

/** The words of a plain deletion ask (see DELETION_ASK), or null. Reads the first 500 characters. Pure; never throws. */
export function deletionAskCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = DELETION_ASK.exec(cueLine(text));
  return match ? match[0] : null;
}

/** Words in a fact's text that say how a data subject's request is handled ("Erasure requests must be honoured"). */
const DESCRIBES_REQUEST = /\b(?:erasure|erase|erased|forgotten|opt[- ]out|consent)\b/i;

/** Whether a fact's text says how a data subject's request is handled. Pure; never throws. */
export function describesPrivacyRequest(text: string): boolean {
  return typeof text === 'string' && DESCRIBES_REQUEST.test(text);
}
