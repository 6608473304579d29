import { normaliseText, tokenise } from '../text/normalise';
import { isStopword } from '../text/stopwords';
import { polarClauses } from './read-field';
import { withoutWithdrawn } from '../text/withdrawn-text';
import { continuesRetention, isRetentionPhrase, tierPeriods } from '../text/retention-phrase';

/** Longest SLA text read; an SLA is a phrase, not an essay. */
export const MAX_SLA_CHARS = 500;

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** What the vague words mean, fixed so that the same text always gives the same number. */
export const REAL_TIME_SECONDS = 1;
export const NEAR_REAL_TIME_SECONDS = 30;
export const SUB_SECOND_SECONDS = 0.5;
/**
 * "fast", "quickly", "asap", "low latency": a speed word with no order of magnitude. Read strictly as seconds and
 * loosely as a quarter of an hour (what a frequent batch job still calls fast): it asks for a fresh result without
 * saying how fresh, so it is never the daily SLA it sits beside, and earns less than "real-time" does.
 */
export const UNSIZED_FAST_SECONDS = 2;
/**
 * The loosest an interviewer still reads each number-less word as: "real-time" is seconds (up to
 * ten), "near real-time" is minutes (up to five). A vague word meets a need as its strict reading
 * and is only misplaced when even its loosest reading is far stricter than the need.
 */
export const VAGUE_LOOSEST_SECONDS: ReadonlyMap<number, number> = new Map([
  [REAL_TIME_SECONDS, 10],
  [NEAR_REAL_TIME_SECONDS, 5 * 60],
  [UNSIZED_FAST_SECONDS, 15 * 60],
]);
/** "sub-minute": under a minute, read as its bound. */
export const SUB_MINUTE_SECONDS = MINUTE;
/** "intraday": refreshed during the day, read as the usual hourly refresh. */
export const INTRADAY_SECONDS = HOUR;
/** "within minutes", "a few seconds": a handful of the unit. */
const FEW = 3;

/** Unit words after normaliseText ("15m" is already "15 m"). Single letters are units only after a number. */
const UNITS: Readonly<Record<string, { seconds: number; plural: boolean }>> = {
  ms: { seconds: 0.001, plural: false },
  msec: { seconds: 0.001, plural: false },
  msecs: { seconds: 0.001, plural: true },
  millis: { seconds: 0.001, plural: true },
  millisecond: { seconds: 0.001, plural: false },
  milliseconds: { seconds: 0.001, plural: true },
  s: { seconds: SECOND, plural: false },
  sec: { seconds: SECOND, plural: false },
  secs: { seconds: SECOND, plural: true },
  second: { seconds: SECOND, plural: false },
  seconds: { seconds: SECOND, plural: true },
  // "15m" is fifteen minutes here: an SLA field talks about time, not millions.
  m: { seconds: MINUTE, plural: false },
  min: { seconds: MINUTE, plural: false },
  mins: { seconds: MINUTE, plural: true },
  minute: { seconds: MINUTE, plural: false },
  minutes: { seconds: MINUTE, plural: true },
  h: { seconds: HOUR, plural: false },
  hr: { seconds: HOUR, plural: false },
  hrs: { seconds: HOUR, plural: true },
  hour: { seconds: HOUR, plural: false },
  hours: { seconds: HOUR, plural: true },
  d: { seconds: DAY, plural: false },
  day: { seconds: DAY, plural: false },
  days: { seconds: DAY, plural: true },
  w: { seconds: WEEK, plural: false },
  wk: { seconds: WEEK, plural: false },
  week: { seconds: WEEK, plural: false },
  weeks: { seconds: WEEK, plural: true },
  mo: { seconds: MONTH, plural: false },
  month: { seconds: MONTH, plural: false },
  months: { seconds: MONTH, plural: true },
  y: { seconds: YEAR, plural: false },
  yr: { seconds: YEAR, plural: false },
  year: { seconds: YEAR, plural: false },
  years: { seconds: YEAR, plural: true },
};

