import { findPhrases } from './find-phrases';
import type { ReadText } from './read-text';
import type { TextToken } from './tokens';
import { isSpokenFiller } from './spoken-pause';

/**
 * Which clock a stream's time words refer to: `event` is the time the thing happened, carried in the record (the
 * phone's or sensor's timestamp, EVN-2); `processing` is when the system saw it (arrival at Kafka, ingestion,
 * the job's wall clock). Windows, watermarks and ordering mean different things on each (Spark Structured
 * Streaming and Flink guides, "event time vs processing time").
 */
export type Clock = 'event' | 'processing';

/** One affirmed place where the text names a clock, with the learner's words (verbatim) and token span. */
export type ClockMention = { clock: Clock; said: string; from: number; to: number; clause: number; sentence: number };

// Named clocks, matched as stems (plurals, case and hyphens do not matter).
const EVENT_PHRASES = [
  'event time', 'event-time', 'event timestamp', 'eventtime', 'source timestamp', 'source time', 'device time', 'device timestamp', 'device clock',
  'client timestamp', 'client time', 'client clock', 'sensor timestamp', 'sensor time', 'sensor clock', 'phone timestamp', 'phone clock', 'phone time',
  'reading timestamp', 'message timestamp', 'record timestamp', 'ping timestamp', 'embedded timestamp', 'measurement time', 'capture time',
  'time it happened', 'when it happened', 'when it occurred', 'when they happened', 'occurred at', 'event date', 'transaction time', 'business time',
] as const;
const PROCESSING_PHRASES = [
  'processing time', 'processing-time', 'processing timestamp', 'arrival time', 'arrival timestamp', 'time of arrival', 'on arrival', 'upon arrival',
  'ingestion time', 'ingest time', 'ingestion timestamp', 'ingestion date', 'receive time', 'received time', 'receipt time', 'time received', 'time of receipt',
  'kafka timestamp', 'broker timestamp', 'log append time', 'logappendtime', 'wall clock', 'wall-clock', 'wallclock', 'system time', 'system clock',
  'server time', 'server clock', 'server timestamp', 'current time', 'current timestamp', 'current_timestamp', 'load time', 'landing time',
] as const;

// "the sensor's own timestamp", "the phone's clock": a time noun owned by the source of the record.
const TIME_NOUNS: ReadonlySet<string> = new Set(['time', 'timestamp', 'clock', 'moment']);
const SOURCE_OWNERS: ReadonlySet<string> = new Set(['sensor', 'phone', 'devic', 'client', 'ping', 'read', 'messag', 'event', 'record', 'machin', 'gateway', 'meter', 'app', 'mobil', 'sourc', 'payload', 'header', 'vehicl', 'car', 'produc', 'emitt']);
const SYSTEM_OWNERS: ReadonlySet<string> = new Set(['kafka', 'broker', 'server', 'system', 'wall', 'ingest', 'ingestion', 'arriv', 'process', 'consum', 'spark', 'flink', 'job', 'cluster', 'receiv', 'current', 'listen', 'pipelin']);
// "the time the ping hits our service", "on when it reached us": a time noun (or "when" after a preposition) followed by
// what happened at that time. Arriving is the processing clock; happening or being measured is the event clock.
const ARRIVAL_VERBS: ReadonlySet<string> = new Set(['arriv', 'reach', 'land', 'hit', 'receiv', 'ingest', 'come', 'got', 'get', 'show']);
const EVENT_VERBS: ReadonlySet<string> = new Set(['happen', 'occur', 'taken', 'measur', 'record', 'sent', 'creat', 'generat', 'emit', 'captur', 'produc', 'stamp', 'made']);
const WHEN_AFTER: ReadonlySet<string> = new Set(['on', 'by', 'at', 'from', 'use', 'using', 'of', 'per']);
/** How many words after a time noun a verb may stand and still say what happened at that time. */
const VERB_REACH = 5;

const cache = new WeakMap<ReadText, ClockMention[]>();

function mention(read: ReadText, clock: Clock, from: number, to: number): ClockMention {
  const first = read.tokens[from] as TextToken;
  const last = read.tokens[to - 1] as TextToken;
  const clause = read.clauseOf[from] ?? -1;
  return { clock, said: read.text.slice(first.start, last.end), from, to, clause, sentence: read.clauses[clause]?.sentence ?? -1 };
}

// Negated or retracted, in itself or in the word that leads it ("never ON when it reached us", "not BY arrival time").
function affirmed(read: ReadText, from: number, to: number): boolean {
  for (let i = Math.max(0, from - 1); i < to; i += 1) if (read.negated[i] || read.retracted[i]) return false;
  return true;
}

