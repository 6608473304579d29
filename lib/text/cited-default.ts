import type { ReadText } from './read-text';
import { readValues } from './values';
import { tokenizeText } from './tokens';
import type { TextToken } from './tokens';

/**
 * Defaults a learner cites ("older clients still default to acks=1", "the broker default for min.insync.replicas is 1",
 * "Spark's default watermark is 10 minutes") are reported speech about a tool or a version, not the learner's own
 * setting: a value in such a stretch neither sets nor contradicts anything (`citedDefaultAt`). A default cited wrongly
 * is a wrong fact of its own (`readWrongDefaults`), checked against the documented defaults below.
 *
 * Sources: Apache Kafka broker, topic, producer and consumer configuration reference (min.insync.replicas 1;
 * max.in.flight.requests.per.connection 5; delivery.timeout.ms 120000; auto.offset.reset latest; enable.auto.commit
 * true; log.retention.hours 168); Spark Structured Streaming programming guide (a query has no watermark unless
 * `withWatermark` sets one; spark.sql.shuffle.partitions 200); Airflow configuration reference (core.default_task_retries
 * 0); Delta Lake VACUUM docs (default retention threshold 7 days).
 */

/** A documented default: the names learners give the setting, and whether a cited value is that default. */
type DefaultFact = {
  id: string;
  /** The canonical key lib/text/values.ts gives the setting, when it reads one: the learner's own value for it. */
  key?: string;
  /** Lower-case names, as whole words ("min.insync.replicas", "min isr"). */
  names: readonly string[];
  /** Whether a cited value (number, or lower-case word, with its unit if any) is the documented default; undefined: cannot tell. */
  matches: (value: CitedValue) => boolean | undefined;
  /** The documented default, as the learner is told. */
  actual: string;
};

/** A value read after a cited default: a number with its unit ("10 minutes"), or a word ("latest"). */
export type CitedValue = { number?: number; unit?: string; word?: string; text: string };

const SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400, week: 604800, weeks: 604800 };

// A duration in seconds (a bare number in `bareUnit`), or undefined for a value with no number.
function seconds(value: CitedValue, bareUnit: number): number | undefined {
  if (value.number === undefined) return undefined;
  const unit = value.unit === undefined ? bareUnit : SECONDS[value.unit];
  return unit === undefined ? undefined : value.number * unit;
}

const isNumber = (value: CitedValue, expected: number) => (value.number === undefined ? undefined : value.number === expected);
const isWord = (value: CitedValue, words: readonly string[]) => (value.word === undefined ? undefined : words.includes(value.word));

export const DEFAULT_FACTS: readonly DefaultFact[] = [
  { id: 'min-insync-replicas', key: 'min.insync.replicas', names: ['min.insync.replicas', 'min insync replicas', 'min in-sync replicas', 'minimum in-sync replicas', 'min isr', 'min.isr'], matches: (value) => isNumber(value, 1), actual: 'min.insync.replicas defaults to 1, so acks=all can be acknowledged by the leader alone once the in-sync set shrinks; it has to be set to 2 explicitly' },
  { id: 'max-in-flight', key: 'max.in.flight.requests.per.connection', names: ['max.in.flight.requests.per.connection', 'max in flight', 'max.in.flight'], matches: (value) => isNumber(value, 5), actual: 'max.in.flight.requests.per.connection defaults to 5' },
  { id: 'delivery-timeout', names: ['delivery.timeout.ms', 'delivery timeout'], matches: (value) => { const s = seconds(value, 0.001); return s === undefined ? undefined : s === 120; }, actual: 'delivery.timeout.ms defaults to 120,000 ms (2 minutes)' },
  { id: 'auto-offset-reset', names: ['auto.offset.reset', 'auto offset reset'], matches: (value) => isWord(value, ['latest']), actual: 'auto.offset.reset defaults to latest' },
  { id: 'enable-auto-commit', names: ['enable.auto.commit', 'auto commit', 'auto-commit'], matches: (value) => isWord(value, ['true', 'on', 'enabled']), actual: 'enable.auto.commit defaults to true (every 5 seconds)' },
  { id: 'kafka-retention', names: ['log.retention.hours', 'retention.ms', 'log.retention.ms', 'kafka retention', 'topic retention'], matches: (value) => { const s = seconds(value, 3600); return s === undefined ? undefined : s === 604800; }, actual: 'Kafka keeps a topic for 7 days (log.retention.hours 168) by default' },
  // Spark has no default watermark: without withWatermark a query keeps all state and drops nothing as late.
  { id: 'spark-watermark', names: ['watermark', 'withwatermark', 'watermark delay'], matches: (value) => (value.number === undefined ? undefined : false), actual: 'there is no default watermark: a query has one only when withWatermark sets it, and without it Spark drops nothing as late and keeps all state' },
  { id: 'shuffle-partitions', names: ['spark.sql.shuffle.partitions', 'shuffle partitions'], matches: (value) => isNumber(value, 200), actual: 'spark.sql.shuffle.partitions defaults to 200' },
  { id: 'vacuum-retention', names: ['vacuum', 'vacuum retention', 'deletedfileretentionduration'], matches: (value) => { const s = seconds(value, 3600); return s === undefined ? undefined : s === 604800; }, actual: 'VACUUM keeps files for 7 days (168 hours) by default' },
];

