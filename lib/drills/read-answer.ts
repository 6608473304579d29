import { digitGroupingOf, readGroupedDigits } from '../text/digit-grouping';
import { normaliseText } from '../text/normalise';
import { spellNumbers } from '../text/spelled-numbers';

/**
 * Tolerant readers for learners' answers. Each returns a canonical value, or undefined when the text
 * cannot be read as that kind of answer (the checker then says how to write it, rather than "wrong").
 */

const MAX_ANSWER_CHARS = 2000;

function cut(text: string): string {
  return text.slice(0, MAX_ANSWER_CHARS);
}

/**
 * The figures of an answer as digits, read as the worksheet reads them: numbers in words ("twelve million",
 * lib/text/spelled-numbers) and grouped digits (`1 000 000`, `50.000.000`, `99,9 %`, lib/text/digit-grouping).
 */
function figuresIn(text: string): string {
  const spelled = spellNumbers(text).text;
  return readGroupedDigits(spelled, digitGroupingOf([spelled])).text;
}

/** Lower-case words with symbols removed; whole-word matching pads with spaces. */
function words(text: string): string {
  return ` ${normaliseText(cut(text))} `;
}

const normalisedPhrases = new Map<string, string>();

function hasPhrase(haystack: string, phrase: string): boolean {
  // Phrases come from answer keys, a small fixed vocabulary: normalise each once.
  let needle = normalisedPhrases.get(phrase);
  if (needle === undefined) {
    needle = normaliseText(phrase);
    if (normalisedPhrases.size < 5000) normalisedPhrases.set(phrase, needle);
  }
  return needle !== '' && haystack.includes(` ${needle} `);
}

const YES = ['yes', 'y', 'true', 'yep', 'yeah', 'correct', 'it is', 'it does', 'they do'];
const NO = ['no', 'n', 'false', 'nope', 'not', 'never', 'it is not', 'it does not'];
const LEADING_YES = ['yes', 'y', 'true', 'yep', 'yeah', 'yup', 'correct', 'affirmative'];
const LEADING_NO = ['no', 'n', 'false', 'nope', 'nah'];

