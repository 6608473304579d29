import { readMeasureName } from './measure-name';
import { normaliseText, tokenise } from './normalise';

/** Words that make a "kept" phrase a freshness ("kept up to date within 5 s", "kept in sync under a minute"). */
const FRESHNESS_WORDS: ReadonlySet<string> = new Set([
  'within', 'under', 'fresh', 'freshness', 'behind', 'lag', 'latency', 'delay', 'late', 'ready', 'sync', 'current', 'updated', 'update', 'date', 'refreshed', 'refresh', 'by', 'before', 'after', 'every',
]);

/** Characters of a stretch read: an SLA's requirement is far shorter. */
const MAX_STRETCH_CHARS = 500;

/**
 * Whether a stretch of an SLA or a note says how long data is kept rather than how fresh it must be:
 * it names a retention word (`readMeasureName(text).kept`: "kept", "retained", "retention", "archive",
 * "TTL", "purged") and no freshness word ("raw kept 30 days" yes; "features kept up to date within 5 s"
 * no). A duration in such a stretch is a retention period, which a freshness reader must not take as a
 * deadline. Pure; never throws.
 */
export function isRetentionPhrase(text: string): boolean {
  const stretch = (typeof text === 'string' ? text : '').slice(0, MAX_STRETCH_CHARS);
  return readMeasureName(stretch).kept && continuesRetention(stretch);
}

/**
 * Whether a stretch continues a retention list without naming any freshness ("minute summaries 2 years"
 * after "raw kept 30 days,"): no freshness word, so its durations are periods kept too. Pure.
 */
export function continuesRetention(text: string): boolean {
  const words = tokenise(normaliseText(typeof text === 'string' ? text : '', MAX_STRETCH_CHARS));
  return !words.some((word) => FRESHNESS_WORDS.has(word));
}

const DAY_SECONDS = 86_400;
/** Period units after a number ("30 d", "2 y", "18 months"), in days; shorter units never name a retention tier. */
const PERIOD_DAYS: Readonly<Record<string, number>> = {
  d: 1, day: 1, days: 1, w: 7, wk: 7, wks: 7, week: 7, weeks: 7, mo: 30, month: 30, months: 30, y: 365, yr: 365, yrs: 365, year: 365, years: 365,
};
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, thirty: 30, ninety: 90 };
/**
 * A retention tier is at least a week long: no data-platform freshness deadline is written as a bare week or more
 * (the loosest a case asks is daily), while storage tiers are kept for days to years (hot 7 d, warm 90 d, cold 7 y).
 */
export const MIN_TIER_PERIOD_SECONDS = 7 * DAY_SECONDS;

/**
 * Words that name a storage tier or a grain of kept data ("raw 30 d", "minute 2 y", "hourly 10 y", "hot 7 d,
 * cold 7 y", "bronze 90 days"): before a bare period they say which data is kept that long. Data: add a word here.
 */
const TIER_WORDS: ReadonlySet<string> = new Set(
  (
    'raw second seconds minute minutes hourly hour hours daily day days rollup rollups rolled aggregate aggregates aggregated summary summaries ' +
    'downsampled detail detailed hot warm cold frozen archive archival tier tiers bronze silver gold landing curated events readings logs partitions snapshots'
  ).split(' '),
);

/** The period (seconds) a stretch names as a number and a day-or-longer unit, with the words before it, or undefined. */
function labelledPeriod(words: readonly string[]): { seconds: number; label: string[] } | undefined {
  for (let at = 1; at < words.length; at += 1) {
    const days = PERIOD_DAYS[words[at] ?? ''];
    const before = words[at - 1] ?? '';
    const amount = /^\d+(?:\.\d+)?$/.test(before) ? Number(before) : NUMBER_WORDS[before];
    if (days === undefined || amount === undefined || !(amount > 0)) continue;
    return { seconds: amount * days * DAY_SECONDS, label: words.slice(0, at - 1) };
  }
  return undefined;
}

/**
 * Whether a stretch of an SLA names how long a tier of data is kept without a retention word: a label, then a bare
 * period of a week or more, and no freshness word ("raw 30 d", "minute rollups 2 y", "cold 7 years"). `listed`: a
 * neighbouring stretch of the same list is such a period too ("orders 7 y, clicks 90 d"), which makes any label a
 * dataset kept for its period; alone, the label must name a storage tier or grain (TIER_WORDS). A bare "1 year" with
 * no label, "within 30 days" and "reports every 2 weeks" are not. Pure; never throws.
 */
export function isTierPeriod(text: string, listed = false): boolean {
  const words = tokenise(normaliseText(typeof text === 'string' ? text : '', MAX_STRETCH_CHARS));
  if (words.some((word) => FRESHNESS_WORDS.has(word))) return false;
  const period = labelledPeriod(words);
  if (!period || period.seconds < MIN_TIER_PERIOD_SECONDS) return false;
  const label = period.label.filter((word) => /[a-z]/.test(word));
  if (label.length === 0) return false;
  return listed || label.some((word) => TIER_WORDS.has(word));
}

/**
 * Which stretches of an SLA's list (in order, as split at commas and semicolons) are retention tiers written
 * without a retention word (isTierPeriod), a stretch counting as listed when the stretch before or after it is a
 * labelled period of a week or more too. Pure.
 */
export function tierPeriods(stretches: readonly string[]): boolean[] {
  const labelled = stretches.map((stretch) => isTierPeriod(stretch, true));
  return stretches.map((stretch, at) => isTierPeriod(stretch, false) || (labelled[at] === true && (labelled[at - 1] === true || labelled[at + 1] === true)));
}
