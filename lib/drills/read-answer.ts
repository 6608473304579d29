import { normaliseText } from '../text/normalise';

/**
 * Tolerant readers for learners' answers. Each returns a canonical value, or undefined when the text
 * cannot be read as that kind of answer (the checker then says how to write it, rather than "wrong").
 */

const MAX_ANSWER_CHARS = 2000;

function cut(text: string): string {
  return text.slice(0, MAX_ANSWER_CHARS);
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

/**
 * yes/no, true/false, or the question's own words ("dropped" / "kept"). Phrases that start with a
 * negation ("not dropped") are listed in noWords and checked first, so they win over "dropped".
 */
export function readYesNo(text: string, yesWords: readonly string[], noWords: readonly string[]): boolean | undefined {
  const haystack = words(text);
  const first = haystack.trim().split(' ')[0] ?? '';
  if (['yes', 'y', 'true', 'yep', 'yeah', 'correct'].includes(first)) return true;
  if (['no', 'n', 'false', 'nope'].includes(first)) return false;
  if (noWords.some((phrase) => hasPhrase(haystack, phrase))) return false;
  if (yesWords.some((phrase) => hasPhrase(haystack, phrase))) return true;
  if (NO.some((phrase) => hasPhrase(haystack, phrase))) return false;
  if (YES.some((phrase) => hasPhrase(haystack, phrase))) return true;
  return undefined;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, none: 0, nobody: 0, nothing: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** `12,000` and `12_000` are one number; `12, 75` are two. */
const INTEGER = /\d{1,3}(?:[,_]\d{3})+(?!\d)|\d+(?:\.\d+)?/g;

function numbersIn(text: string): number[] {
  return [...text.matchAll(INTEGER)].map((match) => Number(match[0].replace(/[,_]/g, '')));
}

/** `3`, `three`, `twenty one`, `3 consumers`, `8 - 6 = 2` (the figure after the last `=`). */
export function readInteger(text: string): number | undefined {
  const raw = cut(text);
  const afterEquals = raw.includes('=') ? raw.slice(raw.lastIndexOf('=') + 1) : raw;
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
};

const PREFIX_POWER: Readonly<Record<string, number>> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };

/**
 * Reads a data-size unit symbol. Case carries meaning only where people use it to: `Gb` is gigabits and
 * `GB` gigabytes, but an all-lower-case `gb` is read as gigabytes because that is what people mean by it.
 */
function dataUnit(symbol: string): UnitScale | undefined {
  const word = DATA_WORDS[symbol.toLowerCase()];
  if (word !== undefined) return { factor: word };
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
  let trimmed = cut(text).trim();
  if (trimmed.includes('=')) trimmed = trimmed.slice(trimmed.lastIndexOf('=') + 1).trim();
  for (let guard = 0; guard < 3; guard += 1) trimmed = trimmed.replace(APPROX, '');
  return trimmed.replace(/[.!]+$/, '').trim();
}

/** `1.2 TB`, `1200GB`, `1.09 TiB`, `9.6 Tb`, `1,200 gigabytes`, `1.2e12 bytes` -> bytes. */
export function readDataSize(text: string): number | undefined {
  const trimmed = stripAround(text)
    .replace(/\s+(?:of\s+)?(?:storage|disk|data|total|in total|on disk)$/i, '')
    .trim();
  const match = /^([0-9][0-9,_]*(?:\.[0-9]+)?(?:e[+-]?\d+)?)\s*([a-zA-Z]+)$/.exec(trimmed);
  if (!match) return undefined;
  const [, digits = '', symbol = ''] = match;
  const number = Number(digits.replace(/[,_]/g, ''));
  const unit = dataUnit(symbol);
  if (!Number.isFinite(number) || !unit) return undefined;
  return number * unit.factor;
}

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
  w: 604800, wk: 604800, week: 604800, weeks: 604800,
};

/** `8.76 hours`, `8h 46m`, `8 hours and 45 minutes`, `525.6 min per year` -> seconds. */
export function readDuration(text: string): number | undefined {
  const trimmed = stripAround(text)
    .toLowerCase()
    .replace(/\s*(?:per|a|each|every|\/)\s*(?:year|yr)\b.*$/, '')
    .replace(/\s+of\s+downtime\b.*$/, '')
    .replace(/\s+downtime\b.*$/, '');
  const segment = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*([a-z]+)/g;
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

/** `[12:00, 12:10)` written as an interval would otherwise be split at its comma. */
export function joinBracketRanges(text: string): string {
  return text.replace(/[[(]\s*([^,[\]()]+?)\s*,\s*([^,[\]()]+?)\s*[\])]/g, '$1 to $2');
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

const OPEN_END = ['null', 'none', 'open', 'infinity', 'inf', 'nil', 'n/a', 'na', 'empty', '∞'];
const TRUE_WORDS = ['true', 't', 'yes', 'y', 'current', '1'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', 'expired', 'historic', 'historical', 'closed', '0', 'not current'];
const FILLER = new Set(['valid', 'from', 'to', 'is', 'current', 'city', 'row', 'value', 'the', 'until', 'since', 'and']);

/** Canonical SCD2 row `value|from|to|current`; `to` is `open` for an open end (null or 9999-12-31). */
export function readScdRow(item: string): string | undefined {
  const dates = [...item.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)].map((match) => match[0]);
  let rest = item.toLowerCase();
  for (const date of dates) rest = rest.replace(date, ' ');
  const tokens = rest.split(/[\s,|:=()[\]→>_]+|-{1,2}/).filter((token) => token.length > 0);
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

/** Offsets per partition: `p0: 120, p1: 75` or `120, 75` in partition order. */
export function readOffsets(text: string, partitions: number): number[] | undefined {
  const raw = cut(text);
  const labelled = [...raw.matchAll(/(?:p(?:artition)?\s*)?(\d+)\s*(?::|=|->|→|=>)\s*(\d{1,3}(?:[,_]\d{3})+(?!\d)|\d+)/gi)];
  if (labelled.length > 0) {
    const values: (number | undefined)[] = Array.from({ length: partitions }, () => undefined);
    for (const match of labelled) {
      const partition = Number(match[1]);
      if (partition >= partitions) return undefined;
      values[partition] = Number((match[2] ?? '').replace(/[,_]/g, ''));
    }
    return values.every((value): value is number => value !== undefined) ? values : undefined;
  }
  const numbers = numbersIn(raw.replace(/,\s+/g, ' ; '));
  return numbers.length === partitions && numbers.every(Number.isInteger) ? numbers : undefined;
}

/** The options the answer names as whole words; the checker accepts exactly one. */
export function readChoices(text: string, options: readonly { value: string; aliases: readonly string[] }[]): string[] {
  const haystack = words(text);
  return options.filter((option) => [option.value, ...option.aliases].some((alias) => hasPhrase(haystack, alias))).map((option) => option.value);
}
