/**
 * Units as people say them rather than write them: "99.95 percent", "430 gigabytes a day", "one row an hour",
 * "5 MB/s, per day" (the rate is the same whichever period it is quoted over). Rewritten to the notation the
 * expression reader takes (`99.95 %`, `430 gigabytes per day`), after numbers in words have become digits
 * (spelled-numbers.ts).
 */

const TIME = '(?:second|minute|hour|day|week|month|year)';

/** `99.95 percent`, `5 per cent` after a number. */
const PERCENT = /(\d)\s*(?:percent|per\s+cent)\b/gi;
/** `gigabytes a day`, `row an hour`, `readings every second`: a word, then a/an/every/each and one period. */
const A_PERIOD = new RegExp(`([A-Za-z])\\s+(?:an?|every|each)\\s+(${TIME})\\b`, 'gi');
/** `..., per day` or `..., a day` closing the expression: the period the rate is quoted over. */
const QUOTED_OVER = new RegExp(`\\s*,\\s*(?:per|an?)\\s+${TIME}s?\\s*$`, 'i');

/** Words before "a day" that do not make a rate of it: "in a day", "once a day", "twice an hour". */
const NOT_RATE_WORDS = new Set(['in', 'for', 'over', 'of', 'per', 'within', 'once', 'twice', 'than', 'to', 'by', 'during', 'across']);

/** The result of rewriting spoken units. */
export interface SpokenUnits {
  text: string;
  /** One note per kind of rewrite made. */
  notes: string[];
}

/**
 * Rewrites spoken units: "percent" -> `%`, "a day" / "an hour" / "every second" after a word -> `per day`,
 * and a closing ", per day" is dropped with a note (a data rate is one quantity whatever period it is quoted
 * over). Text without them comes back unchanged.
 */
export function readSpokenUnits(text: string): SpokenUnits {
  const notes: string[] = [];
  let out = text.replace(PERCENT, '$1 %');
  if (out !== text) notes.push('percent was read as %');
  const before = out;
  out = out.replace(A_PERIOD, (whole: string, last: string, period: string, at: number) => {
    // "in a day", "once a day" keep their words: only a unit or a noun before "a day" makes a rate.
    const word = /[A-Za-z]+$/.exec(out.slice(0, at + 1))?.[0].toLowerCase() ?? '';
    return NOT_RATE_WORDS.has(word) ? whole : `${last} per ${period}`;
  });
  if (out !== before) notes.push('"a day" (or an hour, every second) after a unit was read as per day');
  const quoted = QUOTED_OVER.exec(out);
  if (quoted !== null && /\d/.test(out.slice(0, quoted.index))) {
    notes.push(`"${quoted[0].trim()}" at the end was read as the period the rate is quoted over: the rate is the same over any period`);
    out = out.slice(0, quoted.index);
  }
  return { text: out, notes };
}
