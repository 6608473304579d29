import { assertNever } from '../util/assert-never';
import { countWord, durationScale, formatBytes, formatClock, formatCount, formatDateTime, formatDuration } from './format';
import {
  isScdHeader,
  joinBracketRanges,
  readChoiceReasons,
  readChoices,
  isDataRate,
  readDataSize,
  readDuration,
  readInteger,
  readInterval,
  readOffsets,
  readScdRow,
  readShareDown,
  readTimeRange,
  splitList,
} from './read-answer';
import { findHedge } from '../text/hedges';
import { locateSlip } from './locate-slip';
import { matchYesNo } from './match-yes-no';
import type { AnswerKey, CheckResult, Drill, ListItemKind, Match } from './types';

export type { Match } from './types';

function readItem(item: string, kind: ListItemKind): string | undefined {
  switch (kind.kind) {
    case 'time-range':
      return readTimeRange(item);
    case 'interval':
      return readInterval(item, kind.periodMinutes);
    case 'scd-row':
      return readScdRow(item);
    default:
      return assertNever(kind, 'list item kind');
  }
}

/** Shows a canonical item the way the prompt writes it, for "missing"/"not expected" lists. */
export function showItem(item: string, kind: ListItemKind): string {
  switch (kind.kind) {
    case 'time-range': {
      const [start = '', end = ''] = item.split('-');
      return `${formatClock(Number(start))}-${formatClock(Number(end))}`;
    }
    case 'interval': {
      const [start = '', end = ''] = item.split('|');
      return `${formatDateTime(Number(start))} -> ${formatDateTime(Number(end))}`;
    }
    case 'scd-row': {
      const [value = '', from = '', to = '', current = ''] = item.split('|');
      return `(${value}, ${from}, ${to === 'open' ? 'null' : to}, ${current})`;
    }
    default:
      return assertNever(kind, 'list item kind');
  }
}

function itemFormat(kind: ListItemKind): string {
  switch (kind.kind) {
    case 'time-range':
      return 'a list of windows as start-end clock times, "HH:MM-HH:MM, HH:MM-HH:MM" or "[HH:MM, HH:MM), ..."';
    case 'interval':
      return 'a list of data intervals as "YYYY-MM-DD -> YYYY-MM-DD" or "[start, end)" (or their logical dates), separated by commas';
    case 'scd-row':
      return 'one row per line or separated by ";", each as "value, valid_from, valid_to (null if open), is_current"';
    default:
      return assertNever(kind, 'list item kind');
  }
}

function readList(answer: string, kind: ListItemKind): string[] | { problem: string } {
  const separators = kind.kind === 'scd-row' ? /[;\n]/ : /[,;\n]|\band\b/;
  // Tuples on one line, `(York, 2023-05-01, NULL, true), (Leeds, ...)`, are one row each.
  const text = kind.kind === 'scd-row' ? answer.replace(/\)\s*,\s*\(/g, ')\n(') : joinBracketRanges(answer);
  const items = splitList(text, separators).filter((item) => kind.kind !== 'scd-row' || !isScdHeader(item));
  if (items.length === 0 || (items.length === 1 && /^(none|nothing|no runs?|empty|-)$/i.test(items[0] ?? ''))) return [];
  const read: string[] = [];
  for (const item of items) {
    const canonical = readItem(item, kind);
    if (canonical === undefined) return { problem: `could not read "${item}"; write ${itemFormat(kind)}` };
    read.push(canonical);
  }
  return [...new Set(read)];
}

function sameWithin(actual: number, expected: number, tolerance: number): boolean {
  if (expected === 0) return Math.abs(actual) < 1e-9;
  return Math.abs(actual - expected) <= Math.abs(expected) * tolerance;
}

function showQuantity(value: number, dimension: 'data_size' | 'duration'): string {
  return dimension === 'data_size' ? formatBytes(value) : formatDuration(value);
}

/**
 * Compares an answer with a key. Pure: the key is plain data. A hedge ("not sure", "maybe", "I don't
 * know") is never a match, whatever else the answer says: a drill asks for one committed answer.
 */