const ONES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const VAGUE: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, couple: 2, few: FEW, several: FEW, dozen: 12 };
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };
const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** Words and phrases that name a freshness without a number, longest first so "near real time" is not read as "real time". */
const KEYWORDS: readonly { words: readonly string[]; seconds: number }[] = [
  { words: ['close', 'to', 'real', 'time'], seconds: NEAR_REAL_TIME_SECONDS },
  { words: ['near', 'real', 'time'], seconds: NEAR_REAL_TIME_SECONDS },
  { words: ['end', 'of', 'day'], seconds: DAY },
  { words: ['close', 'of', 'business'], seconds: DAY },
  { words: ['end', 'of', 'business'], seconds: DAY },
  { words: ['sub', 'minute'], seconds: SUB_MINUTE_SECONDS },
  // "second-level latency", "minute-level freshness": a handful of the unit.
  { words: ['second', 'level'], seconds: FEW * SECOND },
  { words: ['minute', 'level'], seconds: FEW * MINUTE },
  { words: ['sub', 'hour'], seconds: HOUR },
  { words: ['intra', 'day'], seconds: INTRADAY_SECONDS },
  { words: ['near', 'realtime'], seconds: NEAR_REAL_TIME_SECONDS },
  { words: ['near', 'live'], seconds: NEAR_REAL_TIME_SECONDS },
  { words: ['sub', 'second'], seconds: SUB_SECOND_SECONDS },
  { words: ['real', 'time'], seconds: REAL_TIME_SECONDS },
  { words: ['half', 'hourly'], seconds: 30 * MINUTE },
  { words: ['quarter', 'hourly'], seconds: 15 * MINUTE },
  // "next business day"; a finance close ("by finance close", "month-end close") is the month's books closing.
  { words: ['next', 'business', 'day'], seconds: DAY },
  { words: ['next', 'working', 'day'], seconds: DAY },
  { words: ['month', 'end', 'close'], seconds: MONTH },
  { words: ['finance', 'close'], seconds: MONTH },
  { words: ['financial', 'close'], seconds: MONTH },
  { words: ['next', 'day'], seconds: DAY },
  { words: ['next', 'morning'], seconds: DAY },
  { words: ['same', 'day'], seconds: DAY },
  { words: ['o', 'clock'], seconds: DAY },
  { words: ['nrt'], seconds: NEAR_REAL_TIME_SECONDS },
  { words: ['subsecond'], seconds: SUB_SECOND_SECONDS },
  { words: ['subminute'], seconds: SUB_MINUTE_SECONDS },
  { words: ['intraday'], seconds: INTRADAY_SECONDS },
  { words: ['cob'], seconds: DAY },
  { words: ['eob'], seconds: DAY },
  { words: ['as', 'soon', 'as', 'possible'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['low', 'latency'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['fast'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['quick'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['quickly'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['asap'], seconds: UNSIZED_FAST_SECONDS },
  { words: ['realtime'], seconds: REAL_TIME_SECONDS },
  { words: ['live'], seconds: REAL_TIME_SECONDS },
  { words: ['instant'], seconds: REAL_TIME_SECONDS },
  { words: ['instantly'], seconds: REAL_TIME_SECONDS },
  { words: ['immediate'], seconds: REAL_TIME_SECONDS },
  { words: ['immediately'], seconds: REAL_TIME_SECONDS },
  { words: ['minutely'], seconds: MINUTE },
  { words: ['hourly'], seconds: HOUR },
  { words: ['daily'], seconds: DAY },
  { words: ['nightly'], seconds: DAY },
  { words: ['overnight'], seconds: DAY },
  { words: ['eod'], seconds: DAY },
  { words: ['morning'], seconds: DAY },
  { words: ['midnight'], seconds: DAY },
  { words: ['weekly'], seconds: WEEK },
  { words: ['monthly'], seconds: MONTH },
  { words: ['quarterly'], seconds: 3 * MONTH },
  { words: ['yearly'], seconds: YEAR },
  { words: ['annually'], seconds: YEAR },
];

/**
 * Keywords that also describe a thing rather than promise a number ("live ops map", "real-time
 * fraud score"): where the same requirement states an amount or a deadline ("live ops map within a
 * minute"), that is the promise and these words only describe what it is for.
 */
const DESCRIPTIVE_SECONDS: ReadonlySet<number> = new Set([REAL_TIME_SECONDS, NEAR_REAL_TIME_SECONDS, SUB_SECOND_SECONDS, UNSIZED_FAST_SECONDS]);

/** Words an SLA uses to promise a freshness (besides the durations themselves), none of which names what it is for. */
const SLA_WORDS: ReadonlySet<string> = new Set(
  (
    'within under below behind old stale fresh freshness latency lag delay sla slo p50 p95 p99 max maximum min minimum ' +
    'least most later earlier plus less than every per end close business complete completed ready done available ' +
    'refresh refreshed refreshes updated update updates latest guaranteed target required acceptable fine ok enough good ' +
    'am pm o clock time near sub intra real next same tomorrow yesterday morning evening night fast quick quickly asap soon'
  ).split(' '),
);

const isDigits = (word: string | undefined): word is string => word !== undefined && /^\d+(?:\.\d+)?$/.test(word);

type NumberAt = { value: number; start: number };

/** A number ending at `end`: digits, "twenty four", "five", or a vague amount ("few", "couple of"). */
function numberEndingAt(tokens: readonly string[], end: number): NumberAt | undefined {
  const word = tokens[end];
  if (word === undefined) return undefined;
  if (isDigits(word)) return { value: Number(word), start: end };
  const one = ONES[word];
  if (one !== undefined) {
    const tens = TENS[tokens[end - 1] ?? ''];
    return tens !== undefined && one < 10 ? { value: tens + one, start: end - 1 } : { value: one, start: end };
  }
  const ten = TENS[word];
  if (ten !== undefined) return { value: ten, start: end };
  const vague = VAGUE[word];
  if (vague !== undefined) return { value: vague, start: end };
  // "a couple of minutes", "a few of hours"
  if (word === 'of') return numberEndingAt(tokens, end - 1);
  return undefined;
}

/** How often per unit: "once" 1, "twice" 2, "4 times" 4 (ending at `end`), else undefined. */
function frequencyEndingAt(tokens: readonly string[], end: number): number | undefined {
  const word = tokens[end];
  if (word === undefined) return undefined;
  const direct = TIMES[word];
  if (direct !== undefined) return direct;
  if (word === 'times') {
    const count = numberEndingAt(tokens, end - 1);
    return count && count.value > 0 ? count.value : undefined;
  }
  return undefined;
}

/** How many of the unit at `unitIndex`, or undefined when the unit names a rate or no amount. */
function amountBefore(tokens: readonly string[], unitIndex: number): number | undefined {
  const j = unitIndex - 1;
  const previous = tokens[j];
  if (previous === undefined) return undefined;
  if (previous === 'a' || previous === 'an' || previous === 'per' || previous === 'every' || previous === 'each') {
    // "twice a day" is every twelve hours; "once per hour" hourly.
    const frequency = frequencyEndingAt(tokens, j - 1);
    if (frequency !== undefined) return 1 / frequency;
    // "events per second" is a rate, not how fresh anything is.
    if (previous === 'per') return undefined;
    if (previous === 'every' || previous === 'each') return 1;
    // "half an hour", "a quarter of an hour"
    const before = tokens[j - 1] === 'of' ? tokens[j - 2] : tokens[j - 1];
    return FRACTIONS[before ?? ''] ?? 1;
  }
  if (previous === 'the' && (tokens[j - 1] === 'within' || tokens[j - 1] === 'in')) return 1;
  return numberEndingAt(tokens, j)?.value;
}

const isClockTime = (tokens: readonly string[], index: number): boolean => {
  const word = tokens[index];
  // "6am", "6 pm"
  if ((word === 'am' || word === 'pm') && isDigits(tokens[index - 1])) return true;
  // "by 06:00" (normalised to "by 06 00"), "no later than 06:00": a deadline at a time of day.
  const lead = tokens[index - 1];
  return (
    (lead === 'by' || lead === 'before' || lead === 'at' || lead === 'until' || lead === 'than') &&
    isDigits(word) &&
    Number(word) <= 24 &&
    /^\d\d$/.test(tokens[index + 1] ?? '') &&
    Number(tokens[index + 1]) < 60
  );
};

/**
 * A range said with its loose end after the unit ("a minute or two", "5 minutes or 10")
 * promises the loose end: the learner commits to no better than two minutes. `amount` is what stood before
 * the unit at `unitIndex`; a number after "or" not followed by a unit of its own is the range's other end.
 */
function looseEnd(tokens: readonly string[], unitIndex: number, amount: number | undefined): number | undefined {
  if (amount === undefined || tokens[unitIndex + 1] !== 'or') return amount;
  const other = numberEndingAt(tokens, unitIndex + 2);
  if (!other || other.start !== unitIndex + 2 || UNITS[tokens[unitIndex + 3] ?? ''] !== undefined) return amount;
  return Math.max(amount, other.value);
}

/**
 * A freshness read from the text, whether it came from a word that may only describe ("live"), and
 * whether it came from a word with no number at all ("daily", "hourly", "real-time").
 */
type Found = { seconds: number; descriptive: boolean; word?: boolean; schedule?: boolean };

/**
 * A time of day written with a colon ("06:00", "7:30"), not part of a longer number ("1:05:00") and not a bare
 * "0:30" (a duration on a stopwatch): whatever word leads it ("sales ready 06:00", "06:00 for D-1"), it is a
 * deadline at that time, as "by 06:00" is.
 */
const COLON_CLOCK = /(?<![\d.:])([1-9]|[01]\d|2[0-4]):([0-5]\d)(?![\d:])/g;

/** The text with each colon time of day led by "at", so the token reader sees a deadline whatever word stood before it. */
const withClockLeads = (text: string): string => text.replace(COLON_CLOCK, ' at $1:$2');

/** Every freshness one stretch of text names, in seconds, in order, whatever its polarity. */
function durationsIn(text: string): Found[] {
  const tokens = tokenise(normaliseText(withClockLeads(text), MAX_SLA_CHARS));
  const found: Found[] = [];
  const push = (seconds: number, descriptive = false) => found.push({ seconds, descriptive });
  const used = new Array<boolean>(tokens.length).fill(false);

  for (let i = 0; i < tokens.length; i += 1) {
    if (used[i]) continue;
    // "T+1", "D+1" (normalised "t plus 1"): results N business days after the day they describe;
    // "T+0" / "D+0" is the same day, so at most a day old.
    if ((tokens[i] === 't' || tokens[i] === 'd') && tokens[i + 1] === 'plus' && isDigits(tokens[i + 2]) && Number.isInteger(Number(tokens[i + 2]))) {
      push(Math.max(1, Number(tokens[i + 2])) * DAY);
      used[i] = used[i + 1] = used[i + 2] = true;
      continue;
    }
    if (isClockTime(tokens, i)) {
      push(DAY);
      used[i] = true;
      continue;
    }
    const keyword = KEYWORDS.find(({ words }) => words.every((word, offset) => tokens[i + offset] === word && !used[i + offset]));
    if (keyword) {
      found.push({ seconds: keyword.seconds, descriptive: DESCRIPTIVE_SECONDS.has(keyword.seconds), word: true });
      for (let k = 0; k < keyword.words.length; k += 1) used[i + k] = true;
      continue;
    }
    const unit = UNITS[tokens[i] ?? ''];
    if (!unit) continue;
    // A lone letter ("m", "d") is a unit only right after digits ("15m"), never after "a" or "every".
    const letter = (tokens[i] ?? '').length === 1 || tokens[i] === 'mo';
    const amount = letter ? (isDigits(tokens[i - 1]) ? Number(tokens[i - 1]) : undefined) : amountBefore(tokens, i);
    // "within minutes": a plural unit with no number is a few of them; a bare "second" is not a duration.
    const value = looseEnd(tokens, i, amount ?? (unit.plural && !letter && tokens[i - 1] !== 'per' ? FEW : undefined));
    if (value === undefined || !(value > 0) || !Number.isFinite(value * unit.seconds)) continue;
    // "a job that runs every 5 minutes", "refreshed each hour": a number said as a repeat is a schedule.
    const lead = amount === undefined || letter ? tokens[i - 2] : tokens[(numberEndingAt(tokens, i - 1)?.start ?? i) - 1];
    const repeat = tokens[i - 1] === 'every' || tokens[i - 1] === 'each' || lead === 'every' || lead === 'each';
    found.push({ seconds: value * unit.seconds, descriptive: false, ...(repeat ? { schedule: true } : {}) });
  }
  return found;
}

/**
 * An SLA field is a list of requirements ("inventory within 5 minutes, sales daily"), so a comma,
 * semicolon or full stop ends one and its negation: "we don't need real time, weekly is fine" is weekly. A comma
 * inside a number ("1,000 ms") is not a break.
 */
const REQUIREMENT_BREAK = /[;\n]|,(?!\d{3}\b)|\.(?!\d)/;

/**
 * One stretch of an SLA in the learner's words, the freshness it states, and whether it is negated;
 * `vague` holds the freshness of `seconds` that came from a word without a number ("real-time").
 */
export type SlaPiece = { text: string; negated: boolean; seconds: number[]; vague: number[] };
/**
 * One requirement of an SLA as written ("inventory: sub-minute freshness") with its pieces in order,
 * and whether it says what it is for (`subject`: a word that is not a duration or a function word,
 * such as "inventory" or "ops map"); "real-time 5 minutes 06:00" has none.
 */
export type SlaClause = {
  text: string;
  pieces: SlaPiece[];
  subject: boolean;
  /** The requirement before it ended at a comma, so this one may continue its list ("Stock: T+0, under 5 min"). */
  continues: boolean;
};

const isFreshnessWord = (word: string): boolean =>
  isDigits(word) || word in UNITS || word in ONES || word in TENS || word in VAGUE || word in TIMES || KEYWORDS.some((keyword) => keyword.words.includes(word));

/** True when a requirement names what it is for: a word that is neither a duration, an SLA word nor a function word. */
function hasSubject(text: string): boolean {
  return tokenise(normaliseText(text, MAX_SLA_CHARS)).some((word) => /[a-z]/.test(word) && word.length > 1 && !isFreshnessWord(word) && !SLA_WORDS.has(word) && !isStopword(word));
}

/**
 * A requirement's pieces with descriptive words dropped where it names what it is for and also
 * states an amount or a deadline. With nothing to describe ("real-time 5 s") every word is a promise.
 */
function promised(pieces: readonly { text: string; negated: boolean; found: Found[] }[], subject: boolean): SlaPiece[] {
  const explicit = subject && pieces.some((piece) => !piece.negated && piece.found.some((found) => !found.descriptive));
  return pieces.map((piece) => ({
    text: piece.text,
    negated: piece.negated,
    // What a requirement rules out stays read ("real-time is out of scope: weekly"), descriptive or not.
    seconds: piece.found.filter((found) => piece.negated || !(explicit && found.descriptive)).map((found) => found.seconds),
    vague: piece.found.filter((found) => found.descriptive && VAGUE_LOOSEST_SECONDS.has(found.seconds) && (piece.negated || !explicit)).map((found) => found.seconds),
  }));
}

/**
 * The SLA read clause by clause, each freshness marked asserted or negated: in "We do not need
 * real-time; weekly is fine" real-time (1 s) is negated and weekly (7 days) asserted. Bounds stay
 * asserted ("no more than 5 minutes"). Words taken back ("within 30 s - actually, scratch that,
 * hourly") are not read (lib/text/withdrawn-text.ts). A word that may only describe ("live", "real-time") gives no
 * freshness where the same requirement names what it is for and states a number ("live ops map
 * within a minute" is a minute).
 * Reads the first MAX_SLA_CHARS characters; never throws.
 */
export function readSla(text: string): SlaClause[] {
  // What the learner took back ("30 s - actually, scratch that, hourly") is read as not written.
  const cut = withoutWithdrawn((typeof text === 'string' ? text : '').slice(0, MAX_SLA_CHARS)).text;
  // Split keeping the breaks: [requirement, break, requirement, break, ...].
  const parts = cut.split(new RegExp(`(${REQUIREMENT_BREAK.source})`));
  // "raw kept 30 days, minute summaries 2 years": how long data is kept is no freshness, and a list that
  // starts with a retention period goes on listing them until a semicolon, a full stop or a freshness word.
  // "raw 30 d, minute 2 y, hourly 10 y": tiers kept for a period, said without a retention word, are retention too.
  const tiers = tierPeriods(parts.filter((_, at) => at % 2 === 0));
  let keeping = false;
  return parts.flatMap((requirement, at) => {
    if (at % 2 === 1) return [];
    keeping = isRetentionPhrase(requirement) || tiers[at / 2] === true || (keeping && parts[at - 1] === ',' && continuesRetention(requirement));
    if (keeping) return [];
    const read = polarClauses(requirement, MAX_SLA_CHARS).flatMap((clause) => clause.pieces.map((piece) => ({ ...piece, found: durationsIn(piece.text) })));
    const subject = hasSubject(requirement);
    const pieces = promised(read, subject);
    return pieces.length > 0 ? [{ text: requirement.trim(), pieces, subject, continues: parts[at - 1] === ',' }] : [];
  });
}

/**
 * Every freshness the text asserts, in seconds, in order of appearance; negated ones ("not
 * real-time", "sub-second is overkill") are left out. Deterministic and total:
 * "5 min", "within five minutes", "15m", "hourly", "twice a day", "daily by 6am", "T+1", "D+1",
 * "T+0" (same day), "sub-minute" (60 s), "intraday" (1 h), "real-time" (1 s), "near real time" (30 s),
 * "sub-second" (0.5 s), "within minutes" (3 min).
 */
export function parseSlaDurations(text: string): number[] {
  return readSla(text).flatMap((clause) => clause.pieces.filter((piece) => !piece.negated).flatMap((piece) => piece.seconds));
}

/** Every freshness the text names under a negation ("we do NOT need real-time" gives [1]). */
export function negatedSlaDurations(text: string): number[] {
  return readSla(text).flatMap((clause) => clause.pieces.filter((piece) => piece.negated).flatMap((piece) => piece.seconds));
}

/**
 * How often a text says something is refreshed, from schedule words ("warehouse, refreshed
 * daily", "nightly report", "hourly batch") and repeats ("a job every 5 minutes"): the freshest such schedule in
 * seconds, or undefined. Any other number with a unit is not read ("Redis with a 24 h TTL" says how long data is kept,
 * not how often).
 */
export function scheduleSeconds(text: string): number | undefined {
  const schedules = readSla(text)
    .flatMap((clause) => clause.pieces.filter((piece) => !piece.negated))
    .flatMap((piece) => durationsIn(piece.text).filter((found) => (found.word && !found.descriptive) || found.schedule).map((found) => found.seconds));
  return schedules.length === 0 ? undefined : Math.min(...schedules);
}

/**
 * The freshest result an SLA text asserts, in seconds, or undefined when it asserts none. Several
 * SLAs ("inventory within 5 minutes, sales daily by 06:00") give the strictest: that one drives the design.
 */
export function parseSlaSeconds(text: string): number | undefined {
  const durations = parseSlaDurations(text);
  return durations.length === 0 ? undefined : Math.min(...durations);
}

/**
 * The freshness words a text asserts, without a number ("nightly", "hourly", "sub-second"), in
 * seconds and in order, with repeats ("every 5 minutes"); words read as seconds-ish or minutes-ish ("real-time", "live")
 * are left out, since in a store's name they describe it ("live stock table") more than they promise. Any other
 * number with a unit is not read ("Redis with a 24 h TTL" says how long data is kept). Never throws.
 */
export function freshnessWordSeconds(text: string): number[] {
  return readSla(text)
    .flatMap((clause) => clause.pieces.filter((piece) => !piece.negated))
    .flatMap((piece) => durationsIn(piece.text).filter((found) => (found.word && !VAGUE_LOOSEST_SECONDS.has(found.seconds)) || found.schedule).map((found) => found.seconds));
}
