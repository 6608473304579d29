import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { scheduleSeconds } from './parse-sla';
import type { OutputsServed } from './score-outputs';
import { quote } from './tally';

/**
 * The most a design can score when the output its strictest use case hangs on is served from a store that cannot
 * answer that fast ("scoring API / Snowflake feature tables queried per authorisation" for a score in 100 ms), while
 * its sources, its SLA and its other readers are right. The design does not contradict itself (it states one
 * freshness and one path); it makes one wrong choice, on the output the business built it for, and an interviewer
 * signs it as half a design (golden round 21: 50), not as a gamed one.
 */
export const WRONG_STORE_DESIGN_MAX = 50;

/** Fewest other outputs served soundly for the design to count as right around its one wrong store. */
const SOUND_OUTPUTS_MIN = 2;

/**
 * Whether an undelivered SLA (see undelivered-sla.ts) is one wrong store rather than a design that says two things:
 * the row that cannot deliver names no schedule of its own (no "refreshed nightly", no "recomputed at 02:00", which
 * would state a second freshness against the SLA's), it is the only output served wrongly, and at least
 * SOUND_OUTPUTS_MIN other outputs are served soundly. `row` is the learner's row as written (undeliveredRow). Pure.
 */
export function isOneWrongStore(row: string | undefined, served: OutputsServed): boolean {
  if (row === undefined) return false;
  return scheduleSeconds(row) === undefined && served.timedWrong === 1 && served.sound.size >= SOUND_OUTPUTS_MIN;
}

/** Caps at WRONG_STORE_DESIGN_MAX a design whose strictest output is served from a store that cannot meet it (`row`, as written). */
export function capWrongStore(result: StepResult, row: string | undefined): StepResult {
  if (row === undefined) return result;
  return capScore(result, WRONG_STORE_DESIGN_MAX, () => ({
    code: 'design.wrong-store-cap',
    severity: 'wrong',
    message: `The output your most urgent use case hangs on is served as ${quote(row)}, which cannot answer as fast as that use case needs (see above), so the design is scored at most ${WRONG_STORE_DESIGN_MAX} out of 100: the rest holds, but the feature the business asked for first does not work. Serve it from a store built for how it is read, such as an online store kept current by the stream.`,
    neutral: `The output your most urgent use case hangs on is served from a store that cannot be that fast, so the design is scored at most ${WRONG_STORE_DESIGN_MAX} out of 100.`,
  }));
}
