import { joinBracketRanges, readClockTimes } from './read-answer';
import type { DecidingClock } from './types';

/** What an answer says about one deciding value. */
export type DecidingReading =
  | { status: 'found'; seconds: number }
  | { status: 'missing' }
  /** The answer gives this value twice, differently. */
  | { status: 'conflict'; values: readonly number[] };

const MAX_CHARS = 2000;

// A clock time as people write it: 12:05, 12:05:00, 12.05, 12h05, 1:05 pm, 2024-03-01T12:05:00Z.
const CLOCK = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}(?:t|\s+))?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|utc))?`;
const JOIN = String.raw`\s*(?:-|–|—|to|until|till|→|->)\s*`;
// Words between a label and its value: "watermark = 12:05", "watermark is at 12:05", "window's end (12:05)".
const CONNECT = String.raw`(?:'s)?(?:\s*(?:[(:=]|->|→|\bis\b|\bwas\b|\bat\b|\bof\b|\bnow\b|\bthe\b|\bbecomes\b|\bequals\b))*\s*`;
// "watermark = 12:10 - 5 min = 12:05": the value is the one after the last "=".
const WORKED = new RegExp(String.raw`^\s*[-−–+]\s*\d+(?:\.\d+)?\s*[a-z]*\s*=\s*(${CLOCK})`, 'i');
// "watermark = 12:10 - 5 min" with no result written: the value is the difference.
const MINUS = /^\s*[-−–]\s*(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?|s)\b(?!\s*=)/i;
const UNIT_SECONDS: Readonly<Record<string, number>> = { m: 60, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, s: 1, sec: 1, secs: 1, second: 1, seconds: 1 };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (labels: readonly string[]): string =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

function clockSeconds(text: string): number | undefined {
  const [seconds] = readClockTimes(text.replace(/^\d{4}-\d{1,2}-\d{1,2}(?:t|\s+)/i, ''));
  return seconds;
}

function minus(clockText: string, after: string): { seconds: number; length: number } | undefined {
  const start = clockSeconds(clockText);
  const match = MINUS.exec(after);
  const unit = UNIT_SECONDS[(match?.[2] ?? '').toLowerCase()];
  if (start === undefined || !match || unit === undefined) return undefined;
  return { seconds: start - Number(match[1]) * unit, length: match[0].length };
}

interface Claim {
  name: string;
  at: number;
  end: number;
  seconds: number;
}

function overlaps(claims: readonly Claim[], at: number, end: number): boolean {
  return claims.some((claim) => at < claim.end && claim.at < end);
}

function collect(text: string, pattern: RegExp, name: string, claims: Claim[], pick: (match: RegExpMatchArray) => { text: string; at: number; end: number; seconds?: number } | undefined): void {
  for (const match of text.matchAll(pattern)) {
    const value = pick(match);
    if (!value || overlaps(claims, value.at, value.end)) continue;
    const seconds = value.seconds ?? clockSeconds(value.text);
    if (seconds !== undefined) claims.push({ name, at: value.at, end: value.end, seconds });
  }
}

/**
 * Reads each deciding value from an answer such as "no: watermark 12:03, window [12:00, 12:05) still open".
 * A value is the clock time right after one of its labels (or a range's end after a range label), else
 * right before a label ("the 12:00-12:05 window"); a lone unlabelled clock time is taken as the first
 * required value. Input: the learner's text; output: one reading per deciding value, by name.
 */
export function readDecidingClocks(answer: string, deciding: readonly DecidingClock[]): Map<string, DecidingReading> {
  const text = joinBracketRanges(answer.slice(0, MAX_CHARS).replace(/[\u2018\u2019]/g, "'")).toLowerCase();
  const claims: Claim[] = [];
  // Ranges first, so "window 12:00-12:05" is not read as a single time 12:00.
  for (const value of deciding) {
    if (!value.rangeLabels?.length) continue;
    const labels = alternation(value.rangeLabels);
    const after = new RegExp(String.raw`\b(?:${labels})${CONNECT}(${CLOCK})${JOIN}(${CLOCK})`, 'gi');
    const before = new RegExp(String.raw`(${CLOCK})${JOIN}(${CLOCK})\s*\)?\s*(?:\bis\s+)?(?:the\s+)?(?:${labels})\b`, 'gi');
    for (const pattern of [after, before]) {
      collect(text, pattern, value.name, claims, (match) => {
        const end = match[2];
        if (end === undefined || match.index === undefined) return undefined;
        return { text: end, at: match.index, end: match.index + match[0].length };
      });
    }
  }
  for (const value of deciding) {
    const labels = alternation(value.labels);
    const after = new RegExp(String.raw`\b(?:${labels})${CONNECT}(${CLOCK})`, 'gi');
    collect(text, after, value.name, claims, (match) => {
      const clock = match[1];
      if (clock === undefined || match.index === undefined) return undefined;
      const end = match.index + match[0].length;
      const worked = WORKED.exec(text.slice(end));
      if (worked?.[1] !== undefined) return { text: worked[1], at: match.index, end: end + worked[0].length };
      const difference = minus(clock, text.slice(end));
      if (difference) return { text: clock, at: match.index, end: end + difference.length, seconds: ((difference.seconds % 86400) + 86400) % 86400 };
      return { text: clock, at: match.index, end };
    });
  }
  for (const value of deciding) {
    const before = new RegExp(String.raw`(${CLOCK})\s*\)?\s*(?:\bis\s+)?(?:the\s+)?(?:${alternation(value.labels)})\b`, 'gi');
    collect(text, before, value.name, claims, (match) => (match[1] !== undefined && match.index !== undefined ? { text: match[1], at: match.index, end: match.index + match[0].length } : undefined));
  }
  const unclaimed = [...text.matchAll(new RegExp(CLOCK, 'gi'))].filter((match) => match.index !== undefined && !overlaps(claims, match.index, match.index + match[0].length));
  const readings = new Map<string, DecidingReading>();
  for (const value of deciding) {
    const values = [...new Set(claims.filter((claim) => claim.name === value.name).map((claim) => claim.seconds))];
    if (values.length === 1 && values[0] !== undefined) readings.set(value.name, { status: 'found', seconds: values[0] });
    else if (values.length > 1) readings.set(value.name, { status: 'conflict', values });
    else readings.set(value.name, { status: 'missing' });
  }
  const firstRequired = deciding.find((value) => value.required);
  const [lone] = unclaimed;
  if (firstRequired && readings.get(firstRequired.name)?.status === 'missing' && unclaimed.length === 1 && lone !== undefined) {
    const seconds = clockSeconds(lone[0]);
    if (seconds !== undefined) readings.set(firstRequired.name, { status: 'found', seconds });
  }
  return readings;
}
