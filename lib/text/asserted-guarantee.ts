/**
 * A delivery guarantee named as a property of the design ("exactly-once", "no duplicates", "nothing is ever lost")
 * and the mechanisms that would make it hold (idempotent writes, upsert or unique keys, transactions, checkpoints
 * with an idempotent or transactional sink, de-duplication by event id). Naming the guarantee says what is wanted;
 * only a mechanism says how. Sources: the delivery-semantics vocabulary of Kafka (idempotent producer, transactions),
 * Flink (checkpoints, two-phase-commit sinks) and the usual database means (unique constraints, upserts, MERGE).
 */
export type GuaranteeReading = {
  /** Each place a guarantee is asserted, as the learner wrote it ("Kafka exactly-once"), in order. */
  assertions: string[];
  /** Each mechanism named, as the learner wrote it ("idempotent upsert"), in order. */
  mechanisms: string[];
};

// The guarantee's names: exactly-once delivery or processing, and its outcomes said as promises.
const GUARANTEE =
  /\b(?:exactly[\s-]+once|effectively[\s-]+once|no\s+duplicates?|zero\s+(?:data\s+)?loss|no\s+data\s+loss|(?:never|not\s+ever)\s+(?:be\s+)?(?:lost|dropped|duplicated|counted\s+twice|double[\s-]counted|processed\s+twice)|guaranteed\s+delivery)\b/gi;

// A guarantee ruled out rather than claimed ("not exactly-once", "at-least-once, not exactly once", "without exactly-once").
const DENIED_BEFORE = /\b(?:not|no|without|instead\s+of|rather\s+than|isn't|is\s+not|aren't|never|drop|skip)\s+(?:\w+\s+){0,1}$/i;

// The means that make a guarantee hold: each names how a retry or a replay is absorbed.
const MECHANISM =
  /\b(?:idempoten\w*|upserts?|upserted|merge\s+(?:into|on|by)|on\s+conflict|unique\s+(?:on|key|keys|constraint|index|id|reference)|primary\s+key|transaction(?:s|al)?|atomic(?:ally)?|two[\s-]phase\s+commit|2pc|checkpoint\w*|savepoints?|de[\s-]?dup\w*|outbox|dedupe?\s+(?:by|on)|(?:event|message|idempotency|request)[\s_-]ids?|offsets?\s+(?:committed|stored)\s+(?:with|in|atomically)|acks\s*=\s*all|enable\.idempotence|read[\s_]committed)\b/gi;

/**
 * Reads where a text asserts a delivery guarantee and which mechanisms it names. Pure; never throws; an empty or
 * non-string text reads as no assertion and no mechanism. A guarantee under a negation just before it ("not
 * exactly-once", "at-least-once rather than exactly-once") is no assertion.
 */
export function readGuarantees(text: string): GuaranteeReading {
  if (typeof text !== 'string' || text.trim() === '') return { assertions: [], mechanisms: [] };
  const assertions: string[] = [];
  for (const match of text.matchAll(GUARANTEE)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    // "never lost" is itself the promise; a negation before it ("not exactly-once") rules one out.
    if (!/^(?:never|not)/i.test(match[0]) && DENIED_BEFORE.test(before)) continue;
    assertions.push(match[0]);
  }
  const mechanisms = [...text.matchAll(MECHANISM)].map((match) => match[0]);
  return { assertions, mechanisms };
}
