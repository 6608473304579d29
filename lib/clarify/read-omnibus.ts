import type { ClarifyTopic } from '../content/clarify-topics';
import { isFragment } from '../text/question-form';

/** A question is an omnibus list when it names at least this many topics in bare items. */
export const OMNIBUS_MIN_TOPICS = 3;
/** ...and at least this many of its list items are bare words (no question word, no verb). */
const OMNIBUS_MIN_BARE_ITEMS = 3;
// List items: commas, semicolons and slashes, and a final "and" / "or" ("..., SLAs and budget?").
const ITEM_BREAK = /\s*(?:[,;/]|\band\b|\bor\b|&)\s*/i;
/** Longest item read as a bare term; longer ones are clauses of their own. */
const MAX_ITEM_WORDS = 5;
// A lead-in that asks one measure of the listed things ("How many years for raw HL7, curated tables and
// the audit log?", "What's the retention of pings, trips and payouts?"): the items are what the one
// question is about, not topics. "What about volume, latency, ...?" names no measure and stays a list.
const MEASURE_LEAD = /^(?:how (?:many|much|long|often|fast|big|old|fresh)|what(?:'s| is| are)?|which)\b(?!\s+(?:about|else)\b)[\p{L}\p{N}\s'-]*?\s(?:for|of|across|on)\s+\S/iu;

/**
 * The topics a question names as a catch-all list ("What about volume, latency, retention,
 * sources, consumers, SLAs, budget?"), in order, or null when it is not such a list: at least
 * three bare items (a word or two each, no question word and no verb) naming at least three
 * different topics. `topicOf` reads one item (the clarify matcher). A list of several things
 * about one topic ("analysts, data scientists or finance?") is one question, not a list of topics, and
 * so is one measure asked of several things ("How many years for raw HL7, curated tables and the audit log?").
 */
export function readOmnibus(question: string, topicOf: (item: string) => ClarifyTopic | null): ClarifyTopic[] | null {
  if (typeof question !== 'string') return null;
  const items = question
    .replace(/[?!.]+\s*$/, '')
    .split(ITEM_BREAK)
    .map((item) => item.trim())
    .filter((item) => /[a-z]/i.test(item));
  if (items.length < OMNIBUS_MIN_TOPICS || MEASURE_LEAD.test(items[0] ?? '')) return null;
  // The first item carries the lead-in ("What about volume"): it names a topic but is never bare.
  const bare = items.slice(1).filter((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS && isFragment(item));
  if (bare.length + 1 < OMNIBUS_MIN_BARE_ITEMS || bare.length < (items.length - 1) / 2) return null;
  const topics: ClarifyTopic[] = [];
  for (const item of items) {
    const topic = topicOf(item);
    if (topic && !topics.includes(topic)) topics.push(topic);
  }
  return topics.length >= OMNIBUS_MIN_TOPICS ? topics : null;
}
