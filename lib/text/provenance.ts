import { readText } from './read-text';

/**
 * Words that introduce where something comes from or how it is read: "clickstream via CDC",
 * "orders from web beacons", "ledger changes over Debezium", "trips using logical replication".
 */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['via', 'from', 'over', 'through', 'using', 'with', 'off', 'by']);

/** A name split into what it is (the head) and where or how it is said to come from (the source). */
export type Provenance = { head: string; source: string };

/**
 * Splits a short name ("Clickstream via CDC from the PostgreSQL orders database") at its first
 * word saying where the thing comes from or how it is read, into the head ("Clickstream") and the
 * source ("CDC from the PostgreSQL orders database"), both in the learner's own words. Returns
 * undefined when no such word stands between two stretches of words. Never throws; a non-string
 * reads as ''.
 */
export function splitProvenance(text: string): Provenance | undefined {
  const read = readText(typeof text === 'string' ? text : '');
  const words = read.tokens.filter((token) => token.kind === 'word');
  const at = words.findIndex((token, index) => index > 0 && index < words.length - 1 && SOURCE_WORDS.has(token.norm));
  if (at < 0) return undefined;
  const cue = words[at];
  const next = words[at + 1];
  if (!cue || !next) return undefined;
  const head = read.text.slice(0, cue.start).trim();
  const source = read.text.slice(next.start).trim();
  return head === '' || source === '' ? undefined : { head, source };
}
