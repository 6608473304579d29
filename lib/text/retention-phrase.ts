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
