/** Longest text the analysers look at; anything longer is cut so hostile input stays cheap. */
export const DEFAULT_MAX_CHARS = 2000;

// British -ise spellings become -ize so "prioritise" and "prioritize" stem alike. Applied to
// every word the same way, so an odd rewrite ("premise" -> "premize") is harmless.
export const BRITISH_ISE = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;

/**
 * Texts normalised, kept for the process: one line is normalised by many readers (its form, each cue, its
 * clauses, case fit), and a re-grade reads the same lines again. Strings are immutable, so sharing is safe.
 */
const normalised = new Map<string, string>();
/** Bound on `normalised`; past it the map starts again. */
const MAX_NORMALISED = 4096;
/** Texts longer than this are normalised every time rather than kept (a pasted page would crowd out the lines). */
const MAX_KEPT_CHARS = 2000;

/**
 * Lower-cases and simplifies text so that later steps see plain words: accents dropped,
 * camelCase split ("orderItem" -> "order item"), contractions opened ("can't" and "cannot" -> "can not"), "200GB" split into
 * "200 gb", "%" spelled out, and every other symbol turned into a space.
 */
export function normaliseText(raw: string, maxChars = DEFAULT_MAX_CHARS): string {
  const cut = typeof raw === 'string' ? raw.slice(0, Math.max(0, maxChars)) : '';
  if (cut.length > MAX_KEPT_CHARS) return normaliseUncached(cut);
  const known = normalised.get(cut);
  if (known !== undefined) return known;
  const plain = normaliseUncached(cut);
  if (normalised.size >= MAX_NORMALISED) normalised.clear();
  normalised.set(cut, plain);
  return plain;
}

function normaliseUncached(cut: string): string {
  const text = cut
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // Spelled as the tokens of a text spell them (tokens.ts), so a phrase and a text with "can't", "cannot" or "can not" agree.
    .replace(/\b(?:can't|cannot)\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/\bain't\b/g, 'is not')
    .replace(/n't\b/g, ' not')
    .replace(/'(s|re|ll|d|ve|m)\b/g, ' ')
    .replace(/%/g, ' percent ')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    // "200gb" -> "200 gb", "10x" -> "10 x"; but "p99", "s3" and "ec2" stay whole.
    .replace(/(\d)([a-z])/g, '$1 $2')
    // Keep decimal points inside numbers ("99.9"); every other symbol separates words.
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/[^a-z0-9\u0000]+/g, ' ')
    .replace(/\u0000/g, '.')
    .trim();
  return text
    .split(' ')
    .map((word) => word.replace(BRITISH_ISE, '$1iz$2'))
    .join(' ');
}

/**
 * The start of a line as the cue readers see it: the first `maxChars` characters (default 500), with
 * typographic apostrophes (‘ ’) made plain so "what’s" reads as "what's". Pure; never throws.
 */
export function cueLine(text: string, maxChars = 500): string {
  return typeof text === 'string' ? text.slice(0, maxChars).replace(/[\u2018\u2019]/g, "'") : '';
}

/**
 * The words of the first of `patterns` (tried in order; none may be global) that matches `text`'s cue line (see
 * `cueLine`; `trimmed` trims it first, for patterns anchored at its start), or null when none matches or `text` is
 * not a string. The one loop behind each clarify cue reader ("who may see ...", "who owns ...", "I'm worried ...").
 * Pure; never throws.
 */
export function firstCue(text: string, patterns: readonly RegExp[], trimmed = false): string | null {
  if (typeof text !== 'string') return null;
  const line = trimmed ? cueLine(text).trim() : cueLine(text);
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    if (match) return match[0];
  }
  return null;
}

/** Splits normalised text into words. */
export function tokenise(normalised: string): string[] {
  return normalised.split(' ').filter((word) => word.length > 0);
}