// A time noun with its owner before it ("sensor's own timestamp") or its event after it ("the time the ping hits").
function patternMentions(read: ReadText): ClockMention[] {
  const found: ClockMention[] = [];
  read.tokens.forEach((token, i) => {
    const timeWord = token.kind === 'word' && TIME_NOUNS.has(token.stem);
    const when = token.kind === 'word' && token.norm === 'when' && WHEN_AFTER.has(read.tokens[i - 1]?.norm ?? '');
    if (!timeWord && !when) return;
    if (timeWord) {
      // The owner: the nearest content word before it, skipping "own", "'s", "the".
      for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
        const before = read.tokens[k] as TextToken;
        if (before.kind !== 'word') break;
        if (before.stop) continue;
        if (SOURCE_OWNERS.has(before.stem)) found.push(mention(read, 'event', k, i + 1));
        else if (SYSTEM_OWNERS.has(before.stem)) found.push(mention(read, 'processing', k, i + 1));
        break;
      }
    }
    // "the time THE ping hits", "the moment IT lands": a clause follows; "time windows get closed" is a compound noun.
    if (!read.tokens[i + 1]?.stop || read.tokens[i + 1]?.kind !== 'word') return;
    for (let k = i + 1, words = 0; k < read.tokens.length && words < VERB_REACH; k += 1) {
      const after = read.tokens[k] as TextToken;
      if (after.kind !== 'word') break;
      words += 1;
      if (ARRIVAL_VERBS.has(after.stem)) found.push(mention(read, 'processing', i, k + 1));
      else if (EVENT_VERBS.has(after.stem)) found.push(mention(read, 'event', i, k + 1));
      else continue;
      break;
    }
  });
  return found;
}

/**
 * Every affirmed place where a text names a clock (see `Clock`): named ones ("event time", "arrival time", "wall
 * clock", "on arrival"), a time owned by the record's source or by the system ("the sensor's own timestamp", "the
 * Kafka timestamp"), and a time said by what happened then ("the time the ping hits our service", "on when it
 * reached us", "when it was measured"). Negated or retracted mentions ("not on arrival time", "rather than the phone
 * timestamp") are left out. In text order; read once per text.
 */
export function clockMentions(read: ReadText): ClockMention[] {
  const cached = cache.get(read);
  if (cached) return cached;
  const named = findPhrases(read, [
    { id: 'event' as const, phrases: EVENT_PHRASES },
    { id: 'processing' as const, phrases: PROCESSING_PHRASES },
  ]).map((hit) => mention(read, hit.id, hit.from, hit.to));
  const all = [...named, ...patternMentions(read)]
    .filter((item) => affirmed(read, item.from, item.to))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  // A pattern inside a named clock ("event time" is also "time" after "event") is the same mention.
  const kept = all.filter((item, index) => !all.some((other, k) => k !== index && other.from <= item.from && other.to >= item.to && (other.to - other.from > item.to - item.from || k < index)));
  cache.set(read, kept);
  return kept;
}

/** How far from a term (in tokens) a clock may be named and still be the term's ("windows per cell, bucketed by the time it lands"). */
const CLOCK_REACH = 12;
// Marks that end what a term's words say ("windows on event time - arrival time is meaningless").
const BREAKS: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', ';', ':', '(', ')']);

function broken(read: ReadText, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (BREAKS.has(read.tokens[i]?.norm ?? '')) return true;
  return false;
}

/**
 * Tokens in [from, to) that count for distance: not a spoken filler ("um", ", like,"), not words the learner took back
 * and not the words that took them back ("the current time minus... no wait, it's the max event time": the repair's
 * words stand where the repaired ones were).
 */
function spoken(read: ReadText, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    if (read.retracted[i] || isSpokenFiller(read.tokens, i)) continue;
    if (read.withdrawals.some((withdrawal) => i >= withdrawal.cueFrom && i < withdrawal.cueTo)) continue;
    count += 1;
  }
  return count;
}

/**
 * The clock a term at tokens [from, to) is set on: the nearest clock named in its clause within a few words and not
 * behind a dash, semicolon or bracket (one after the term wins a tie: "windows on the arrival time"). A term that is
 * itself a clock ("event time") is on that clock. Undefined when the text does not say.
 */
export function readClock(read: ReadText, from: number, to: number): ClockMention | undefined {
  const mentions = clockMentions(read);
  const own = mentions.find((item) => item.from <= from && item.to >= to);
  if (own) return own;
  const clause = read.clauseOf[from] ?? -1;
  const distance = (item: ClockMention) => (item.from >= to ? spoken(read, to, item.from) : spoken(read, item.to, from) + 0.5);
  const near = mentions.filter((item) => item.clause === clause && distance(item) <= CLOCK_REACH && !(item.from >= to ? broken(read, to, item.from) : broken(read, item.to, from)));
  return near.sort((a, b) => distance(a) - distance(b))[0];
}
