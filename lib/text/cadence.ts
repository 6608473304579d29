import { normaliseText } from './normalise';

/**
 * How often a short text (a box or arrow label) says something runs: `batch` for a schedule ("nightly",
 * "hourly", "every 15 min", "cron", "batch"), with the interval in seconds when it says one; `stream` for
 * continuous processing ("streaming", "real-time", "micro-batch", "continuous"). `said` is the text's own
 * words for it, for a finding to quote.
 */
export type Cadence = { style: 'batch' | 'stream'; seconds?: number; said: string };

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Units of an interval as they are written ("5 min", "every 30 s", "2 hrs"), in seconds. */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
  d: DAY, day: DAY, days: DAY,
  w: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY,
};

/** Schedule words that give their own interval ("nightly" is once a day). */
const NAMED_INTERVALS: readonly [RegExp, number][] = [
  [/\b(nightly|overnight|daily|once a day|once per day|each night|every night|every day|per day|end of day|eod|daily dump|daily export|daily build)\b/, DAY],
  [/\b(hourly|every hour|once an hour|each hour|per hour)\b/, HOUR],
  [/\b(weekly|every week|once a week)\b/, 7 * DAY],
  [/\b(monthly|every month|once a month)\b/, 30 * DAY],
  [/\bevery minute\b/, MINUTE],
  [/\bevery second\b/, SECOND],
];

/** Words that say a job runs continuously; checked first, so "micro-batch" is not read as a batch. */
const STREAM_WORDS = /\b(streaming|stream job|real time|realtime|micro batch|microbatch|continuous|continuously|structured streaming|always on)\b/;
/**
 * Words that say a job runs on a schedule without saying how often. "batched" and "in batches" are left
 * out: they say records are grouped (a producer batching pings for a few seconds, "in batches of 500"),
 * not how old the data may be; a grouping with a schedule ("batched every 5 min") is read by interval.
 */
const BATCH_WORDS = /\b(batch|cron|scheduled|dump|periodic|periodically)\b/;
/** "every 15 min", "every 2 hours", "each 30 s", "5 min batches", "runs 2x a day" is left to the named words. */
const EVERY_INTERVAL = /\b(?:every|each)\s+(\d+(?:\.\d+)?)\s*([a-z]+)\b/;
const INTERVAL_BATCHES = /\b(\d+(?:\.\d+)?)\s*([a-z]+)\s+(?:batch|batches|job|jobs|runs|schedule|cron|refresh|refreshes|loads?)\b/;

/**
 * Reads the cadence a label gives (see `Cadence`), or undefined when it names none. Continuous words win
 * over schedule words ("Spark micro-batch, 10 s trigger" is streaming); a stated interval wins over a
 * bare "batch" ("Spark batch every 30 s" runs every 30 seconds). Case, hyphens and spacing do not matter
 * ("5min", "every 15 minutes", "hourly").
 */
export function readCadence(text: string): Cadence | undefined {
  const norm = normaliseText(text, 300);
  if (norm === '') return undefined;
  const stream = STREAM_WORDS.exec(norm);
  if (stream) return { style: 'stream', said: stream[0] };
  return scheduleOf(norm);
}

/**
 * The schedule a label names, ignoring any continuous words beside it: "Nightly Spark (real-time anomaly
 * engine)" runs nightly whatever it claims. A `batch` cadence (with its interval when said), or undefined
 * when the label names no schedule. For a reader that must weigh a stream claim against a said schedule;
 * readCadence is the plain reading.
 */
export function readSchedule(text: string): Cadence | undefined {
  const norm = normaliseText(text, 300);
  return norm === '' ? undefined : scheduleOf(norm);
}

/**
 * Nouns of aggregates a stream job keeps: an interval word before one names their grain, not when the
 * job runs ("hourly and daily counters", "daily spend totals"). Data, not logic.
 */
