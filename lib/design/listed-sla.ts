import { readBareLists } from '../text/bare-list';
import { readText } from '../text/read-text';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import { parseSlaDurations } from './parse-sla';

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
  const seconds = parseSlaDurations(term);
  const sides = new Set<Side>(seconds.map((value) => (value <= STREAM_SIDE_SECONDS ? 'stream' : 'batch')));
  for (const id of namedIds(getDesignIndex(rubric).modes, term)) sides.add(id === 'stream' ? 'stream' : 'batch');
  return { seconds, sides: [...sides] };
}

/**
 * The terms of an SLA field that only lists terms whose freshness claims conflict and that names no
 * use case or consumer to tell them apart ("real time, batch, SLA, 99.9%", "seconds, hourly, daily",
 * "streaming, nightly"): every answer at once asserts no requirement, so there is nothing to grade
 * against the case's need. Undefined for a requirement in words ("stock within 5 minutes during
 * sales"), a list whose values each name what they are for ("surge 30 s, dashboard daily") or one that
 * claims a single freshness ("real-time, 99.9%"). Terms are the learner's words, in order. Pure; never throws.
 */
export function conflictingSlaList(sla: string, rubric: DesignCase): string[] | undefined {
  if (typeof sla !== 'string' || sla.trim() === '') return undefined;
  const bare = readBareLists(readText(sla));
  if (!bare.whole || bare.terms.length < 2) return undefined;
  const index = getDesignIndex(rubric);
  if (namedIds(index.useCases, sla).length > 0 || namedIds(index.outputs, sla).length > 0) return undefined;
  const claims = bare.terms.map((term) => claimsOf(term, rubric));
  const sides = new Set(claims.flatMap((claim) => claim.sides));
  const seconds = claims.flatMap((claim) => claim.seconds);
  const spread = seconds.length >= 2 && Math.max(...seconds) >= Math.min(...seconds) * CONFLICT_FACTOR;
  return sides.size >= 2 || spread ? bare.terms : undefined;
}
