import { cueLine } from './normalise';

/**
 * Data that turns up late, out of order or changed after it first arrived: "do the pings just show up
 * late", "arrive out of order", "turn up hours later", "can a result be corrected after we get it". Each
 * case says in its own facts where that is answered (a freshness fact, a format fact describing the
 * feed, a fact about corrections), so readers pair this cue with the fact whose text describes late or
 * revised data (`describesLateData`). General English only; sources: the event-time vocabulary of stream
 * processing (late and out-of-order events, restatements).
 */

const LATE_ARRIVAL = new RegExp(
  [
    String.raw`\bout of order\b`,
    String.raw`\blate[- ]arriving\b`,
    String.raw`\b(?:arriv(?:e|es|ed|ing)|show(?:s|ed|ing)? up|turn(?:s|ed|ing)? up|com(?:e|es|ing) in|came in|land(?:s|ed|ing)?|trickl(?:e|es|ed|ing) in|get(?:s)? to us|reach(?:es)? us)\s+(?:\w+\s+){0,2}?(?:late|later|delayed|out of order|in a burst|all at once)\b`,
    String.raw`\b(?:corrected|amended|revised|restated|retracted)\b`,
    // A device out of reach for a while sends what it held once it is back: "loses signal in a tunnel", "no coverage for a few minutes".
    String.raw`\blos(?:e|es|ing|t) (?:its |their |the |his |her |all )?(?:signal|coverage|reception|gps|mobile data)\b`,
    String.raw`\bno (?:signal|coverage|reception|mobile data)\b`,
    String.raw`\b(?:into|through|in|inside) (?:a |the )?tunnels?\b`,
    String.raw`\b(?:change|changes|changed|get updated|gets updated|be updated|be corrected) (?:after|once|later)\b`,
  ].join('|'),
  'i',
);

/** Words in a fact's text that describe late, out-of-order or revised data. */
const DESCRIBES_LATE = /\b(?:late|out of order|correct(?:s|ed|ion|ions)?|amend(?:s|ed|ment|ments)?|revis(?:e|es|ed|ion|ions)|restate(?:s|d|ment)?)\b/i;

/**
 * The words with which `text` asks about data arriving late, out of order or revised after arrival, or about a
 * device out of reach for a while (it sends what it held once back: "loses signal in a tunnel"), or
 * null. Reads the first 500 characters. Pure; never throws.
 */
export function lateArrivalCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = LATE_ARRIVAL.exec(cueLine(text));
  return match ? match[0] : null;
}

/** Whether a fact's text describes late, out-of-order or revised data. Pure; never throws. */
export function describesLateData(text: string): boolean {
  return typeof text === 'string' && DESCRIBES_LATE.test(text);
}