/**
 * A default the learner cited wrongly: which, what they said, the documented default and their clause, the names of the
 * setting, and whether the answer relies on it (`relied`: "..., so it is already safe", "no need to set it", with no
 * value of its own for the setting anywhere).
 */
export type WrongDefaultHit = { id: string; said: string; actual: string; clause: string; names: readonly string[]; relied: boolean };

// Words that lean on a default instead of setting the value ("so the topic is already safe", "no need to set it").
const RELIANCE = /\b(?:already|no need|not needed|need not|needn't|don't need|do not need|nothing to set|leave it|left alone|without setting|out of the box)\b/i;

// Words that cite a default; "older clients", "before 3.0" cite a version's behaviour the same way.
const DEFAULT_WORDS: ReadonlySet<string> = new Set(['default', 'defaults', 'defaulted']);
const OLDER_NOUNS: ReadonlySet<string> = new Set(['client', 'clients', 'version', 'versions', 'release', 'releases', 'producer', 'producers', 'broker', 'brokers', 'kafka', 'spark', 'airflow', 'library', 'libraries', 'wrapper', 'wrappers']);
const VERSION_OPENERS: ReadonlySet<string> = new Set(['before', 'prior', 'pre', 'until']);
// The learner's own choice of the default ("we keep the default", "I leave it at its default", "our default").
const ADOPTERS: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my', 'us', 'keep', 'keeps', 'leave', 'leaves', 'use', 'stick', 'rely', 'accept', 'go', 'stay', 'stays']);
// Words between a cited setting and its value ("defaults to 1", "default is 1", "default of 1", "is still 1").
const LINKS: ReadonlySet<string> = new Set(['is', 'to', 'of', 'are', 'was', 'be', 'set', 'at', 'still', 'already', 'just', 'only', 'usually', 'typically', 'the', 'value', '=', ':', 'for', 'it', 'its']);
const MAX_REACH = 6;

const isVersion = (token: TextToken | undefined) => token !== undefined && /^\d+(?:\.\d+)*$/.test(token.norm);

// Whether token `i` opens a citation: a default word, "older <noun>", or "before/prior to/pre <version>".
function cueAt(tokens: readonly TextToken[], i: number): boolean {
  const token = tokens[i];
  if (token?.kind !== 'word') return false;
  if (DEFAULT_WORDS.has(token.norm)) return true;
  if (token.norm === 'older' || token.norm === 'old') return OLDER_NOUNS.has(tokens[i + 1]?.norm ?? '') || OLDER_NOUNS.has(tokens[i + 2]?.norm ?? '');
  if (VERSION_OPENERS.has(token.norm)) return isVersion(tokens[i + 1]) || isVersion(tokens[i + 2]) || (tokens[i + 1]?.norm === 'to' && isVersion(tokens[i + 3]));
  return false;
}

