import type { ReadText } from './read-text';
import { NUMBER_WORDS } from './values';

/** A watermark shorter than the lateness the question states, in an answer that brings nothing later back. */
export type ShortWait = {
  /** The learner's sentence that sets the watermark, verbatim. */
  clause: string;
  /** The learner's duration ("10 minutes") and the question's ("an hour"), verbatim. */
  said: string;
  stated: string;
};

const SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, min: 60, h: 3_600, day: 86_400, week: 604_800 };
const UNIT_OF: readonly [RegExp, string][] = [
  [/^(?:milliseconds?|ms)$/, 'ms'],
  [/^(?:seconds?|secs?|s)$/, 's'],
  [/^(?:minutes?|mins?|m)$/, 'min'],
  [/^(?:hours?|hrs?|h)$/, 'h'],
  [/^(?:days?|d)$/, 'day'],
  [/^weeks?$/, 'week'],
];
// A duration: a number (digits, a number word, "a"/"an", "half an") and a unit; one-letter units only after digits ("10m", "2 h").
const DURATION = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?|half an?|an?|${Object.keys(NUMBER_WORDS).join('|')})[\s-]*(milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|ms|s|m|h|d)\b`,
  'gi',
);
// What the question says is late: a sentence with one of these words states the lateness.
const LATE_WORDS = /\b(?:late|later|delayed|down|outage|offline|disconnect\w*|reconnect\w*|behind|burst)\b/i;
// Stems of a path that brings late data back into the results (Porter stems, as the tokeniser gives them).
const REMEDY_STEMS: readonly string[] = ['recomput', 'recalcul', 'backfil', 'reprocess', 'rebuild', 'rebuilt', 'replai', 'replay', 'restat', 'batch', 'nightli', 'reconcil', 'rerun', 'materialis', 'materializ'];
// Stems of saying the later data is let go ("dropped", "discarded", "lost"): the learner knows what the watermark does.
const LOSS_STEMS: readonly string[] = ['drop', 'discard', 'lost', 'lose', 'ignor', 'skip', 'reject', 'exclud'];
/** Most tokens between a wait term and its duration ("a watermark of, say, 30 minutes", "withWatermark('ts', '1 hour')"). */
const NEAR = 12;

// The terms that set how long a stream waits for late data, as single tokens ("allowed lateness" is read by its "lateness").
const WAIT_WORDS: ReadonlySet<string> = new Set(['watermark', 'watermarks', 'withwatermark', 'lateness', 'allowedlateness', 'grace']);
// Sentences where a loss word speaks of late data: they name the wait or the lateness ("anything later than that is dropped").
const LATE_CONTEXT = /\b(?:too late|later|lateness|straggl\w*|watermark\w*|grace|beyond)\b/i;

// Whether a sentence about late data says it is let go ("readings later than that are dropped", "the sink rejects rows
// older than 10 minutes"); "skip any event older than the state" speaks of something else.
function saysLoss(read: ReadText): boolean {
  return read.sentences.some((sentence) => {
    if (!LATE_CONTEXT.test(sentence.text)) return false;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const token = read.tokens[i];
      if (token?.kind === 'word' && !read.negated[i] && !read.retracted[i] && LOSS_STEMS.some((stem) => token.stem.startsWith(stem) || token.norm.startsWith(stem))) return true;
    }
    return false;
  });
}

type Duration = { seconds: number; text: string; start: number };

function durations(text: string, offset: number): Duration[] {
  const found: Duration[] = [];
  for (const match of text.matchAll(DURATION)) {
    const amount = (match[1] ?? '').toLowerCase();
    const unitWord = (match[2] ?? '').toLowerCase();
    const digits = /^\d/.test(amount);
    if (!digits && unitWord.length <= 2) continue;
    const unit = UNIT_OF.find(([pattern]) => pattern.test(unitWord))?.[1];
    const number = digits ? Number(amount) : amount.startsWith('half') ? 0.5 : amount === 'a' || amount === 'an' ? 1 : NUMBER_WORDS[amount];
    if (unit === undefined || number === undefined || !Number.isFinite(number)) continue;
    found.push({ seconds: number * (SECONDS[unit] as number), text: match[0], start: offset + (match.index ?? 0) });
  }
  return found;
}

/**
 * The longest lateness the question states ("up to an hour late", "was down for six hours and its messages now arrive in a
 * burst"): the longest duration in a sentence that speaks of late, delayed or held-back data. Undefined when it states
 * none in numbers ("up to minutes late"). Pure.
 */
export function statedLateness(question: ReadText): Duration | undefined {
  let longest: Duration | undefined;
  for (const sentence of question.sentences) {
    if (!LATE_WORDS.test(sentence.text)) continue;
    for (const item of durations(sentence.text, 0)) if (!longest || item.seconds > longest.seconds) longest = item;
  }
  return longest;
}

/**
 * A watermark (or allowed lateness, grace period) the answer sets shorter than the lateness the question states, when
 * nothing in the answer brings the later data back (no batch recompute, backfill, replay or reprocess) nor says it is
 * dropped, so the learner takes the watermark to cover it: "a 10-minute
 * watermark" for readings "up to an hour late" drops most of a reconnect's backlog for good. A short watermark with a
 * recompute behind it is the right design (the stream stays fast, the batch corrects history), so it is not one.
 * Only an affirmed term counts ("we would not use a 10-minute watermark" sets nothing). Undefined otherwise. Pure.
 */
export function readShortWait(read: ReadText, question: ReadText | undefined): ShortWait | undefined {
  if (!question) return undefined;
  const lateness = statedLateness(question);
  if (!lateness) return undefined;
  const says = (stems: readonly string[]) => read.tokens.some((token, i) => token.kind === 'word' && !read.negated[i] && !read.retracted[i] && stems.some((stem) => token.stem.startsWith(stem) || token.norm.startsWith(stem)));
  // A recompute brings the later data back; an answer that says it is dropped has weighed the loss (read elsewhere: accepted-loss.ts).
  if (says(REMEDY_STEMS) || saysLoss(read)) return undefined;
  // The durations given to an affirmed, claimed wait term, within NEAR tokens of it ("if we had a 10-minute watermark" sets nothing).
  const given: Duration[] = [];
  let clause = '';
  for (let i = 0; i < read.tokens.length; i += 1) {
    const token = read.tokens[i];
    if (token?.kind !== 'word' || !WAIT_WORDS.has(token.norm) || read.negated[i] || read.retracted[i] || read.role[i] !== 'claim') continue;
    const first = read.tokens[Math.max(0, i - NEAR)]?.start ?? 0;
    const last = read.tokens[Math.min(read.tokens.length - 1, i + NEAR)]?.end ?? read.text.length;
    const near = durations(read.text.slice(first, last), first);
    if (near.length > 0 && clause === '') clause = read.clauses[read.clauseOf[i] ?? -1]?.text ?? '';
    given.push(...near);
  }
  const shortest = given.reduce<Duration | undefined>((best, item) => (!best || item.seconds < best.seconds ? item : best), undefined);
  // Any wait as long as the lateness ("withWatermark('ts', '1 hour')") covers it.
  if (!shortest || given.some((item) => item.seconds >= lateness.seconds)) return undefined;
  return { clause, said: shortest.text, stated: lateness.text };
}
