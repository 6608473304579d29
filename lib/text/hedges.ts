/**
 * Hedges: words with which a learner declines to commit to an answer ("I don't know", "no idea",
 * "not sure", "maybe", "either 2 or 3", "3?"). A graded answer has to commit; a hedge is never a
 * right answer, whatever else the text contains. Self-contained on purpose: it reads the raw text
 * (so it can quote the learner's own words) and needs no other part of lib/text.
 */

/** The longest text looked at; hedges sit in short answers, and a cap keeps hostile input cheap. */
const MAX_CHARS = 2000;

/** Each pattern runs on lower-cased text with curly apostrophes straightened. */
const HEDGE_PATTERNS: readonly RegExp[] = [
  /\b(?:i\s+)?(?:do\s*not|don'?t|did\s*not|didn'?t|not)\s+(?:really\s+)?know\b/,
  /\b(?:idk|dunno|dno)\b/,
  /\bno\s+(?:real\s+)?(?:idea|clue)\b/,
  /\bnot\s+a\s+clue\b/,
  /\bclueless\b/,
  /\bnot\s+(?:really\s+|entirely\s+|totally\s+|completely\s+|quite\s+|100\s*%\s+)?(?:sure|certain)\b/,
  /\b(?:unsure|uncertain)\b/,
  /\b(?:maybe|perhaps|possibly|probably)\b/,
  /\b(?:i\s+)?guess(?:ing|ed)?\b/,
  /\b(?:can\s*not|can'?t|could\s*not|couldn'?t)\s+(?:tell|say|remember|recall|work\s+(?:it\s+)?out)\b/,
  /\bhard\s+to\s+(?:say|tell)\b/,
  /\bwho\s+knows\b/,
  /\bbeats\s+me\b/,
  /\bno\s+(?:answer|comment)\b/,
  /\beither\b[^.;\n]{0,80}\bor\b(?:\s+[^\s,.;]+)?/,
  /^\s*(?:pass|skip|tbd|\?+|\.{3}|…)\s*[.!]?\s*$/,
  /\?\s*$/,
];

/** A hedge found in an answer: `phrase` is the learner's own words as written. */
export interface Hedge {
  phrase: string;
}

/**
 * Finds the first hedge in a learner's answer, or undefined when the answer commits.
 * Input: any string (non-strings and empty text give undefined). Output: the matched words,
 * quoted from the original text, so feedback can say what was read as a hedge.
 */
export function findHedge(text: string): Hedge | undefined {
  if (typeof text !== 'string') return undefined;
  const raw = text.slice(0, MAX_CHARS);
  // Same length as raw, so match offsets point into the learner's text.
  const lower = raw.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  let best: { at: number; length: number } | undefined;
  for (const pattern of HEDGE_PATTERNS) {
    const match = pattern.exec(lower);
    if (match && (best === undefined || match.index < best.at)) best = { at: match.index, length: match[0].length };
  }
  if (best === undefined) return undefined;
  // Lower-casing a few letters changes the length; then quote the lower-cased words instead.
  const source = lower.length === raw.length ? raw : lower;
  const phrase = source.slice(best.at, best.at + best.length).trim();
  return { phrase: phrase === '' ? raw.trim() : phrase };
}
