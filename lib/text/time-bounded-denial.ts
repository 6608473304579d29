import type { ReadText } from './read-text';

/** Words that bound a denial in time: "nobody reads it before the next day", "no one opens it until Monday". */
const BOUND_WORDS: ReadonlySet<string> = new Set(['before', 'until', 'till', 'til', 'ahead']);

/**
 * Words that make what follows a bound a point in the working day, week or month ("the next day", "9am", "Monday",
 * "the end of the shift", "the month closes"); a year or a release ("until next year", "before v2") is a deferral,
 * not a consumer's tolerance, and is left as a denial.
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'day', 'days', 'morning', 'mornings', 'tomorrow', 'night', 'evening', 'afternoon', 'noon', 'midday', 'midnight', 'shift', 'shifts',
  'week', 'weekend', 'month', 'hour', 'hours', 'minute', 'minutes', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'am', 'pm', 'standup', 'stand-up', 'close', 'closes', 'closed', 'eod', 'start', 'end', 'daily', 'nightly', 'weekly', 'monthly',
]);

/** How many words may stand between the bound and its time ("until the end of the shift": the, end). */
const MAX_TIME_DISTANCE = 4;

const isTime = (norm: string) => TIME_WORDS.has(norm) || /^\d{1,2}(?::\d{2})?(?:am|pm|h)?$/.test(norm) || /^\d{1,2}:\d{2}$/.test(norm);

/**
 * Whether the negation over tokens `[from, to)` is bounded by a time of the working day, week or month, so that it
 * states how long the thing can wait, not that it is unwanted: "nobody reads history before the next day", "no one
 * looks at the quality dashboards until the month closes", "managers never open OEE before 9am". That is a consumer's
 * tolerance, the reason a batch serves it, and it contradicts no row that lists the thing. "No dashboards", "no one
 * reads the history" and "no streaming until next year" (a deferral) are still denials (false). Pure.
 */
export function deniedOnlyUntil(read: ReadText, from: number, to: number): boolean {
  const clause = read.clauseOf[from] ?? -1;
  if (clause < 0 || to <= from) return false;
  const inClause = (at: number) => read.clauseOf[at] === clause;
  const firstCue = read.tokens.findIndex((token, at) => token.kind === 'word' && inClause(at) && read.cue[at]);
  if (firstCue < 0) return false;
  for (let at = firstCue + 1; at < read.tokens.length && inClause(at); at += 1) {
    if (!BOUND_WORDS.has(read.tokens[at]?.norm ?? '')) continue;
    for (let next = at + 1; next <= at + MAX_TIME_DISTANCE + 1 && next < read.tokens.length && inClause(next); next += 1) {
      const token = read.tokens[next];
      if (token?.kind === 'word' && isTime(token.norm)) return true;
    }
  }
  return false;
}
