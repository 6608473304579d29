/**
 * A quantity asked against its usual level or at its extreme: "compared to a normal Tuesday", "how
 * much busier than overnight", "how many more requests when it rains", "the worst hour we've ever
 * seen", "the biggest day of the year". Asked of a volume, that is the peak (the growth-and-peaks
 * question of every interview guide), not today's average. General English only: comparatives and
 * superlatives with a baseline or a stretch of time; what is measured is for the caller to read.
 */

const BASELINES =
  String.raw`(?:an? |the )?(?:normal|usual|typical|regular|ordinary|average|quiet|slow|calm|standard|off[- ]peak|everyday|other|rest of the)\b|` +
  String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|overnight|night|nights|morning|afternoon|evening|usual|normal|average|baseline|today|the rest|other days|other times)\b`;

const COMPARED = new RegExp(
  [
    // "compared to a normal Tuesday", "versus a quiet night", "relative to an average day".
    String.raw`\b(?:compared (?:to|with)|in comparison (?:to|with)|versus|vs\.?|relative to|against)\s+(?:${BASELINES})`,
    // "busier than overnight", "more than a normal day", "heavier than usual".
    String.raw`\b(?:more|busier|heavier|higher|bigger|larger|greater|worse|louder|denser|fuller|quieter|lighter|lower|fewer|less)\s+(?:\w+\s+){0,4}?than\s+(?:${BASELINES})`,
    // "how many more requests", "how much busier", "how much does demand jump".
    String.raw`\bhow (?:many|much) (?:more|busier|heavier|higher|bigger|larger|worse|extra)\b`,
    String.raw`\bhow many times (?:more|higher|bigger|busier|the)\b`,
    // The extreme of a stretch of time: "the worst hour", "biggest day of the year", "busiest minute".
    String.raw`\b(?:worst|biggest|busiest|heaviest|highest|largest|maximum|max|peak|record)\s+(?:\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|season|period|moment|time|times|stretch)s?\b`,
    String.raw`\b(?:ever seen|ever had|ever recorded|ever hit|all[- ]time high|on record)\b`,
    // "goes through the roof", "jumps", "shoots up".
    String.raw`\b(?:through the roof|shoot(?:s)? up|jump(?:s|ed)?(?: up)?|climbs?|balloons?)\b`,
  ].join('|'),
  'i',
);

/**
 * The words with which `text` sets a quantity against its usual level or asks for its extreme ("compared
 * to a normal tuesday", "how many more", "worst hour", "ever seen"), or null. Reads the first 500
 * characters. Pure; never throws.
 */
export function baselineComparisonCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = COMPARED.exec(text.slice(0, 500).replace(/[\u2018\u2019]/g, "'"));
  return match ? match[0] : null;
}