/** Every place a phrase occurs, as [start, end) offsets into the padded haystack. */
function occurrences(haystack: string, phrase: string): [number, number][] {
  const needle = ` ${normaliseText(phrase)} `;
  const found: [number, number][] = [];
  if (needle.trim() === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
}

/**
 * The verdict the question's own words give ("dropped" / "not dropped"); a phrase inside a longer one
 * ("counted" in "not counted") does not count. 'both' when the answer uses words for both sides.
 */
function phraseVerdict(haystack: string, yesWords: readonly string[], noWords: readonly string[]): boolean | 'both' | undefined {
  const hits = [
    ...yesWords.flatMap((phrase) => occurrences(haystack, phrase).map(([start, end]) => ({ start, end, value: true }))),
    ...noWords.flatMap((phrase) => occurrences(haystack, phrase).map(([start, end]) => ({ start, end, value: false }))),
  ];
  const outer = hits.filter((hit) => !hits.some((other) => other !== hit && other.end - other.start > hit.end - hit.start && other.start <= hit.start && other.end >= hit.end));
  const values = new Set(outer.map((hit) => hit.value));
  if (values.size === 2) return 'both';
  const [value] = values;
  return value;
}

/**
 * yes/no, true/false, or the question's own words ("dropped" / "kept"). A phrase inside a longer one
 * loses to it ("not dropped" beats "dropped"). An answer that contradicts itself ("yes, it is kept")
 * is undefined: it cannot be read as either.
 */
export function readYesNo(text: string, yesWords: readonly string[], noWords: readonly string[]): boolean | undefined {
  const haystack = words(text);
  const first = haystack.trim().split(' ')[0] ?? '';
  const leading = LEADING_YES.includes(first) ? true : LEADING_NO.includes(first) ? false : undefined;
  const phrased = phraseVerdict(haystack, yesWords, noWords);
  if (leading !== undefined) return phrased === undefined || phrased === 'both' || phrased === leading ? leading : undefined;
  if (phrased === 'both') return undefined;
  if (phrased !== undefined) return phrased;
  if (NO.some((phrase) => hasPhrase(haystack, phrase))) return false;
  if (YES.some((phrase) => hasPhrase(haystack, phrase))) return true;
  return undefined;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, no: 0, none: 0, nobody: 0, nothing: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** `12,000` and `12_000` are one number; `12, 75` are two; `2.88M`, `2.88 million`, `40k` carry their scale. */
const INTEGER = /(\d{1,3}(?:[,_]\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:e([+-]?\d+))?(?:\s*(k|thousand|mn|m|million|millions|bn|b|billion|billions)(?![a-z]))?/gi;

const SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9 };

function numbersIn(text: string): number[] {
  return [...text.matchAll(INTEGER)].map((match) => {
    const value = Number((match[1] ?? '').replace(/[,_]/g, '')) * 10 ** Number(match[2] ?? 0) * (SCALES[(match[3] ?? '').toLowerCase()] ?? 1);
    // 2.88M is 2,880,000 exactly, not 2879999.9999999995.
    return Number(value.toPrecision(12));
  });
}

/** Keeps the figure an answer gives and drops the working around it: "2 (RF - 1)", "3 because 11 - 8", "3 out of 11". */
function headline(text: string): string {
  const withoutParens = text.replace(/\([^()]*\)/g, ' ');
  const base = /\d/.test(withoutParens) ? withoutParens : text;
  const outOf = base.replace(/(?<![\d,_.])(\d[\d,_.]*)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d[\d,_]*/gi, '$1');
  const cut = /\s*(?:\bbecause\b|\bsince\b|\bas\b|\bgiven\b|;|:|—)/i.exec(outOf);
  if (cut && /\d/.test(outOf.slice(0, cut.index))) return outOf.slice(0, cut.index);
  return outOf;
}

/** `3`, `three`, `twenty one`, `3 consumers`, `8 - 6 = 2` (the figure after the last `=`), `2.88M`, `3 out of 11`. */
export function readInteger(text: string): number | undefined {
  const raw = figuresIn(cut(text));
  const afterEquals = headline(raw.includes('=') ? raw.slice(raw.lastIndexOf('=') + 1) : raw);
  const numbers = numbersIn(afterEquals);
  if (numbers.length > 0) {
    const [first] = numbers;
    if (numbers.length > 1 && numbers.some((value) => value !== first)) return undefined;
    return first !== undefined && Number.isInteger(first) ? first : undefined;
  }
  const tokens = normaliseText(afterEquals).split(' ');
  let total: number | undefined;
  for (const token of tokens) {
    const value = SMALL_NUMBERS[token];
    if (value === undefined) {
      if (total !== undefined) break;
      continue;
    }
    // "twenty one": a tens word followed by a unit word adds up.
    total = total === undefined ? value : total + value;
  }
  return total;
}

interface UnitScale {
  factor: number;
}

const DATA_WORDS: Readonly<Record<string, number>> = {
  byte: 1, bytes: 1, kilobyte: 1e3, kilobytes: 1e3, megabyte: 1e6, megabytes: 1e6, gigabyte: 1e9, gigabytes: 1e9,
  terabyte: 1e12, terabytes: 1e12, petabyte: 1e15, petabytes: 1e15, exabyte: 1e18, exabytes: 1e18,
  kibibyte: 2 ** 10, kibibytes: 2 ** 10, mebibyte: 2 ** 20, mebibytes: 2 ** 20, gibibyte: 2 ** 30, gibibytes: 2 ** 30,
  tebibyte: 2 ** 40, tebibytes: 2 ** 40, pebibyte: 2 ** 50, pebibytes: 2 ** 50,
  bit: 1 / 8, bits: 1 / 8, kilobit: 125, kilobits: 125, megabit: 125e3, megabits: 125e3, gigabit: 125e6, gigabits: 125e6,
  terabit: 125e9, terabits: 125e9,
  // Spoken shorthand: "130 gigs", "500 megs".
  meg: 1e6, megs: 1e6, gig: 1e9, gigs: 1e9,
};

const PREFIX_POWER: Readonly<Record<string, number>> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };

/**
 * Reads a data-size unit symbol. Case carries meaning only where people use it to: `Gb` is gigabits and
 * `GB` gigabytes, but an all-lower-case `gb` is read as gigabytes because that is what people mean by it.
 */
function dataUnit(symbol: string): UnitScale | undefined {
  const word = DATA_WORDS[symbol.toLowerCase()];
  if (word !== undefined) return { factor: word };
  // `Tbit`, `Gbits`, `kbit`: bits spelt out after a prefix, whatever the case.
  const bits = /^([kmgtpe])(i?)bits?$/i.exec(symbol);
  if (bits) {
    const power = PREFIX_POWER[(bits[1] ?? '').toLowerCase()] ?? 0;
    return { factor: (bits[2] ? 1024 ** power : 1000 ** power) / 8 };
  }
  const match = /^([kKmMgGtTpPeE]?)(i?)([bB])$/.exec(symbol);
  if (!match) return undefined;
  const [, prefix = '', binary, letter] = match;
  const power = PREFIX_POWER[prefix.toLowerCase()];
  if (power === undefined) return undefined;
  const base = binary ? 1024 ** power : 1000 ** power;
  const allLower = symbol === symbol.toLowerCase();
  // A bare "b" is a bit only when written next to a capitalised prefix ("Gb", "Mb").
  const isBits = letter === 'b' && !allLower;
  return { factor: isBits ? base / 8 : base };
}

const APPROX = /^(?:~|≈|about|approx(?:imately)?\.?|roughly|around|circa|ca\.?|nearly|almost)\s*/i;

function stripAround(text: string): string {
  let trimmed = figuresIn(cut(text)).trim();
  if (trimmed.includes('=')) trimmed = trimmed.slice(trimmed.lastIndexOf('=') + 1).trim();
  for (let guard = 0; guard < 3; guard += 1) trimmed = trimmed.replace(APPROX, '');
  return trimmed.replace(/[.!]+$/, '').trim();
}

const SIZE = /(?<![\d.,_])(\d[\d,_]*(?:\.\d+)?(?:e[+-]?\d+)?)\s*([a-zA-Z]+)/g;

/** A figure of data written in a text: its size in bytes, and whether it is per second (`50 MB/s`). */
export interface DataFigure {
  /** As written: `50 MB/s`, `13 TB`. */
  text: string;
  bytes: number;
  perSecond: boolean;
  /** Where it starts in the text. */
  index: number;
}

const FIGURE = /(?<![\d.,_])(\d[\d,_]*(?:\.\d+)?(?:e[+-]?\d+)?)\s*([a-zA-Z]+)(\s*(?:\/\s*s(?:ec(?:ond)?)?\b|\s+per\s+second\b|\s+a\s+second\b))?/g;

/**
 * Every size and size per second in a text, in order (`10,000 x 5 KB = 50 MB/s; x 259,200 s = 13 TB` ->
 * 5 KB, 50 MB/s, 13 TB): the steps of a worked answer or of a drill's explanation. Numbers without a data unit
 * (counts, seconds) are left out.
 */
export function readDataFigures(text: string): DataFigure[] {
  return [...text.matchAll(FIGURE)].flatMap((match) => {
    const unit = dataUnit(match[2] ?? '');
    const number = Number((match[1] ?? '').replace(/[,_]/g, ''));
    if (unit === undefined || !Number.isFinite(number)) return [];
    return [{ text: match[0].trim(), bytes: number * unit.factor, perSecond: match[3] !== undefined, index: match.index ?? 0 }];
  });
}

/** A size over time (`130 GB/day`, `5 MB per second`, `2 TB a month`): a rate, which no size question asks for. */
const SIZE_OVER_TIME = /(?<![\d.,_])\d[\d,_]*(?:\.\d+)?(?:e[+-]?\d+)?\s*[a-zA-Z]+\s*(?:\/|\bper\b|\ba\b|\beach\b|\bevery\b)\s*(?:s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|wk|week|weeks|mo|month|months|yr|year|years)\b/i;

/**
 * True when the answer gives a data rate (a size per unit of time) outside parentheses, where a size is
 * asked: `130 GB/day` is not the disk a topic needs, however right its number.
 */
export function isDataRate(text: string): boolean {
  return SIZE_OVER_TIME.test(stripAround(text).replace(/\([^()]*\)/g, ' '));
}

/**
 * `1.2 TB`, `1200GB`, `1.09 TiB`, `9.6 Tb`, `1,200 gigabytes`, `1.2e12 bytes`, `~35 MB per file`,
 * `1.2 TB (400 GB x 3)` -> bytes. Every size outside parentheses must agree; otherwise undefined, as for
 * a rate written where a size is asked (`130 GB/day`, isDataRate).
 */
export function readDataSize(text: string): number | undefined {
  if (isDataRate(text)) return undefined;
  const trimmed = stripAround(text);
  const outside = trimmed.replace(/\([^()]*\)/g, ' ');
  const read = (part: string): number[] =>
    [...part.matchAll(SIZE)].flatMap((match) => {
      const unit = dataUnit(match[2] ?? '');
      const number = Number((match[1] ?? '').replace(/[,_]/g, ''));
      return unit && Number.isFinite(number) ? [number * unit.factor] : [];
    });
  const sizes = read(outside).length > 0 ? read(outside) : read(trimmed);
  const [first] = sizes;
  if (first === undefined) return undefined;
  return sizes.every((size) => Math.abs(size - first) <= Math.abs(first) * 0.005) ? first : undefined;
}

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
  w: 604800, wk: 604800, week: 604800, weeks: 604800,
};

