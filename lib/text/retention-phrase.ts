import { normaliseText, tokenise } from './normalise';

/** Words that say how long data is kept, not how fresh it is ("raw kept 30 days", "retained for 7 years", "2 years retention"). */
const RETENTION_WORDS: ReadonlySet<string> = new Set([
  'kept', 'keep', 'keeps', 'keeping', 'retain', 'retains', 'retained', 'retaining', 'retention', 'archive', 'archived', 'archives', 'ttl', 'history', 'purge', 'purged', 'expire', 'expires', 'expiry', 'delete', 'deleted',
]);
/** Words that make a "kept" phrase a freshness ("kept up to date within 5 s", "kept in sync under a minute"). */
const FRESHNESS_WORDS: ReadonlySet<string> = new Set([
  'within', 'under', 'fresh', 'freshness', 'behind', 'lag', 'latency', 'delay', 'late', 'ready', 'sync', 'current', 'updated', 'update', 'date', 'refreshed', 'refresh', 'by', 'before', 'after', 'every',
]);

/**
 * Whether a stretch of an SLA or a note says how long data is kept rather than how fresh it must be:
 * it names a retention word ("kept", "retained", "retention", "archive", "TTL") and no freshness word
 * ("raw kept 30 days" yes; "features kept up to date within 5 s" no). A duration in such a stretch is a
 * retention period, which a freshness reader must not take as a deadline. Pure; never throws.
 */
export function isRetentionPhrase(text: string): boolean {
  const words = tokenise(normaliseText(typeof text === 'string' ? text : '', 500));
  return words.some((word) => RETENTION_WORDS.has(word)) && !words.some((word) => FRESHNESS_WORDS.has(word));
}

/**
 * Whether a stretch continues a retention list without naming any freshness ("minute summaries 2 years"
 * after "raw kept 30 days,"): no freshness word, so its durations are periods kept too. Pure.
 */
export function continuesRetention(text: string): boolean {
  const words = tokenise(normaliseText(typeof text === 'string' ? text : '', 500));
  return !words.some((word) => FRESHNESS_WORDS.has(word));
}
