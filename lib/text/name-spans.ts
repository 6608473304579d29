/**
 * Spans of a text that name a place rather than say anything: URLs ("s3://bucket/idempotent-checkpoint/") and
 * absolute file paths ("/mnt/chk/exactly-once/", "~/jobs/dedup/"). The words inside them are a name the writer
 * chose, not a claim, so "s3://bucket/idempotent-exactly-once/" says nothing about idempotence.
 * Slash lists ("Visa/Mastercard", "min/max/avg") and relative paths ("models/marts/fct_orders.sql") are not spans:
 * they are how people write alternatives, and a model file's name is its design.
 */
const NAME_SPAN = /(?<![\w/])(?:[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()[\]{},;]*|~?\/[\w.=-]+(?:\/[\w.=-]*)+)/gi;

/** Where each name span of `text` starts and ends (character offsets, end exclusive), in text order. Pure. */
export function findNameSpans(text: string): { from: number; to: number }[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(NAME_SPAN)].map((match) => ({ from: match.index, to: match.index + match[0].length }));
}

/**
 * `text` with every URL and absolute path (see `findNameSpans`) blanked to spaces of the same length, so offsets,
 * sentences and the words around it stay as written ("checkpointLocation" beside the path still reads). Pure;
 * a non-string reads as empty.
 */
export function blankNameSpans(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(NAME_SPAN, (span) => ' '.repeat(span.length));
}
