import type { Rubric } from '../content/rubric-schema';
import { prepareEstimate } from '../estimate/prepare-estimate';
import { valueDimension, valueIn } from '../estimate/value-dimension';
import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readStatedRates } from '../text/stated-rates';
import type { StatedRate } from '../text/stated-rates';
import type { DesignAnswer } from './design-answer-schema';
import type { DesignCase } from './design-index';
import { quote } from './tally';

/**
 * A stated rate this many times above the largest rate of its kind the case gives (facts and reference estimates, its
 * peak included) is off the case's scale: not a rounding or a generous peak but another system's numbers (golden
 * round 19: "50,000 messages a second" for a hospital group's ~370 at the morning peak).
 */
export const OFF_SCALE_DESIGN_FACTOR = 30;

/**
 * The most a design can score when it states a volume off the case's scale: its parts may be right, but it is sized for
 * another business (partitions, clusters and stores for a load that never comes), and an interviewer asks whether the
 * brief was read. Signed as mediocre (golden round 19: 55 by hand for right mechanisms sized with ride-hailing's
 * numbers), as the estimate step holds an off-scale sheet below half.
 */
export const OFF_SCALE_DESIGN_MAX = 60;

type CaseRates = { events: number; bytes: number };

const remembered = new WeakMap<object, CaseRates | undefined>();

/** The largest event rate (events/s) and data rate (B/s) among the case's facts and reference estimates; undefined when the case has none. */
function caseRates(rubric: DesignCase): CaseRates | undefined {
  if (remembered.has(rubric)) return remembered.get(rubric);
  const full = rubric as unknown as Partial<Rubric>;
  let rates: CaseRates | undefined;
  if (full.steps?.estimate !== undefined && Array.isArray(full.steps.clarify?.facts)) {
    const prepared = prepareEstimate(full as Rubric);
    const values = [...prepared.factValues.values(), ...prepared.quantities.flatMap((item) => (item.reference === undefined ? [] : [item.reference]))];
    const largest = (dimension: 'event_rate' | 'data_rate', unit: string) =>
      Math.max(0, ...values.filter((value) => valueDimension(value) === dimension).map((value) => valueIn(value, unit)).filter((value) => Number.isFinite(value)));
    rates = { events: largest('event_rate', 'event/s'), bytes: largest('data_rate', 'B/s') };
  }
  remembered.set(rubric, rates);
  return rates;
}

/** What the design states that is off the case's scale: the learner's figure and how many times the case's largest it is. */
export type OffScaleRate = StatedRate & { times: number };

/**
 * The first rate the design states (input rates, use case, SLA, reason) more than OFF_SCALE_DESIGN_FACTOR times the
 * case's largest rate of its kind (lib/text/stated-rates.ts), or undefined. A case without facts to compare with has
 * none. Pure.
 */
export function readOffScaleRate(answer: DesignAnswer, rubric: DesignCase): OffScaleRate | undefined {
  const rates = caseRates(rubric);
  if (!rates) return undefined;
  const texts = [...answer.inputs.map((input) => input.rate), answer.useCase, answer.sla, answer.reason];
  for (const stated of texts.flatMap((text) => readStatedRates(text))) {
    const largest = stated.kind === 'events' ? rates.events : rates.bytes;
    if (largest > 0 && stated.perSecond > largest * OFF_SCALE_DESIGN_FACTOR) return { ...stated, times: Math.round(stated.perSecond / largest) };
  }
  return undefined;
}

/** `result` scored at most OFF_SCALE_DESIGN_MAX when the design states a rate off the case's scale (readOffScaleRate), with a finding; otherwise unchanged. Pure. */
export function capOffScale(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  const off = readOffScaleRate(answer, rubric);
  if (!off) return result;
  return capScore(result, OFF_SCALE_DESIGN_MAX, () => ({
    code: 'design.off-scale-cap',
    severity: 'wrong',
    message: `You size the design for ${quote(off.said)}, about ${off.times} times the largest ${off.kind === 'events' ? 'event rate' : 'data rate'} this case's facts give: that is another system's load, and the partitions, clusters and stores sized on it are built for traffic that never comes. The design is scored at most ${OFF_SCALE_DESIGN_MAX} out of 100: size it from the volumes the interviewer gave.`,
    neutral: `You size the design for ${quote(off.said)}, far above anything this case's facts give, so it is scored at most ${OFF_SCALE_DESIGN_MAX} out of 100: check the volumes the interviewer gave.`,
  }));
}
