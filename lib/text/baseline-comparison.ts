import { cueLine } from './normalise';

/**
 * A quantity asked against its usual level or at its extreme: "compared to a normal Tuesday", "how
 * much busier than overnight", "how many more requests when it rains", "the worst hour we've ever
 * seen", "the biggest day of the year". Asked of a volume, that is the peak (the growth-and-peaks
 * question of every interview guide), not today's average. General English only: comparatives and
 * superlatives with a baseline or a stretch of time; what is measured is for the caller to read.
 */

const BASELINES =
  String.raw`(?:an? |the )?(?:normal|usual|typical|regular|ordinary|average|quiet|slow|calm|standard|off[- ]peak|everyday|other|rest of the)\b|` +
  String.raw`(?:(?:an? |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekdays|weekend|weekends|overnight|night|nights|morning|mornings|afternoon|afternoons|evening|evenings|day|days|daytime|shift|shifts|hour|hours|week|weeks|month|months|usual|normal|average|baseline|today|the rest|other days|other times|last (?:year|month|week|season)|a year ago))\b`;

// What a level is compared with after "than": the usual level or a part of the day or week, never a bare length ("a month").
const PARTS_OF_TIME =
  String.raw`(?:an? |the )?(?:normal|usual|typical|regular|ordinary|average|quiet|slow|calm|off[- ]peak|everyday)\b|` +
  String.raw`(?:an? |the |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekdays|weekend|weekends|overnight|nights?|mornings?|afternoons?|evenings?|daytime|day shifts?|night shifts?|usual|normal|average|baseline|last (?:year|month|week|season)|a year ago|other days|other times|the rest)\b`;

const COMPARED = new RegExp(
  [
    // "compared to a normal Tuesday", "versus a quiet night", "relative to an average day".
    String.raw`\b(?:compared (?:to|with)|compare(?:s)? (?:to|with)|in comparison (?:to|with)|versus|vs\.?|relative to|against)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:${BASELINES})`,
    // "busier than overnight", "more than a normal day", "heavier than usual".
    // "busier than overnight", "fewer readings than day shifts"; "more than a month" is a length, not a baseline.
    String.raw`\b(?:busier|heavier|higher|bigger|larger|greater|worse|louder|denser|fuller|quieter|lighter|lower)\s+(?:\w+\s+){0,4}?than\s+(?:${PARTS_OF_TIME})`,
    String.raw`\b(?:more|fewer|less)\s+(?:\w+\s+){1,4}?than\s+(?:${PARTS_OF_TIME})`,
    // "how many more requests", "how much busier", "how much does demand jump".
    String.raw`\bhow (?:many|much) (?:more|busier|heavier|higher|bigger|larger|worse|extra)\b`,
    String.raw`\bhow many times (?:more|higher|bigger|busier|the)\b`,
    // The extreme of a stretch of time: "the worst hour", "biggest day of the year", "busiest minute".
    // Any "-iest" superlative but "earliest" ("the craziest shopping day"), and the irregular ones.
    String.raw`\b(?:(?!earliest)[a-z]+iest|worst|biggest|largest|highest|greatest|hottest|strongest|wildest|maximum|max|peak|record)\s+(?:\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|season|period|moment|time|times|stretch)s?\b`,
    // "the worst-case rate", "at its highest", "absolute max".
    String.raw`\b(?:worst[- ]case|worst case|at (?:its|their) (?:highest|busiest|worst|peak)|absolute (?:max|maximum|peak))\b`,
    String.raw`\b(?:ever seen|ever had|ever recorded|ever hit|all[- ]time high|on record)\b`,
    // "goes through the roof", "jumps", "shoots up".
    String.raw`\b(?:through the roof|shoot(?:s)? up|jump(?:s|ed)?(?: up)?|climbs?|balloons?)\b`,
  ].join('|'),
  'i',
);

/** A busiest, heaviest or worst stretch of time: a load at its extreme, whatever is counted. */
const TIME_EXTREME = /(?:iest|worst|biggest|largest|highest|greatest|peak|record|max|maximum)\s+(?:\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|season|period|moment|stretch)s?$/i;

/** Whether a cue of `baselineComparisonCue` is the extreme of a stretch of time ("the heaviest minute"), whatever is counted. Pure. */
export function isExtremeOfTime(cue: string): boolean {
  return TIME_EXTREME.test(cue);
}

/** Whether `text` asks for a count or an amount ("how many requests", "how much data"). Pure. */
export function asksCount(text: string): boolean {
  return /\bhow (?:many|much)\b/i.test(text);
}

/**
 * The words with which `text` sets a quantity against its usual level or asks for its extreme ("compared
 * to a normal tuesday", "how many more", "worst hour", "ever seen"), or null. Reads the first 500
 * characters. Pure; never throws.
 */
export function baselineComparisonCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = COMPARED.exec(cueLine(text));
  return match ? match[0] : null;
}