const AGGREGATE_NOUNS = ['counter', 'counters', 'count', 'counts', 'total', 'totals', 'sum', 'sums', 'aggregate', 'aggregates', 'window', 'windows', 'bucket', 'buckets', 'average', 'averages', 'spend', 'velocity', 'stats', 'statistics', 'rollup', 'rollups'];
const GRAIN = new RegExp(String.raw`\b(hourly|daily|weekly|monthly)(?=(?:\s+(?:and|or|plus|\+|,)?\s*(?:hourly|daily|weekly|monthly))*\s+(?:${AGGREGATE_NOUNS.join('|')})\b)`, 'g');

/** The text with interval words that name an aggregate's grain ("hourly counters") taken out. */
function grainless(norm: string): string {
  return norm.replace(GRAIN, ' ');
}

function scheduleOf(norm: string): Cadence | undefined {
  for (const pattern of [EVERY_INTERVAL, INTERVAL_BATCHES]) {
    const found = pattern.exec(norm);
    const unit = found ? UNIT_SECONDS[found[2]!] : undefined;
    if (found && unit !== undefined) return { style: 'batch', seconds: Number(found[1]) * unit, said: found[0] };
  }
  for (const [pattern, seconds] of NAMED_INTERVALS) {
    const found = pattern.exec(grainless(norm));
    if (found) return { style: 'batch', seconds, said: found[0] };
  }
  const batch = BATCH_WORDS.exec(norm);
  return batch ? { style: 'batch', said: batch[0] } : undefined;
}

/** Words of a stream job's trigger, right before its interval ("trigger: hourly", "micro-batches every 1 h"). */
const TRIGGER_BEFORE = /\b(trigger|triggers|triggered|micro batch|micro batches|microbatch|microbatches|batches|runs|run)\s*(=|:|at|of)?\s*$/;
/** Words of a stream job's trigger, right after its interval ("hourly trigger", "1 h micro-batches"). */
const TRIGGER_AFTER = /^\s*(trigger|triggers|micro batch|micro batches|microbatch|microbatches|batches|runs|run)\b/;

/**
 * The schedule a stream job's trigger is set to, when its label says one with an interval: "Structured
 * Streaming (hourly trigger)", "Flink, trigger: every 2 hours", "Spark SS, 1 h micro-batches". Only an
 * interval said of the trigger counts: "Flink (real-time, hourly compaction)" is a stream job with an
 * hourly side task. Undefined otherwise. Pure; never throws.
 */
export function readStreamTrigger(text: string): Cadence | undefined {
  const norm = normaliseText(text, 300);
  if (norm === '') return undefined;
  const schedule = scheduleOf(norm);
  if (schedule?.seconds === undefined) return undefined;
  const at = norm.indexOf(schedule.said);
  if (at < 0) return undefined;
  const before = norm.slice(0, at);
  const after = norm.slice(at + schedule.said.length);
  return TRIGGER_BEFORE.test(before) || TRIGGER_AFTER.test(after) ? schedule : undefined;
}

/** Words that claim fresh results ("real-time", "live", "< 100 ms", "sub-second", "instant"), not a schedule. */
const FRESH_CLAIM = /\b(real time|realtime|live|instant|instantly|sub second|subsecond|online)\b|(?:<|under|within|sub)\s*\d+(?:\.\d+)?\s*(?:ms|millis|milliseconds|s|sec|secs|seconds)\b/;

/**
 * The words of a short text (a box label) that claim its data is fresh within seconds: "Real-time
 * scoring < 100 ms", "Live ops map", "Online features"; undefined when it claims nothing, or names a
 * schedule too ("Live nightly report" says when it runs). Pure; never throws.
 */
export function readFreshClaim(text: string): string | undefined {
  const raw = typeof text === 'string' ? text.slice(0, 300).toLowerCase().replace(/[-_]/g, ' ') : '';
  if (raw.trim() === '') return undefined;
  const found = FRESH_CLAIM.exec(raw);
  if (!found) return undefined;
  return scheduleOf(normaliseText(raw, 300)) ? undefined : found[0].trim();
}