export function matchAnswer(key: AnswerKey, answer: string): Match {
  if (typeof answer !== 'string' || answer.trim() === '') return { status: 'unreadable', problem: 'the answer is empty' };
  const hedge = findHedge(answer);
  if (hedge) return { status: 'hedged', phrase: hedge.phrase };
  switch (key.kind) {
    case 'yes-no':
      return matchYesNo(key, answer);
    case 'integer': {
      const value = readInteger(answer);
      if (value === undefined) return { status: 'unreadable', problem: 'answer with one whole number, in digits or words (a count, not a range or two figures)' };
      return { status: value === key.value ? 'match' : 'mismatch', reading: String(value) };
    }
    case 'quantity': {
      const share = key.dimension === 'duration' && key.periodSeconds !== undefined ? readShareDown(answer) : undefined;
      const value = key.dimension === 'data_size' ? readDataSize(answer) : (readDuration(answer) ?? (share === undefined ? undefined : share * (key.periodSeconds ?? 0)));
      if (value === undefined) {
        return { status: 'unreadable', problem: otherKind(key.dimension, answer) };
      }
      const reading = showQuantity(value, key.dimension);
      return sameWithin(value, key.value, key.tolerance) ? { status: 'match', reading } : { status: 'mismatch', reading, detail: describeQuantityGap(value / key.value, key.dimension, key.value) };
    }
    case 'choice': {
      const chosen = readChoices(answer, key.options);
      if (chosen.length === 0) return { status: 'unreadable', problem: `name one of: ${key.options.map((option) => option.value).join(', ')}` };
      if (chosen.length > 1) return { status: 'unreadable', problem: `the answer names several options (${chosen.join(', ')}); name only one` };
      const [value = ''] = chosen;
      // A right name with another option's reason ("3NF: a partial dependency") is a wrong reason, not a right answer.
      const foreign = readChoiceReasons(answer, key.options).find((reason) => reason.value !== value);
      if (foreign) return { status: 'mismatch', reading: `${value} (${foreign.phrase})`, detail: `the reason given, "${foreign.phrase}", is what breaks ${foreign.value}, not ${value}` };
      return { status: value === key.value ? 'match' : 'mismatch', reading: value };
    }
    case 'set': {
      const read = readList(answer, key.item);
      if (!Array.isArray(read)) return { status: 'unreadable', problem: read.problem };
      const expected = new Set(key.items);
      const missing = key.items.filter((item) => !read.includes(item));
      const extra = read.filter((item) => !expected.has(item));
      const reading = read.length === 0 ? 'none' : read.map((item) => showItem(item, key.item)).join(', ');
      if (missing.length === 0 && extra.length === 0) return { status: 'match', reading };
      const parts = [
        missing.length > 0 ? `missing ${missing.map((item) => showItem(item, key.item)).join(', ')}` : '',
        extra.length > 0 ? `not expected ${extra.map((item) => showItem(item, key.item)).join(', ')}` : '',
      ].filter((part) => part !== '');
      return { status: 'mismatch', reading, detail: parts.join('; ') };
    }
    case 'offsets': {
      const read = readOffsets(answer, key.values.length, { earliest: key.earliest, latest: key.latest });
      if (read === undefined) {
        return { status: 'unreadable', problem: `give one offset per partition, such as "p0: 1200, p1: 980" or Spark's JSON {"topic":{"0":1200,"1":980}} (${key.values.length} partitions)` };
      }
      const reading = read.map((value, partition) => `p${partition}: ${value}`).join(', ');
      const wrong = key.values.flatMap((value, partition) => (read[partition] === value ? [] : [`p${partition}`]));
      return wrong.length === 0 ? { status: 'match', reading } : { status: 'mismatch', reading, detail: `wrong for ${wrong.join(', ')}` };
    }
    default:
      return assertNever(key, 'answer key');
  }
}

function formatRatio(ratio: number): string {
  if (ratio >= 1) return `${Number(ratio.toPrecision(3))} times`;
  return `${Number((1 / ratio).toPrecision(3))} times smaller than`;
}

