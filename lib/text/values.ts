import type { PhrasePolarity } from './find-phrases';
import type { ReadText } from './read-text';

/**
 * A value or setting a learner wrote: `RF=3`, "replication factor of 3", "three replicas",
 * `min.insync.replicas=2`, "min ISR 2", `acks=all`, `enable.idempotence=true`, "5 min", "2x".
 */
export type TextValue = {
  /** setting: a named setting ("RF=3", "min ISR 2"); count: a number of things ("three replicas"); quantity: a number with a unit ("5 min"). */
  kind: 'setting' | 'count' | 'quantity';
  /** The name as the learner wrote it ("RF", "replicas"); empty for a bare quantity ("5 min"). */
  name: string;
  /** The canonical setting it names ("replication.factor", "min.insync.replicas", "acks"...), when known. */
  key?: string;
  /** A number ("3", "three" -> 3; "acks=-1" stays -1), or the lower-case word value ("all", "true", "latest"). */
  value: number | string;
  /** Canonical unit for a quantity: "ms", "s", "min", "h", "day", "week", "x", "%", "B", "KB", "KiB", "bit"... */
  unit?: string;
  /** The learner's words, verbatim. */
  text: string;
  start: number;
  end: number;
  polarity: PhrasePolarity;
  hedged: boolean;
};