const ISO_DURATION = /^p(?:(\d+(?:\.\d+)?)d)?(?:t(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?)?$/;

/** ISO 8601 `PT8H45M`, `P1DT2H` -> seconds (days, hours, minutes, seconds; no years or months). */
function readIsoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text.trim());
  if (!match || !/\d/.test(text)) return undefined;
  const [, days, hours, minutes, seconds] = match;
  return Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** `8.76 hours`, `8h 46m`, `8 hours and 45 minutes`, `525.6 min per year`, `PT8H45M`, `8.8 h (99.9%)` -> seconds. */
export function readDuration(text: string): number | undefined {
  const trimmed = stripAround(text)
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s*(?:(?:per|a|each|every|\/)\s*(?:year|yr)\b|annually\b|yearly\b).*$/, '')
    .replace(/\s+of\s+downtime\b.*$/, '')
    .replace(/\s+downtime\b.*$/, '');
  const iso = readIsoDuration(trimmed.trim());
  if (iso !== undefined) return iso;
  const segment = /(?<![0-9,.])([0-9][0-9,]*(?:\.[0-9]+)?)\s*([a-z]+)/g;
  let seconds = 0;
  let found = false;
  let rest = trimmed;
  for (const match of trimmed.matchAll(segment)) {
    const [whole, digits = '', unit = ''] = match;
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) return undefined;
    seconds += Number(digits.replace(/,/g, '')) * scale;
    found = true;
    rest = rest.replace(whole, ' ');
  }
  // Anything left besides joining words means the text was not only a duration.
  if (!found || rest.replace(/\band\b|[,+\s]/g, '').length > 0) return undefined;
  return seconds;
}

