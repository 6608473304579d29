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
  // Every URL and path holds a slash: a text without one is returned as is, unscanned.
  if (!text.includes('/')) return text;
  return text.replace(NAME_SPAN, (span) => ' '.repeat(span.length));
}

/** The store a URL's scheme names ("s3://…" is S3), as a word the component vocabulary reads. */
const SCHEME_STORES: ReadonlyMap<string, string> = new Map([
  ['s3', 'S3'],
  ['s3a', 'S3'],
  ['s3n', 'S3'],
  ['gs', 'GCS'],
  ['abfs', 'ADLS'],
  ['abfss', 'ADLS'],
  ['wasb', 'ADLS'],
  ['wasbs', 'ADLS'],
  ['adl', 'ADLS'],
  ['hdfs', 'HDFS'],
]);

/**
 * `text` with every URL and absolute path (see `findNameSpans`) replaced by the store its scheme names ("S3" for
 * "s3://lake/cdc-debezium-kafka/", "GCS" for "gs://…") or by nothing: a box labelled with a storage path is a
 * place in that store, and the bucket and folder names in it are names the drawer chose, not components
 * ("s3://lake/star-schema-bi/" is a folder, not a dashboard). Pure; a non-string reads as empty.
 */
export function nameSpansAsStores(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(NAME_SPAN, (span) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(span)?.[1]?.toLowerCase();
    const store = scheme === undefined ? undefined : SCHEME_STORES.get(scheme);
    return store === undefined ? ' ' : ` ${store} `;
  });
}