/** Numbers written as words, one to twelve and the round tens (how learners write replica counts). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, single: 1, double: 2, triple: 3,
};

// Setting names, each with the ways learners write it (case-insensitive, separators ". _ - space" alike).
const SETTING_ALIASES: readonly { key: string; pattern: string }[] = [
  // "min in-sync at 2": the noun may be left out after "in-sync".
  { key: 'min.insync.replicas', pattern: 'min(?:imum)?[._\\s-]*(?:in[._\\s-]*sync(?:[._\\s-]*(?:replicas?|copies|copy))?|isr)' },
  { key: 'replication.factor', pattern: '(?:default[._\\s-]*)?replication[._\\s-]*factor|rf' },
  { key: 'enable.idempotence', pattern: '(?:enable[._\\s-]*)?idempotence' },
  { key: 'acks', pattern: 'acks?' },
  { key: 'startingOffsets', pattern: 'starting[._\\s-]*offsets' },
  { key: 'failOnDataLoss', pattern: 'fail[._\\s-]*on[._\\s-]*data[._\\s-]*loss' },
  { key: 'isolation.level', pattern: 'isolation[._\\s-]*level' },
  { key: 'retries', pattern: 'retries' },
  { key: 'max.in.flight.requests.per.connection', pattern: 'max[._\\s-]*in[._\\s-]*flight(?:[._\\s-]*requests(?:[._\\s-]*per[._\\s-]*connection)?)?' },
  { key: 'unclean.leader.election.enable', pattern: 'unclean[._\\s-]*leader[._\\s-]*election(?:[._\\s-]*enable)?' },
  { key: 'uptime', pattern: 'uptime|availability|sla' },
];
// Count nouns: "three replicas" is a replication factor of three.
const COUNT_NOUNS: Readonly<Record<string, string>> = {
  replica: 'replication.factor', replicas: 'replication.factor', copy: 'replication.factor', copies: 'replication.factor',
  broker: 'brokers', brokers: 'brokers', az: 'availability-zones', azs: 'availability-zones', zone: 'availability-zones', zones: 'availability-zones',
  partition: 'partitions', partitions: 'partitions', node: 'nodes', nodes: 'nodes', retry: 'retries', retries: 'retries',
};
const UNITS: Readonly<Record<string, string>> = {
  ms: 'ms', msec: 'ms', millisecond: 'ms', milliseconds: 'ms', s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  m: 'min', min: 'min', mins: 'min', minute: 'min', minutes: 'min', h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'day', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  x: 'x', times: 'x', '%': '%', percent: '%', b: 'B', byte: 'B', bytes: 'B', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', pb: 'PB',
  kib: 'KiB', mib: 'MiB', gib: 'GiB', tib: 'TiB', bit: 'bit', bits: 'bit', kbit: 'kbit', mbit: 'Mbit', gbit: 'Gbit', kbps: 'kbit/s', mbps: 'Mbit/s', gbps: 'Gbit/s',
};

// Space inside one line: a setting's name and its value never sit on two lines ("## When to ACK" over a list item "1. receive" is no acks=1).
const INLINE = '[^\\S\\r\\n]';
const NUMBER = `-?\\d+(?:[.,]\\d+)*|${Object.keys(NUMBER_WORDS).join('|')}`;
const SETTINGS = new RegExp(`(?<![\\w.])(${SETTING_ALIASES.map((alias) => `(${alias.pattern})`).join('|')})(?![\\w])(?:${INLINE}*(?:=|:|==|>=)${INLINE}*|${INLINE}+(?:to|of|is|at|set to|of at least|at least)${INLINE}+)(${NUMBER}|[a-z][\\w-]*)(?![\\w])|(?<![\\w.])(${SETTING_ALIASES.map((alias) => `(?:${alias.pattern})`).join('|')})${INLINE}+(${NUMBER})(?![\\w])`, 'giu');
// A setting given its number in prose, with a modal, adverbs or "set" between ("min.insync.replicas should also be set,
// usually to 2", "min ISR should be 2").
const PROSE_FILLERS = '(?:should|must|can|could|would|will|needs?\\s+to|has\\s+to|is|are|be|also|always|usually|typically|normally|generally|ideally|commonly|often|then|really|at\\s+least)';
const PROSE_SETTINGS = new RegExp(`(?<![\\w.])(${SETTING_ALIASES.map((alias) => `(?:${alias.pattern})`).join('|')})(?![\\w])\\s+(?:${PROSE_FILLERS},?\\s+){1,4}(?:(?:set|configured|raised|increased|kept)\\s*,?\\s*(?:(?:usually|typically|normally|generally|ideally|commonly|often)\\s+)?(?:to|at)\\s+)?(${NUMBER})(?![\\w]|\\.\\d)`, 'giu');
// Any other "name=value" a learner writes as a setting ("checkpointLocation=s3://...", "retention.ms=604800000").
const GENERIC_SETTING = /(?<![\w.])([a-z][\w]*(?:[.-][\w]+)*)\s*=\s*("?)(-?\d+(?:\.\d+)?|[\w][\w./:-]*)\2/giu;
// The in-sync minimum said with its number first ("a minimum of two in-sync replicas", "at least 2 in-sync copies").
const MIN_ISR_PROSE = new RegExp(`(?<![\\w.])(?:min(?:imum)?\\s+of|at\\s+least)\\s+(${NUMBER})\\s+in[._\\s-]*sync\\s+(?:replicas?|copies|copy|brokers?)(?![\\w])`, 'giu');
const COUNTS = new RegExp(`(?<![\\w.])(${NUMBER})(?:\\s+|-)(?:\\w+\\s+)?(${Object.keys(COUNT_NOUNS).join('|')})(?![\\w])`, 'giu');
const QUANTITIES = new RegExp(`(?<![\\w.])(${NUMBER})\\s*(${Object.keys(UNITS).map((unit) => unit.replace('%', '%')).join('|')})(?![\\w])`, 'giu');

function toValue(raw: string): number | string {
  const lower = raw.toLowerCase();
  const word = NUMBER_WORDS[lower];
  if (word !== undefined) return word;
  if (/^-?\d+(?:[.,]\d+)*$/.test(raw)) {
    // "5,800" is five thousand eight hundred; "0,5" (a decimal comma) is read as 0.5.
    const plain = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
    const value = Number(plain);
    return Number.isFinite(value) ? value : lower;
  }
  return lower;
}

// Words a setting takes as its value ("acks: all", "idempotence is on", "startingOffsets to latest").
const VALUE_WORDS: ReadonlySet<string> = new Set(['all', 'none', 'true', 'false', 'on', 'off', 'yes', 'no', 'enabled', 'disabled', 'latest', 'earliest', 'leader', 'one', 'zero']);

/**
 * Whether a word after "name:", "name is", "name to" is the setting's value: a number, a value word, or a
 * code-like token ("read_committed"). Prose after a colon or a verb is not ("idempotence: a retry ...",
 * "idempotence is important"); after "=" anything is a value.
 */
function isSettingValue(raw: string, separator: string): boolean {
  if (separator.includes('=') || /^-?\d/.test(raw)) return true;
  const lower = raw.toLowerCase();
  return VALUE_WORDS.has(lower) || NUMBER_WORDS[lower] !== undefined || /[_\d]/.test(lower);
}

