import { readText } from './read-text';
import type { ReadText } from './read-text';

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

// The tokens of `read` a character span covers: the first whose end is past `start` up to the last that starts before `end`.
function spanTokens(read: ReadText, start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < read.tokens.length; t += 1) {
    const token = read.tokens[t] as ReadText['tokens'][number];
    if (token.end <= start) continue;
    if (token.start >= end) break;
    out.push(t);
  }
  return out;
}

// Whether the shared negation and retraction layer (read-text.ts) denies the words at `[start, end)`: a word under a
// negation ("Idempotency: N/A", "no transactions"), taken back ("exactly-once, scratch that") or only supposed ("if we
// had exactly-once"). A promise said with its own negation ("never lost", "no duplicates") is denied only by a negation
// in force before it.
function deniedByLayer(read: ReadText, start: number, end: number, ownNegation: boolean): boolean {
  const tokens = spanTokens(read, start, end);
  if (tokens.length === 0) return false;
  if (tokens.some((t) => read.retracted[t] === true || read.role[t] !== 'claim')) return true;
  if (negationCrossesColon(read, tokens[0] as number)) return false;
  if (ownNegation) return read.negated[tokens[0] as number] === true;
  return tokens.some((t) => read.tokens[t]?.kind === 'word' && read.cue[t] !== true && read.negated[t] === true);
}

// Whether the negation cue nearest before token `first` in its sentence stands before a colon that comes before
// `first` ("... so we never re-platform: Flink exactly-once for every table"): what follows the colon says what is done.
function negationCrossesColon(read: ReadText, first: number): boolean {
  const sentence = read.sentences.find((item) => item.from <= first && first < item.to);
  if (!sentence) return false;
  let colon = false;
  for (let t = first - 1; t >= sentence.from; t -= 1) {
    if (read.tokens[t]?.norm === ':') colon = true;
    else if (read.cue[t] === true && read.tokens[t]?.kind === 'word') return colon;
  }
  return false;
}

/**
 * Reads where a text asserts a delivery guarantee and which mechanisms it names. Pure; never throws; an empty or
 * non-string text reads as no assertion and no mechanism. A guarantee under a negation just before it ("not
 * exactly-once", "at-least-once rather than exactly-once") is no assertion. Both go through the shared negation and
 * retraction layer (lib/text/read-text.ts): a guarantee or a mechanism denied, marked not applicable ("Exactly-once:
 * not needed. Idempotency: N/A"), taken back or only supposed is neither asserted nor named.
 */
export function readGuarantees(text: string): GuaranteeReading {
  if (typeof text !== 'string' || text.trim() === '') return { assertions: [], mechanisms: [] };
  const read = readText(text);
  const assertions: string[] = [];
  for (const match of text.matchAll(GUARANTEE)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    // "never lost" is itself the promise; a negation before it ("not exactly-once") rules one out.
    const ownNegation = /^(?:never|not|no|zero)\b/i.test(match[0]);
    if (!ownNegation && DENIED_BEFORE.test(before)) continue;
    if (deniedByLayer(read, match.index, match.index + match[0].length, ownNegation)) continue;
    assertions.push(match[0]);
  }
  const mechanisms = [...text.matchAll(MECHANISM)].filter((match) => !deniedByLayer(read, match.index, match.index + match[0].length, false)).map((match) => match[0]);
  return { assertions, mechanisms };
}
