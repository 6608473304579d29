/**
 * Where a design puts values into names: object-store paths and prefixes, partition columns of a lake table, object
 * keys, folder names and topic names. A value placed there is visible to anyone who can list the bucket or the
 * topics, lands in logs and inventories, and cannot be erased without rewriting every path that holds it. General
 * English and path syntax only; what counts as a personal identifier is the caller's (the case's rubric).
 */

/** One placement: the sentence it is in, and the placed words (path separators, "_" and "=" read as spaces). */
export type KeyPlacement = { sentence: string; placed: string };

// A URI ("s3://lake/auths/pan=...") or a path of at least three segments ("lake/patients/patient_id=123/").
const PATH = /\b[a-z][a-z0-9+.-]*:\/\/[^\s,;)'"]+|(?:[\w.{}=*<>-]+\/){2,}[\w.{}=*<>-]*/gi;
// Prose that names what a path, partition, key, folder or topic is made of: "partitioned by cardholder name",
// "one folder per patient", "topics named after the customer's e-mail", "object keys include the SSN".
const PLACING =
  /\b(?:(?:partition(?:ed|s|ing)?|prefix(?:ed|es)?|bucketed|foldered|laid out|organi[sz]ed)\s+(?:by|per|on|with|under)|(?:one\s+)?(?:folders?|director(?:y|ies)|paths?|prefix(?:es)?|buckets?|topics?)\s+(?:per|for each|named (?:after|by)|by)|(?:object|s3|blob|file)\s+(?:keys?|names?)\s+(?:by|include|includes|including|contain|contains|containing|with|of))\s+([^.;:!?]{1,100})/gi;
// A placement the sentence makes of a message stream's own key or partitions (Kafka keying is not a path).
const STREAM_ONLY = /\b(?:kafka|kinesis|pulsar|event hubs?|broker|message key|record key)\b/i;
const STORAGE = /\b(?:s3|gcs|adls|lake|lakehouse|bucket|folder|director(?:y|ies)|path|prefix|object|blob|iceberg|delta|hudi|parquet|table|warehouse)\b/i;
// Words that say the placed value is not the identifier itself ("partitioned by hashed patient id").
const PROTECTED = /\b(?:hash(?:ed|es)?|pseudonym\w*|token(?:s|ised|ized)?|surrogate|salted|encrypted|masked|anonymi[sz]ed)\b/i;
// A denial just before the placement ("never partition by card number", "not by name").
const DENIED_BEFORE = /\b(?:not|never|no|avoid|avoiding|instead of|rather than|without|don't|do not|won't)\W+(?:\w+\W+){0,2}$/i;

const asWords = (text: string) => text.replace(/[_=/{}<>*]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Every placement of values into paths, partitions, keys, folders or topic names in `text` (see `KeyPlacement`), in
 * text order. A placement denied just before ("never partition by the card number"), one whose words say the value is
 * protected ("prefixed by a hashed patient id"), and a "partitioned by" said only of a message stream ("Kafka
 * partitioned by patient") are left out. Pure; reads the first 4,000 characters; a non-string reads as none.
 */
export function readKeyPlacements(text: string): KeyPlacement[] {
  const source = (typeof text === 'string' ? text : '').slice(0, 4000);
  const placements: KeyPlacement[] = [];
  for (const sentence of source.split(/(?<=[.!?])\s+|\n+/)) {
    for (const match of sentence.matchAll(PATH)) {
      const path = match[0];
      if (!path.includes('/') || PROTECTED.test(path)) continue;
      placements.push({ sentence: sentence.trim(), placed: asWords(path) });
    }
    for (const match of sentence.matchAll(PLACING)) {
      // What the placement is made of, up to the clause that says why ("by cardholder name so auditors can ...").
      const placed = (match[1] ?? '').split(/\b(?:so|because|since|which|that|where|while|to|for|in order)\b/i)[0] ?? '';
      if (PROTECTED.test(placed) || DENIED_BEFORE.test(sentence.slice(0, match.index ?? 0))) continue;
      if (/^partition/i.test(match[0]) && STREAM_ONLY.test(sentence) && !STORAGE.test(sentence)) continue;
      placements.push({ sentence: sentence.trim(), placed: asWords(placed) });
    }
  }
  return placements;
}