// Each alias as a whole-name test, compiled once (not once per value read).
const WHOLE_ALIASES: readonly { key: string; test: RegExp }[] = SETTING_ALIASES.map((alias) => ({ key: alias.key, test: new RegExp(`^(?:${alias.pattern})$`, 'iu') }));
const MAX_KEYS = 500;
const keyCache = new Map<string, string | null>();

// The setting's canonical key as a field to spread ({} when the name is no known setting).
function keyOf(name: string): { key?: string } {
  const key = settingKey(name);
  return key ? { key } : {};
}

// The canonical setting a written name stands for; a name is looked up once (learners repeat the same few).
function settingKey(name: string): string | undefined {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  let key: string | null = null;
  for (const alias of WHOLE_ALIASES) {
    if (alias.test.test(name)) {
      key = alias.key;
      break;
    }
  }
  if (keyCache.size >= MAX_KEYS) keyCache.clear();
  keyCache.set(name, key);
  return key ?? undefined;
}

/**
 * Reads the values and settings of a text, left to right, with the polarity and hedge of the
 * clause each stands in ("we will not set acks=all" is a negated `acks=all`). A number word
 * ("three") counts as a number; "replicas", "copies" are a replication factor. Overlapping
 * readings keep the most specific one (a named setting over a bare quantity). Never throws.
 */
const valueCache = new WeakMap<ReadText, TextValue[]>();

export function readValues(read: ReadText): TextValue[] {
  const cached = valueCache.get(read);
  if (cached) return cached;
  const values = computeValues(read);
  valueCache.set(read, values);
  return values;
}

function computeValues(read: ReadText): TextValue[] {
  const found: TextValue[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (value: Omit<TextValue, 'polarity' | 'hedged'>) => {
    if (!free(value.start, value.end)) return;
    taken.push([value.start, value.end]);
    const token = read.tokens.findIndex((item) => item.end > value.start);
    const clause = token < 0 ? -1 : (read.clauseOf[token] ?? -1);
    // Negated when any word of the value is in a negation's scope ("not acks=all", "acks=all is overkill").
    // A cue inside the value ("enable.idempotence=false") is the value itself, not a negation of it.
    let negated = false;
    let cueInside = false;
    let retracted = false;
    for (let i = Math.max(0, token); i < read.tokens.length && (read.tokens[i]?.start ?? Infinity) < value.end; i += 1) {
      if (read.cue[i]) cueInside = true;
      else if (read.negated[i]) negated = true;
      // Taken back later ("RF=3, no wait, RF=1"): the learner no longer says it.
      if (read.retracted[i]) retracted = true;
    }
    if (cueInside) {
      const before = token - 1;
      negated = before >= 0 && read.clauseOf[before] === clause && (read.negated[before] ?? false) && !(read.cue[before] ?? false);
    }
    found.push({ ...value, polarity: negated || retracted ? 'negated' : 'affirmed', hedged: clause >= 0 ? (read.hedgedClause[clause] ?? false) : false });
  };
  const text = read.text;
  for (const match of text.matchAll(SETTINGS)) {
    // Either "name = value" (groups 1 and value) or "name 3" with a bare number (the last two groups).
    const bareName = match[match.length - 2];
    const name = bareName ?? match[1] ?? '';
    const raw = (bareName !== undefined ? match[match.length - 1] : match[match.length - 3]) ?? '';
    const separator = bareName !== undefined ? ' ' : match[0].slice((match[1] ?? '').length, match[0].length - raw.length);
    if (!isSettingValue(raw, separator)) continue;
    add({ kind: 'setting', name, ...keyOf(name), value: toValue(raw), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(PROSE_SETTINGS)) {
    const name = match[1] ?? '';
    add({ kind: 'setting', name, ...keyOf(name), value: toValue(match[2] ?? ''), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(GENERIC_SETTING)) {
    const name = match[1] ?? '';
    add({ kind: 'setting', name, ...keyOf(name), value: toValue(match[3] ?? ''), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(MIN_ISR_PROSE)) {
    add({ kind: 'setting', name: 'min.insync.replicas', key: 'min.insync.replicas', value: toValue(match[1] ?? ''), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(COUNTS)) {
    const noun = (match[2] ?? '').toLowerCase();
    add({ kind: 'count', name: match[2] ?? '', key: COUNT_NOUNS[noun] as string, value: toValue(match[1] ?? ''), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(QUANTITIES)) {
    add({ kind: 'quantity', name: '', value: toValue(match[1] ?? ''), unit: UNITS[(match[2] ?? '').toLowerCase()] as string, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