/** A bare percentage (`99.45%`, `0.9945`): an availability, where a downtime question wants the time down. */
const BARE_AVAILABILITY = /^\s*~?\s*(?:9\d(?:\.\d+)?\s*%|0?\.9\d+)\s*\.?\s*$/;

/**
 * Why a quantity answer could not be read, naming the kind of quantity it is when it is another one (a
 * duration where a size is asked, a size or an availability where a downtime is asked), else the format.
 */
function otherKind(dimension: 'data_size' | 'duration', answer: string): string {
  const sizeFormat = 'answer with a size and its unit: a number followed by B, KB, MB, GB, TB (or KiB, MiB, GiB, TiB), one figure only';
  const durationFormat = 'answer with a duration and its unit: a number followed by s, min, hours or days, or ISO 8601 (PT…H…M), one figure only';
  if (dimension === 'data_size') {
    if (isDataRate(answer)) return 'that is a rate (a size per unit of time), not a size: multiply by the period and answer with the size itself, for example `1.2 TB`';
    if (readDuration(answer) !== undefined) return `that is a duration, not a size: ${sizeFormat}`;
    return sizeFormat;
  }
  if (readDataSize(answer) !== undefined || isDataRate(answer)) return `that is a size, not a duration: ${durationFormat}`;
  if (BARE_AVAILABILITY.test(answer)) return `that is an availability, not the downtime it allows: multiply the share of time down (1 - availability) by the period, and ${durationFormat}`;
  return durationFormat;
}

/** How close a ratio must be to a unit's factor to read as that unit slip: a rounded solution's 999 is 1,000. */
const SLIP_TOLERANCE = 0.03;

/** Duration units a learner may write, in seconds, named as a sentence says them. */
const SPOKEN_DURATIONS = [
  { name: 'milliseconds', seconds: 0.001 },
  { name: 'seconds', seconds: 1 },
  { name: 'minutes', seconds: 60 },
  { name: 'hours', seconds: 3600 },
  { name: 'days', seconds: 86400 },
  { name: 'weeks', seconds: 7 * 86400 },
  { name: 'years', seconds: 365 * 86400 },
] as const;

const near = (ratio: number, factor: number) => Math.abs(ratio / factor - 1) <= SLIP_TOLERANCE;

/** How close a ratio must be to 1.024^n to read as binary units for decimal ones (35.4 TiB written as 35.4 TB). */
const BINARY_TOLERANCE = 0.006;

/** Factors of a size that is a rate multiplied over the wrong time unit (per minute read as per second). */
const TIME_SLIPS = [
  { factor: 60, says: 'a factor of 60, seconds against minutes (or minutes against hours)' },
  { factor: 3600, says: 'a factor of 3,600, seconds against hours' },
  { factor: 86400, says: 'a factor of 86,400, seconds against days' },
  { factor: 24, says: 'a factor of 24, hours against days' },
] as const;

/**
 * `that is 1,000 times smaller than the expected figure: ...`: the factor between the answer and the key
 * (`ratio` = answer / expected), named as a unit slip when it is one. A size off by a power of 1,000 is a
 * prefix slip (GB for TB), by 1.024^n binary units for decimal ones (TiB labelled TB), by 60, 3,600, 86,400
 * or 24 a rate multiplied over the wrong time unit; a duration whose number would be right in the expected unit is that unit mixed up
 * (2.02 hours for 2.02 days). Any other factor is given as is, to 3 significant digits.
 */
