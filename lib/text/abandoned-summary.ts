import { keepsHistory, readInPlaceUpdates } from './in-place-update';

/**
 * A summary the body of the same text abandons: a learner opens with a right one-line summary ("TL;DR: ACK only after a
 * durable write; corrections kept as versions") and then describes a system that does the opposite ("the listener ACKs
 * as soon as a message parses, then batches to Kafka once a minute"; "a corrected result overwrites the original row").
 * An interviewer grades what the body designs: the summary is a claim about it, and a claim the design breaks is worse
 * than none. Read here: the summary (a leading line or sentence under "TL;DR", "Summary", "In short", "Bottom line",
 * "Short version", "Key points", "In a nutshell") and the body after it, and two claims a body can break:
 * - history kept (versions, append-only, SCD type 2) while the body changes records in place (lib/text/in-place-update.ts);
 * - an acknowledgement or commit only after a durable step, while the body sends it at once ("as soon as", "immediately",
 *   "on receipt", "before writing").
 * Sources: Kleppmann, Designing Data-Intensive Applications, ch. 11 (immutable event logs); the at-least-once delivery
 * rule that a receiver acknowledges only what it has stored.
 */

/** A summary the body breaks: the summary's words, the body's sentence that breaks it, and which claim. */
export type AbandonedSummary = { claim: 'history' | 'ack-after-write'; summary: string; body: string };

const SUMMARY_LABEL = /^\s*(?:tl;?\s?dr|tldr|summary|in short|in a nutshell|bottom line|short version|key points|overview)\s*[:\-–—]\s*/i;

/** The summary and the body of a text that opens with a summary label; undefined when it does not, or the body is empty. */
export function splitSummary(text: string): { summary: string; body: string } | undefined {
  if (typeof text !== 'string') return undefined;
  const label = SUMMARY_LABEL.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length);
  // The summary runs to the end of its line; written on one line, to the end of its first sentence.
  const newline = rest.indexOf('\n');
  const end = newline >= 0 ? newline : (/[.!?](?:\s|$)/.exec(rest)?.index ?? -1) + 1;
  if (end <= 0) return undefined;
  const summary = rest.slice(0, end).trim();
  const body = rest.slice(end).replace(/^\s*(?:details?|in detail|how(?: it works)?|the design|design|body)\s*[:\-–—]\s*/i, '').trim();
  return summary === '' || body === '' ? undefined : { summary, body };
}

// "corrections kept as versions", "results are versioned", "each change written as a new version".
const VERSIONS_KEPT = /\b(?:kept|stored|written|saved|recorded|appended|held)\s+as\s+(?:new\s+|separate\s+)?(?:versions?|rows?|records?)\b|\bversioned\b|\bnew versions?\b/i;

// "ACK only after a durable write", "commit once Kafka has it", "acknowledge after the write is acknowledged".
const ACK_VERB = String.raw`\b(?:ack(?:s|ed|ing)?|acknowledg\w*|commit(?:s|ted|ting)?|confirm(?:s|ed|ing)?)\b`;
const ACK_AFTER = new RegExp(String.raw`${ACK_VERB}[^.;\n]{0,40}?\b(?:only\s+)?(?:after|once|when)\b[^.;\n]{0,40}?\b(?:durabl\w*|writ\w*|stored|persist\w*|kafka|acks\s*=\s*all|replicat\w*|committed)\b`, 'i');
const ACK_AT_ONCE = new RegExp(String.raw`${ACK_VERB}[^.;\n]{0,60}?\b(?:as soon as|immediately|right away|at once|on receipt|on arrival|upon receipt|before (?:writ\w*|stor\w*|persist\w*|produc\w*|it is written))\b`, 'i');

// A sentence that denies the early acknowledgement ("we never ACK as soon as it arrives") keeps the claim.
const DENIED = /\b(?:never|not|no|don't|doesn't|won't|instead of|rather than)\b/i;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');

/**
 * The first claim of a text's summary that its body breaks (see the module comment), with the learner's words;
 * undefined when the text has no summary label, or the body keeps every claim read here. Pure; never throws.
 */
export function readAbandonedSummary(text: string): AbandonedSummary | undefined {
  const split = splitSummary(text);
  if (!split) return undefined;
  const { summary, body } = split;
  if ((keepsHistory(summary) || VERSIONS_KEPT.test(summary)) && !keepsHistory(body)) {
    const update = readInPlaceUpdates(body)[0];
    if (update) return { claim: 'history', summary, body: update.sentence };
  }
  if (ACK_AFTER.test(summary)) {
    const atOnce = sentences(body).find((sentence) => ACK_AT_ONCE.test(sentence) && !ACK_AFTER.test(sentence) && !DENIED.test(sentence));
    if (atOnce) return { claim: 'ack-after-write', summary, body: atOnce };
  }
  return undefined;
}