// Whether the learner adopts the cue at `i` as their own ("we keep the default"): an adopter within three words before it.
function adopted(tokens: readonly TextToken[], i: number, from: number): boolean {
  for (let k = Math.max(from, i - 3); k < i; k += 1) if (ADOPTERS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

const citedCache = new WeakMap<ReadText, boolean[]>();

// Per token: whether it lies in a stretch that cites a default (the cue's clause, and the clause it continues in its sentence).
function citedTokens(read: ReadText): boolean[] {
  const cached = citedCache.get(read);
  if (cached) return cached;
  const cited = new Array<boolean>(read.tokens.length).fill(false);
  for (const sentence of read.sentences) {
    for (let i = sentence.from; i < sentence.to; i += 1) {
      if (!cueAt(read.tokens, i) || adopted(read.tokens, i, sentence.from)) continue;
      const clause = read.clauses[read.clauseOf[i] ?? -1];
      if (!clause) continue;
      // The cited stretch runs from the cue's clause start to its end; a parenthesis inside ("older clients (and some
      // wrappers) still default to acks=1") splits the clause, so the next clause of the sentence is read with it.
      const next = read.clauses[clause.index + 1];
      const to = next !== undefined && next.sentence === clause.sentence && next.opener === undefined && !startsOwn(read.tokens, next.from) ? next.to : clause.to;
      for (let k = clause.from; k < to; k += 1) cited[k] = true;
    }
  }
  citedCache.set(read, cited);
  return cited;
}

// A clause opening with a person or a joining word is the learner's own statement ("..., so we set it to 2").
function startsOwn(tokens: readonly TextToken[], from: number): boolean {
  const first = tokens[from]?.norm ?? '';
  return ADOPTERS.has(first) || first === 'so' || first === 'which' || first === 'and' || first === 'then';
}

/**
 * Whether the character offset `start` lies where the learner cites a default or an older version's behaviour
 * ("older clients still default to acks=1", "the broker default for min.insync.replicas is 1"), not where they set a
 * value: such a value is reported, not claimed. A default the learner adopts ("we keep the default acks=1") is theirs.
 * Pure.
 */
export function citedDefaultAt(read: ReadText, start: number): boolean {
  const token = read.tokens.findIndex((item) => item.end > start);
  return token >= 0 && (citedTokens(read)[token] ?? false);
}

// The setting of `DEFAULT_FACTS` named at tokens [from, to) nearest `at`, with where it is.
function namedFact(read: ReadText, from: number, to: number, at: number): { fact: DefaultFact; end: number } | undefined {
  let best: { fact: DefaultFact; end: number; distance: number } | undefined;
  for (const fact of DEFAULT_FACTS) {
    for (const name of fact.names) {
      const words = nameTokens(name);
      for (let i = from; i + words.length <= to; i += 1) {
        if (!words.every((word, k) => read.tokens[i + k]?.norm === word)) continue;
        const distance = Math.abs(i - at);
        if (!best || distance < best.distance) best = { fact, end: i + words.length, distance };
      }
    }
  }
  return best ? { fact: best.fact, end: best.end } : undefined;
}

const nameCache = new Map<string, readonly string[]>();
// A name as the token norms the tokenizer gives it ("min.insync.replicas" is "min", ".", "insync", ".", "replicas").
function nameTokens(name: string): readonly string[] {
  let words = nameCache.get(name);
  if (!words) {
    words = tokenizeText(name, name.length).map((token) => token.norm);
    nameCache.set(name, words);
  }
  return words;
}

// The clause of token `i` as token indices [from, to).
function clauseRange(read: ReadText, i: number): { from: number; to: number } | undefined {
  const clause = read.clauses[read.clauseOf[i] ?? -1];
  return clause ? { from: clause.from, to: clause.to } : undefined;
}

// Whether the default word at `i` cites an older version's behaviour: "before 3.0", "prior to 2.8", "older clients" in its clause.
function historical(read: ReadText, i: number): boolean {
  const range = clauseRange(read, i);
  if (!range) return false;
  for (let k = range.from; k < range.to; k += 1) if (!DEFAULT_WORDS.has(read.tokens[k]?.norm ?? '') && cueAt(read.tokens, k)) return true;
  return false;
}

/**
 * The setting a default word at `i` is about: one named in its own clause; else one named elsewhere in the sentence, but
 * only when the clause sets no other setting of its own ("the producer default was acks=1" is about acks, not about the
 * min.insync.replicas of the next clause).
 */
function citedSetting(read: ReadText, i: number, from: number, to: number): { fact: DefaultFact; end: number } | undefined {
  const range = clauseRange(read, i);
  if (!range) return namedFact(read, from, to, i);
  const inClause = namedFact(read, range.from, range.to, i);
  if (inClause) return inClause;
  const start = read.tokens[range.from]?.start ?? 0;
  const end = read.tokens[range.to - 1]?.end ?? 0;
  if (readValues(read).some((value) => value.kind === 'setting' && value.start >= start && value.start < end)) return undefined;
  return namedFact(read, from, to, i);
}

// The value said after token `from` (past linking words), in its sentence.
function valueAfter(read: ReadText, from: number, to: number): { value: CitedValue; at: number } | undefined {
  for (let i = from, seen = 0; i < to && seen <= MAX_REACH; i += 1, seen += 1) {
    const token = read.tokens[i] as TextToken;
    if (LINKS.has(token.norm)) continue;
    const number = Number(token.norm.replace(/,/g, ''));
    if (/^-?\d[\d,]*(?:\.\d+)?$/.test(token.norm) && Number.isFinite(number)) {
      const unit = read.tokens[i + 1];
      const withUnit = unit?.kind === 'word' && SECONDS[unit.norm] !== undefined ? unit.norm : undefined;
      const end = withUnit ? (unit as TextToken).end : token.end;
      return { value: { number, ...(withUnit ? { unit: withUnit } : {}), text: read.text.slice(token.start, end) }, at: i };
    }
    if (token.kind === 'word' && ['true', 'false', 'latest', 'earliest', 'none', 'all', 'on', 'off', 'enabled', 'disabled'].includes(token.norm)) return { value: { word: token.norm, text: token.norm }, at: i };
    return undefined;
  }
  return undefined;
}

// The setting an "its default" points back to: the first default-fact name in the sentence before.
function antecedent(read: ReadText, sentence: number): DefaultFact | undefined {
  const before = read.sentences[sentence - 1];
  return before ? namedFact(read, before.from, before.to, before.from)?.fact : undefined;
}

/**
 * The defaults the text cites wrongly ("min.insync.replicas defaults to 2", "Spark's default watermark is 10 minutes",
 * "its default is 2" after a sentence naming the setting): each with the learner's words, the documented default
 * (`DEFAULT_FACTS`) and the clause. A default cited rightly, or one this table does not know, gives nothing. Pure.
 */
export function readWrongDefaults(read: ReadText): WrongDefaultHit[] {
  const hits: WrongDefaultHit[] = [];
  const seen = new Set<string>();
  for (const sentence of read.sentences) {
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const token = read.tokens[i];
      if (token?.kind !== 'word' || !DEFAULT_WORDS.has(token.norm) || adopted(read.tokens, i, sentence.from)) continue;
      // A default of an older version ("before 3.0 the producer default was acks=1") is history: the table holds today's.
      if (historical(read, i)) continue;
      const own = i > sentence.from && read.tokens[i - 1]?.norm === 'its' ? antecedent(read, sentence.index) : undefined;
      const named = own ? { fact: own, end: i + 1 } : citedSetting(read, i, sentence.from, sentence.to);
      if (!named || seen.has(named.fact.id)) continue;
      // "defaults to 1", "default watermark is 10 minutes", "the default for X is 1": the value comes after the later of the two.
      const found = valueAfter(read, Math.max(i, named.end - 1) + 1, sentence.to);
      if (!found || named.fact.matches(found.value) !== false) continue;
      seen.add(named.fact.id);
      const clause = read.clauses[read.clauseOf[i] ?? -1]?.text ?? sentence.text;
      const key = named.fact.key;
      const ownValue = key !== undefined && readValues(read).some((value) => value.key === key && value.polarity === 'affirmed' && !citedDefaultAt(read, value.start));
      hits.push({ id: named.fact.id, said: found.value.text, actual: named.fact.actual, clause, names: named.fact.names, relied: RELIANCE.test(sentence.text) && !ownValue });
    }
  }
  return hits;
}