const SHARE = /^([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(%|percent|per\s*cent)?\s*(?:of\s+(?:the|a)\s+(?:year|time|period)\s*)?(down(?:time)?|unavailab(?:le|ility)|of\s+(?:the|a)\s+(?:year|time|period)|avail(?:able|ability)|up(?:time)?)?$/;

/**
 * A share of a period, as the fraction of it spent down: "0.1% of the year" and "0.001 of the year" -> 0.001,
 * "99.9% available" and "99.9% uptime" -> 0.001. A bare percentage says neither, so it is undefined.
 */
export function readShareDown(text: string): number | undefined {
  const trimmed = stripAround(text).toLowerCase().replace(/\s+/g, ' ').trim();
  const match = SHARE.exec(trimmed);
  if (!match) return undefined;
  const [, digits = '', percent, what = ''] = match;
  const ofPeriod = /of (?:the|a) (?:year|time|period)/.test(trimmed);
  if (what === '' && !ofPeriod) return undefined;
  const share = Number(digits) / (percent ? 100 : 1);
  if (!Number.isFinite(share) || share < 0 || share > 1) return undefined;
  return /^(?:avail|up)/.test(what) ? 1 - share : share;
}

/** Splits a list answer: commas, semicolons, new lines or "and"; bullets and numbering are dropped. */
export function splitList(text: string, separators: RegExp = /[,;\n]|\band\b/): string[] {
  return cut(text)
    .replace(/^\s*[[{(]|[\]})]\s*$/g, '')
    .split(separators)
    .map((item) => item.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((item) => item.length > 0);
}

/** `12:05`, `12:05:00`, `12.05`, `12h05`, `9:05 pm` -> seconds since midnight, for every clock time in the text. */
export function readClockTimes(text: string): number[] {
  const clock = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/gi;
  const times: number[] = [];
  for (const match of text.matchAll(clock)) {
    const [, hoursText = '', minutesText = '', secondsText, meridiem] = match;
    let hours = Number(hoursText);
    const minutes = Number(minutesText);
    const seconds = secondsText === undefined ? 0 : Number(secondsText);
    if (minutes > 59 || seconds > 59) continue;
    const suffix = meridiem?.toLowerCase().replace(/\./g, '');
    if (suffix === 'pm' && hours < 12) hours += 12;
    if (suffix === 'am' && hours === 12) hours = 0;
    // 24:00 is the end of the day: a window may end there.
    if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) continue;
    times.push(hours * 3600 + minutes * 60 + seconds);
  }
  return times;
}

/**
 * `[12:00, 12:10)`, `(2024-03-01, 2024-03-02)`, Spark's `{12:00:00, 12:10:00}` and Airflow's
 * `data_interval_start=a, data_interval_end=b` are one range each: join them so a list is not split at their comma.
 */
export function joinBracketRanges(text: string): string {
  return text
    .replace(/(?:data_interval_)?start\s*[=:]\s*([^,;\n]+?)\s*,\s*(?:data_interval_)?end\s*[=:]\s*/gi, '$1 to ')
    .replace(/[[({]\s*([^,[\](){}]+?)\s*,\s*([^,[\](){}]+?)\s*[\])}]/g, '$1 to $2');
}

/** A window `12:00-12:10` as `start-end` seconds; undefined unless exactly two clock times. */
export function readTimeRange(item: string): string | undefined {
  const times = readClockTimes(item);
  if (times.length !== 2) return undefined;
  const [start = 0, end = 0] = times;
  return `${start}-${end}`;
}

const DATE_TIME = /(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:\s*t\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:z|utc|[+-]00:?00)?/gi;

/** Every date or date-time in the text as minutes since the epoch (UTC); bare clock times reuse the last date. */
export function readDateTimes(text: string): number[] {
  const result: number[] = [];
  let lastDay: number | undefined;
  let rest = text;
  const pieces: { at: number; minutes: number; dateless: boolean }[] = [];
  for (const match of text.matchAll(DATE_TIME)) {
    const [whole, year = '', month = '', day = '', hours, minutes] = match;
    const dayMinutes = Date.UTC(Number(year), Number(month) - 1, Number(day)) / 60_000;
    if (!Number.isFinite(dayMinutes)) continue;
    const time = hours === undefined ? 0 : Number(hours) * 60 + Number(minutes ?? 0);
    pieces.push({ at: match.index, minutes: dayMinutes + time, dateless: false });
    rest = rest.replace(whole, ' '.repeat(whole.length));
  }
  for (const match of rest.matchAll(/\b(\d{1,2}):(\d{2})\b/g)) {
    pieces.push({ at: match.index, minutes: Number(match[1]) * 60 + Number(match[2]), dateless: true });
  }
  pieces.sort((a, b) => a.at - b.at);
  for (const piece of pieces) {
    if (!piece.dateless) {
      lastDay = Math.floor(piece.minutes / 1440) * 1440;
      result.push(piece.minutes);
    } else if (lastDay !== undefined) {
      result.push(lastDay + piece.minutes);
    }
  }
  return result;
}

/** An Airflow data interval, written as its start (the logical date) or as start and end: `start|end`. */
export function readInterval(item: string, periodMinutes: number): string | undefined {
  const times = readDateTimes(item);
  if (times.length === 1 && times[0] !== undefined) return `${times[0]}|${times[0] + periodMinutes}`;
  if (times.length === 2) return `${times[0]}|${times[1]}`;
  return undefined;
}

const OPEN_END = ['null', 'none', 'open', 'infinity', 'inf', 'nil', 'n/a', 'na', 'empty', '∞', '—', '–'];
const TRUE_WORDS = ['true', 't', 'yes', 'y', 'current', '1'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', 'expired', 'historic', 'historical', 'closed', '0', 'not current'];
const FILLER = new Set([
  'valid', 'from', 'to', 'is', 'current', 'city', 'row', 'rows', 'value', 'the', 'until', 'since', 'and',
  // SQL written out: INSERT INTO dim_customer VALUES (42, 'York', DATE '2023-05-01', NULL, TRUE)
  'insert', 'into', 'values', 'dim', 'customer', 'id', 'date', 'timestamp', 'select', 'union', 'all',
]);
const HEADER_WORDS = new Set(['customer', 'id', 'city', 'valid', 'from', 'to', 'is', 'current', 'effective', 'expiry', 'expiration', 'end', 'start', 'flag', 'date', 'row']);

/** A table header or separator line (`| city | valid_from | ... |`, `| --- |`, a CSV header): not a row. */
export function isScdHeader(item: string): boolean {
  if (/^[\s|:+\-=]*$/.test(item)) return true;
  const words = item.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 0);
  return !/\d/.test(item) && words.length > 0 && words.every((word) => HEADER_WORDS.has(word));
}

/** Canonical SCD2 row `value|from|to|current`; `to` is `open` for an open end (null or 9999-12-31). */
export function readScdRow(item: string): string | undefined {
  const found = [...item.matchAll(/(\d{4})[-/.](\d{2})[-/.](\d{2})(?:[t\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?/gi)];
  const dates = found.map((match) => `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`);
  let rest = item.toLowerCase();
  for (const match of found) rest = rest.replace(match[0].toLowerCase(), ' ');
  // Numbers other than a 0/1 flag are ids or times (customer 42, 00:00:00), not part of the value.
  const tokens = rest
    .split(/[\s,|:;=()[\]{}→>_'"`]+|-{1,2}/)
    .filter((token) => token.length > 0)
    .filter((token) => !/^\d+$/.test(token) || token === '0' || token === '1');
  let current: boolean | undefined;
  let open = false;
  const valueWords: string[] = [];
  const consumed = new Set<number>();
  tokens.forEach((token, index) => {
    if (token === 'not' && tokens[index + 1] === 'current') {
      current = false;
      consumed.add(index + 1);
      return;
    }
    if (consumed.has(index)) return;
    if (OPEN_END.includes(token)) open = true;
    else if (token === 'current' && current === undefined && index > 0 && tokens[index - 1] === 'is') return;
    else if (TRUE_WORDS.includes(token)) current = true;
    else if (FALSE_WORDS.includes(token)) current = false;
    else if (!FILLER.has(token)) valueWords.push(token);
  });
  const [from, toRaw] = dates;
  if (from === undefined || valueWords.length === 0) return undefined;
  // A row with one date has an open end whether or not the learner wrote "null"; 9999-12-31 is the same thing.
  const to = toRaw === undefined || toRaw.startsWith('9999') ? 'open' : toRaw;
  if (open && toRaw !== undefined && !toRaw.startsWith('9999')) return undefined;
  const isCurrent = current ?? to === 'open';
  return `${valueWords.join(' ')}|${from}|${to}|${isCurrent}`;
}

/** Per-partition offsets that Spark's JSON symbols stand for: -2 is earliest, -1 latest (log end). */
export interface OffsetSymbols {
  earliest?: readonly number[];
  latest?: readonly number[];
}

const OFFSET_VALUE = String.raw`-?\d{1,3}(?:[,_]\d{3})+(?!\d)|-?\d+|earliest|latest`;

function offsetValue(text: string, partition: number, symbols: OffsetSymbols): number | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'earliest' || word === '-2') return symbols.earliest?.[partition];
  if (word === 'latest' || word === '-1') return symbols.latest?.[partition];
  const value = Number(word.replace(/[,_]/g, ''));
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Spark's Kafka offsets JSON, `{"orders":{"0":23,"1":-1}}` (startingOffsets, the checkpoint's offsets
 * files, a progress report's endOffset), or the inner `{"0":23,"1":-1}`. 'absent' when there is no JSON.
 */
function readOffsetsJson(text: string, partitions: number, symbols: OffsetSymbols): number[] | undefined | 'absent' {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end <= start) return 'absent';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start, end + 1).replace(/'/g, '"'));
  } catch {
    return 'absent';
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const entries = Object.entries(parsed as Record<string, unknown>);
  const [onlyTopic] = entries;
  const inner = entries.length === 1 && onlyTopic && typeof onlyTopic[1] === 'object' && onlyTopic[1] !== null ? (onlyTopic[1] as Record<string, unknown>) : (parsed as Record<string, unknown>);
  const values: (number | undefined)[] = Array.from({ length: partitions }, () => undefined);
  for (const [key, value] of Object.entries(inner)) {
    const partition = Number(key);
    if (!/^\d+$/.test(key) || partition >= partitions || typeof value !== 'number') return undefined;
    values[partition] = offsetValue(String(value), partition, symbols);
  }
  return values.every((value): value is number => value !== undefined) ? values : undefined;
}

/**
 * Offsets per partition: `p0: 120, p1: 75`, `orders-0: 120`, `partition 0 at offset 120`, table rows
 * `| 0 | 120 |`, Spark's JSON `{"orders":{"0":120,"1":75}}` (with -2/-1 or earliest/latest when
 * `symbols` says what they stand for), or `120, 75` in partition order.
 */
export function readOffsets(text: string, partitions: number, symbols: OffsetSymbols = {}): number[] | undefined {
  const raw = cut(text);
  const json = readOffsetsJson(raw, partitions, symbols);
  if (json !== 'absent') return json;
  const labelled = [
    ...raw.matchAll(new RegExp(String.raw`(?:p(?:artition)?\s*#?\s*)?(?<!\d)(\d+)\s*(?::|=|->|→|=>|\||\s(?:at|from)\s+(?:offset\s+)?)\s*(?:offset\s+)?(${OFFSET_VALUE})`, 'gi')),
  ];
  if (labelled.length > 0) {
    const values: (number | undefined)[] = Array.from({ length: partitions }, () => undefined);
    for (const match of labelled) {
      const partition = Number(match[1]);
      if (partition >= partitions) return undefined;
      values[partition] = offsetValue(match[2] ?? '', partition, symbols);
    }
    return values.every((value): value is number => value !== undefined) ? values : undefined;
  }
  const numbers = numbersIn(raw.replace(/,\s+/g, ' ; '));
  return numbers.length === partitions && numbers.every((value) => Number.isInteger(value) && value >= 0) ? numbers : undefined;
}

// "it is in 2NF but not in 3NF": the words before an option say it holds rather than answer with it.
const HOLDS_BEFORE = /(?:^|\s)(?:in|satisfies|satisfy|meets|meet|passes|pass|conforms to|already)\s+$/;
const NEGATED_BEFORE = /(?:^|\s)(?:not|no|never|violates|violate|breaks|break|fails|fail)\s+(?:\S+\s+)?$/;

interface ChoiceLike {
  value: string;
  aliases: readonly string[];
  concepts?: readonly string[];
}

function mentions(haystack: string, phrases: readonly string[]): [number, number][] {
  return phrases.flatMap((phrase) => occurrences(haystack, phrase));
}

/**
 * The reasons an answer gives, as the options whose concepts it names without negating them
 * ("partial dependency" -> 2NF; "no partial dependency" -> nothing), with the words it used.
 */
export function readChoiceReasons(text: string, options: readonly ChoiceLike[]): { value: string; phrase: string }[] {
  const haystack = words(text);
  return options.flatMap((option) => {
    const phrase = (option.concepts ?? []).find((concept) => occurrences(haystack, concept).some(([start]) => !NEGATED_BEFORE.test(haystack.slice(Math.max(0, start - 30), start + 1))));
    return phrase === undefined ? [] : [{ value: option.value, phrase }];
  });
}

/**
 * The options the answer names as whole words; the checker accepts exactly one. When several are named,
 * those only named as holding ("in 2NF", "satisfies 2NF") are dropped. When none is named, an option's
 * concepts count unless negated ("transitive dependency" names 3NF; "no partial dependency" names nothing).
 */
export function readChoices(text: string, options: readonly ChoiceLike[]): string[] {
  const haystack = words(text);
  const named = options.filter((option) => [option.value, ...option.aliases].some((alias) => hasPhrase(haystack, alias)));
  if (named.length > 1) {
    const answered = named.filter((option) =>
      mentions(haystack, [option.value, ...option.aliases]).some(([start]) => {
        const before = haystack.slice(Math.max(0, start - 40), start + 1);
        return !HOLDS_BEFORE.test(before) || NEGATED_BEFORE.test(before.replace(/\s*(?:in|already)\s+$/, ' '));
      }),
    );
    if (answered.length >= 1) return answered.map((option) => option.value);
  }
  if (named.length > 0) return named.map((option) => option.value);
  return options
    .filter((option) => mentions(haystack, option.concepts ?? []).some(([start]) => !NEGATED_BEFORE.test(haystack.slice(Math.max(0, start - 30), start + 1))))
    .map((option) => option.value);
}
