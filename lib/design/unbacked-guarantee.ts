import type { Finding, StepResult } from '../scoring/finding';
import { capScore, sortFindings } from '../scoring/score';
import { readGuarantees } from '../text/asserted-guarantee';
import type { DesignAnswer } from './design-answer-schema';
import { designFieldTexts } from './design-field-texts';
import { quote } from './tally';

/**
 * Points off a design that names a delivery guarantee ("exactly-once", "nothing is ever lost") and no mechanism
 * anywhere that would make it hold (lib/text/asserted-guarantee.ts): the name of the guarantee is what the business
 * wants, and an interviewer's next question is how. As much as one output of the design (score-outputs.ts OUTPUT_POINTS).
 */
export const UNBACKED_GUARANTEE_POINTS = 8;

/** From this many assertions on, the guarantee is the design's substance rather than an aside. */
export const PERVASIVE_ASSERTIONS = 3;

/**
 * The most a design can score when it asserts a guarantee PERVASIVE_ASSERTIONS times or more and never says how it
 * holds ("exactly-once ledger, exactly-once recon, Kafka exactly-once, Flink exactly-once"): the case's hardest
 * requirement is asserted, not designed, and an interviewer signs it as half a design (golden round 22: 48), as a
 * design whose priority output is served from a store that cannot meet it (wrong-store-design.ts).
 */
export const UNBACKED_GUARANTEE_DESIGN_MAX = 50;

const HOW = 'say how it holds: idempotent writes (an upsert or a unique key such as the event id), a transaction, or checkpoints with a transactional or idempotent sink';

/**
 * Charges a design whose guarantees are named without a mechanism: UNBACKED_GUARANTEE_POINTS off for one or two
 * assertions, a cap at UNBACKED_GUARANTEE_DESIGN_MAX from PERVASIVE_ASSERTIONS on, each with a finding quoting the
 * learner's words and asking how. A design that names any mechanism, or no guarantee, is returned unchanged. Pure.
 */
export function chargeUnbackedGuarantee(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= 0) return result;
  const readings = designFieldTexts(answer).map(readGuarantees);
  const assertions = readings.flatMap((reading) => reading.assertions);
  if (assertions.length === 0 || readings.some((reading) => reading.mechanisms.length > 0)) return result;
  const said = quote(assertions[0] ?? '');
  if (assertions.length >= PERVASIVE_ASSERTIONS) {
    return capScore(result, UNBACKED_GUARANTEE_DESIGN_MAX, () => ({
      code: 'design.guarantee-unbacked-cap',
      severity: 'wrong',
      message: `You assert ${said} ${assertions.length} times and never say how it holds, so the design is scored at most ${UNBACKED_GUARANTEE_DESIGN_MAX} out of 100: the guarantee is the case's hardest requirement, and naming it is not designing it. For each place you claim it, ${HOW}.`,
      neutral: `You assert ${said} ${assertions.length} times without saying how it holds: ${HOW}.`,
    }));
  }
  const points = Math.min(result.score, UNBACKED_GUARANTEE_POINTS);
  const finding: Finding = {
    code: 'design.guarantee-unbacked',
    severity: 'missing',
    points,
    message: `You promise ${said} but name nothing that makes it hold: a retry or a replay would write twice. ${HOW.charAt(0).toUpperCase()}${HOW.slice(1)}.`,
    neutral: `You promise ${said}: ${HOW}.`,
  };
  return { score: result.score - points, findings: sortFindings([...result.findings, finding]) };
}
