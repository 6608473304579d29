import { readBareLists } from '../text/bare-list';
import { readText } from '../text/read-text';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase, DesignIndex } from './design-index';
import { parseSlaDurations, UNSIZED_FAST_SECONDS } from './parse-sla';
import { readSlaByUseCase } from './sla-by-use-case';

/**
 * Fresher than this (15 minutes) a freshness needs a stream; looser, a scheduled batch meets it.
 * The same line score-sla.ts (STREAM_SIDE_SECONDS) and score-style.ts draw.
 */
const STREAM_SIDE_SECONDS = 15 * 60;
/** Two freshness values this far apart in one list of terms are two different requirements. */
const CONFLICT_FACTOR = 10;

type Side = 'stream' | 'batch';

/** What one listed term claims about freshness: the seconds it names and the side (stream or batch) it takes. */
function claimsOf(term: string, rubric: DesignCase): { seconds: number[]; sides: Side[] } {
  // "daily and fast": a speed word with no order of magnitude takes no side against a schedule; it is graded as vague.
  const seconds = parseSlaDurations(term).filter((value) => value !== UNSIZED_FAST_SECONDS);
  const sides = new Set<Side>(seconds.map((value) => (value <= STREAM_SIDE_SECONDS ? 'stream' : 'batch')));
  for (const id of namedIds(getDesignIndex(rubric).modes, term)) sides.add(id === 'stream' ? 'stream' : 'batch');
  return { seconds, sides: [...sides] };
}

/**
 * The distinct deadlines (seconds, ascending) of an SLA that asserts three or more without saying
 * what each is for, two or more of them in requirements naming nothing ("real-time 5 minutes 06:00
 * daily hourly"): the requirement is every answer at once, so none. Undefined otherwise, as for a
 * list of requirements each naming what it is for ("fraud score within 100 ms; finance dashboards by
 * 06:00; regulators monthly"), whether or not the rubric knows the names.
 */
export function deadlinesForNothing(sla: string, index: DesignIndex): number[] | undefined {
  const reading = readSlaByUseCase(sla, index.useCases);
  const tied = new Set([...reading.byUseCase.values()].map((stated) => stated.seconds));
  const loose = [...new Set(reading.asserted.filter((stated) => !stated.subject).map((stated) => stated.seconds))].filter((seconds) => !tied.has(seconds));
  const distinct = [...new Set(reading.asserted.map((stated) => stated.seconds))].sort((a, b) => a - b);
  return distinct.length >= 3 && loose.length >= 2 ? distinct : undefined;
}

/**
 * The terms of an SLA field that only lists terms whose freshness claims conflict and that names no
 * use case or consumer to tell them apart ("real time, batch, SLA, 99.9%", "seconds, hourly, daily",
 * "streaming, nightly"), or the whole field when it runs several deadlines together for nothing in
 * particular ("100 ms 5 s 09:00 real-time", see deadlinesForNothing): every answer at once asserts no requirement, so there is nothing to grade
 * against the case's need. Undefined for a requirement in words ("stock within 5 minutes during
 * sales"), a list whose values each name what they are for ("surge 30 s, dashboard daily") or one that
 * claims a single freshness ("real-time, 99.9%"). Terms are the learner's words, in order. Pure; never throws.
 */
export function conflictingSlaList(sla: string, rubric: DesignCase): string[] | undefined {
  if (typeof sla !== 'string' || sla.trim() === '') return undefined;
  const index = getDesignIndex(rubric);
  if (namedIds(index.useCases, sla).length > 0 || namedIds(index.outputs, sla).length > 0) return undefined;
  // "100 ms 5 s 09:00 real-time": several deadlines for nothing in particular, listed or run together.
  if (deadlinesForNothing(sla, index)) return [sla.trim()];
  const bare = readBareLists(readText(sla));
  if (!bare.whole || bare.terms.length < 2) return undefined;
  const claims = bare.terms.map((term) => claimsOf(term, rubric));
  const sides = new Set(claims.flatMap((claim) => claim.sides));
  const seconds = claims.flatMap((claim) => claim.seconds);
  const spread = seconds.length >= 2 && Math.max(...seconds) >= Math.min(...seconds) * CONFLICT_FACTOR;
  return sides.size >= 2 || spread ? bare.terms : undefined;
}