export function describeQuantityGap(ratio: number, dimension: 'data_size' | 'duration', expected: number): string {
  const direction = (factor: number) => (ratio >= 1 ? `${formatCount(factor)} times` : `${formatCount(factor)} times smaller than`);
  if (dimension === 'data_size') {
    const steps = [1, 2, 3].find((step) => near(ratio >= 1 ? ratio : 1 / ratio, 1000 ** step));
    if (steps !== undefined) {
      const prefix = steps === 1 ? 'one prefix step' : `${countWord(steps)} prefix steps`;
      return `that is ${direction(1000 ** steps)} the expected figure: the unit is ${prefix} ${ratio >= 1 ? 'too large' : 'too small'} (KB, MB, GB, TB and PB are 1,000 apart), so check the unit before the arithmetic`;
    }
    const factor = ratio >= 1 ? ratio : 1 / ratio;
    const binary = [1, 2, 3, 4, 5].find((power) => Math.abs(factor / 1.024 ** power - 1) <= BINARY_TOLERANCE);
    if (binary !== undefined) {
      const [decimal, power] = [['KB', 'KiB'], ['MB', 'MiB'], ['GB', 'GiB'], ['TB', 'TiB'], ['PB', 'PiB']][binary - 1] ?? ['TB', 'TiB'];
      return `that is ${formatRatio(ratio)} the expected figure: the gap between binary and decimal units (1 ${power} = 1.024^${binary} x 1 ${decimal}, ${Math.round((1.024 ** binary - 1) * 1000) / 10}% more), so ${ratio < 1 ? `a figure worked in ${power} but labelled ${decimal}` : `a figure in ${decimal} labelled ${power}`}: convert before you label it`;
    }
    const period = TIME_SLIPS.find((slip) => near(factor, slip.factor));
    if (period !== undefined) return `that is ${direction(period.factor)} the expected figure: ${period.says}, so check which time unit each rate is per`;
    const places = [1, 2].find((step) => near(factor, 10 ** step));
    if (places !== undefined) return `that is ${direction(10 ** places)} the expected figure: ${places === 1 ? 'a decimal place' : 'two decimal places'} slipped in the arithmetic (a zero added or dropped), not a unit: redo the multiplication step by step`;
  } else {
    const shown = durationScale(expected);
    const wanted = SPOKEN_DURATIONS.find((unit) => near(unit.seconds, shown.seconds));
    const written = SPOKEN_DURATIONS.find((unit) => unit !== wanted && near(ratio * shown.seconds, unit.seconds));
    if (wanted && written) {
      const factor = ratio >= 1 ? written.seconds / wanted.seconds : wanted.seconds / written.seconds;
      return `that is ${direction(Number(factor.toPrecision(3)))} the expected figure: the number is right, but in ${written.name} where ${wanted.name} are meant`;
    }
  }
  return `that is ${formatRatio(ratio)} the expected figure`;
}

/**
 * Checks an answer to a stored drill: says what was expected and why, and names a typical mistake when
 * it sees one. An unreadable answer is not graded (`readable: false`): the feedback gives the expected
 * format only, never the solution, so the learner can rewrite it without spending the attempt.
 */
export function checkDrill(drill: Drill, answer: string): CheckResult {
  const match = matchAnswer(drill.key, answer);
  switch (match.status) {
    case 'match':
      return { correct: true, readable: true, feedback: `Correct: ${drill.solution}`, ...(match.parts ? { parts: match.parts } : {}) };
    case 'unreadable':
      return { correct: false, readable: false, feedback: `Could not check this answer: ${match.problem}. Nothing was graded; rewrite the answer and check it again.` };
    case 'hedged':
      return {
        correct: false,
        readable: true,
        feedback: `You wrote "${match.phrase}": that does not commit to an answer, so it cannot count as right (in an interview, commit to an answer and say what would change it). The answer is ${drill.solution}. ${drill.explanation}`,
      };
    case 'mismatch': {
      const mistake = drill.mistakes.find((candidate) => matchAnswer(candidate.key, answer).status === 'match');
      const detail = match.detail ? ` (${match.detail})` : '';
      // A size drill's worked answer: the step where it slipped (or, for a bare final figure, a call for the steps).
      const located = drill.key.kind === 'quantity' && drill.key.dimension === 'data_size' ? locateSlip(answer, drill.explanation) : undefined;
      // A bare final figure whose mistake the drill already names needs no call for the steps.
      const where = located !== undefined && !(mistake && located.startsWith('Only the final figure')) ? located : undefined;
      const hint = `${mistake ? ` ${mistake.hint}` : ''}${where ? ` ${where}` : ''}`;
      return {
        correct: false,
        readable: true,
        feedback: `Not quite: you answered ${match.reading}${detail}; the answer is ${drill.solution}.${hint} ${drill.explanation}`,
        ...(match.parts ? { parts: match.parts } : {}),
      };
    }
    default:
      return assertNever(match, 'match');
  }
}
