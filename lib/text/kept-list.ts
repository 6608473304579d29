import { cueLine } from './normalise';

/**
 * "How long for raw messages, curated data and the access audit logs?": "how long" put straight before the
 * kinds of stored data, with no verb of its own, asks how long each is kept (retention, the question of every
 * interview guide that names layers or logs). With a verb of waiting, arriving or being down ("how long for
 * the dashboard to refresh", "how long does raw data take to land") it asks a time, left to the topic cues;
 * so does a thing that is not stored data ("how long for the dashboard?"). General English only.
 */

/** "how long" and what it is asked of, up to the end of the clause. */
const HOW_LONG_FOR = /\bhow long\s+(?:for|on|with|re|about|regarding|do we need for|should we plan for)\s+([^?;]+)/i;

/** A verb or a marker of time that makes the rest a wait, an arrival or an outage, not a keeping. */
const TIME_VERB =
  /\b(?:to|take|takes|taking|took|until|till|before|wait|waits|waiting|arrive|arrives|land|lands|show|shows|appear|appears|refresh|refreshes|update|updates|process|processed|run|runs|be|is|are|was|were|do|does|did|can|could|should|will|would|get|gets|down|outage|outages|recover|recovers|restore|load|loads|reach|reaches|respond|responds|answer|score)\b/i;

/** Kinds of stored data: layers, logs, messages, records, history. */
const STORED =
  /\b(?:raw|curated|cleaned|bronze|silver|gold|staging|landing|logs?|audit|messages?|records?|data|events?|history|backups?|archives?|files?|tables?|snapshots?|readings?|transactions?|images?|scans?|recordings?|documents?|pings?|trips?|orders?|payloads?|extracts?|dumps?|copies|copy)\b/i;

/**
 * The stored data a verbless "how long for ...?" asks about ("raw messages, curated data and the access audit
 * logs"), or null when the line puts no such question. Reads the first 500 characters. Pure; never throws.
 */
export function keptListCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const asked = HOW_LONG_FOR.exec(cueLine(text))?.[1];
  if (asked === undefined || TIME_VERB.test(asked) || !STORED.test(asked)) return null;
  return asked.trim();
}
