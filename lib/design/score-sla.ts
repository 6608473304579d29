import { formatDuration } from './format-duration';
import { parseSlaSeconds } from './parse-sla';
import type { DesignCase } from './design-index';
import { earn, hint, lose, quote } from './tally';
import type { Tally } from './tally';

export const SLA_POINTS = 15;
/** Up to 25% looser than the case still passes: "6 minutes" for five is rounding, "10 minutes" is not. */
export const SLA_LOOSE_TOLERANCE = 1.25;
/** Ten times stricter than needed is a design that pays for freshness nobody asked for. */
export const SLA_COSTLY_FACTOR = 10;

const REFS = ['freshnessSeconds'];
const EXAMPLES = 'Write it as a duration or a schedule, e.g. "within 5 minutes", "hourly", "daily by 06:00".';

/** The learner's SLA against the freshness the case's facts set. */
export function scoreSla(tally: Tally, sla: string, rubric: DesignCase): void {
  const needed = rubric.steps.design.freshnessSeconds;
  const stated = parseSlaSeconds(sla);
  if (needed === undefined) {
    // Nothing to compare with, but an SLA that cannot be read is still worth fixing.
    if (sla === '') hint(tally, { code: 'design.sla-empty', message: 'State the freshness or latency the business needs: it decides between batch and streaming.' });
    else if (stated === undefined) hint(tally, { code: 'design.sla-unreadable', message: `Could not read a freshness from ${quote(sla)}. ${EXAMPLES}` });
    return;
  }
  const target = formatDuration(needed);
  if (sla === '') {
    lose(tally, 'missing', SLA_POINTS, {
      code: 'design.sla-missing',
      message: `No SLA stated. The freshest result this case needs is ${target} old at most; say so, because it decides between batch and streaming.`,
      refs: REFS,
    });
    return;
  }
  if (stated === undefined) {
    lose(tally, 'missing', SLA_POINTS, { code: 'design.sla-unreadable', message: `Could not read a freshness from ${quote(sla)}. ${EXAMPLES}`, refs: REFS });
    return;
  }
  const yours = formatDuration(stated);
  if (stated > needed * SLA_LOOSE_TOLERANCE) {
    lose(tally, 'wrong', SLA_POINTS, {
      code: 'design.sla-too-loose',
      message: `Your SLA ${quote(sla)} (${yours}) is looser than the case allows: the business needs results no more than ${target} old. A design built for ${yours} will miss it.`,
      refs: REFS,
    });
    return;
  }
  earn(tally, SLA_POINTS, { code: 'design.sla-met', message: `Your SLA ${quote(sla)} (${yours}) meets the ${target} the business needs.`, refs: REFS });
  if (stated * SLA_COSTLY_FACTOR < needed) {
    hint(tally, {
      code: 'design.sla-costly',
      message: `${yours} is much stricter than the ${target} the business needs. Say so if you promise it: lower latency means always-on infrastructure and harder operations for freshness nobody asked for.`,
      refs: REFS,
    });
  }
}
