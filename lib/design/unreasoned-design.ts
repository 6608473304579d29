import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { arguesOnlyCost } from '../text/cost-reason';
import { statesNonFunctional } from '../text/non-functional';
import { statesWhy } from '../text/stated-why';
import type { DesignAnswer } from './design-answer-schema';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import { readSlaByUseCase } from './sla-by-use-case';
import { quote } from './tally';

/**
 * The most a design can score when it names its parts but never says why: its SLA gives no number ("fast",
 * "real-time", or none) and its reason ties no requirement to a choice (no deadline, no use case or consumer, no
 * "because" or "needs"; "batch for the database and files, streaming for the clicks" says which, not why). Right
 * components, modes and stores with nothing that sizes or justifies them are what an interviewer signs as mediocre
 * (golden rounds 15-16: 50 for such designs), the ceiling the other mediocre caps share (NEAR_MISSED_DESIGN_MAX).
 */
export const UNREASONED_DESIGN_MAX = 55;

/**
 * The most a design can score when its SLA gives no number and its reason argues every choice by cost alone
 * ("Kinesis because it is cheaper than MSK", "DynamoDB on-demand so there is no idle cost", lib/text/cost-reason.ts):
 * nothing says the parts meet the requirement, and the reasons given point at another objective. An interviewer asks
 * "but does it meet the freshness?" and gets no answer: below the UNREASONED_DESIGN_MAX of a design that gives no
 * reason at all (golden round 21: a ride-hailing design argued on price throughout, 42 by hand).
 */
export const COST_ONLY_DESIGN_MAX = 45;

/**
 * The most a design can score when it states its use cases and nothing else: no SLA figure, and no field (use case,
 * SLA, reason, input rates, stores) states any non-functional requirement (no freshness, volume, availability,
 * retention or compliance, lib/text/non-functional.ts), nor says why a choice is made. What everyone sees is listed;
 * how fast, how much, how long and how safely are never said, so nothing sizes the design: an interviewer caps it
 * around the middle (golden round 24: a ride-hailing design listing who sees what with "as fast as possible" for its SLA, 42 by hand),
 * below UNREASONED_DESIGN_MAX, which a design keeps when its reason names a use case or a figure somewhere sizes it.
 */
export const USE_CASES_ONLY_DESIGN_MAX = 45;

/** Whether no field of a design states a non-functional requirement (see USE_CASES_ONLY_DESIGN_MAX). */
function statesNoRequirement(answer: DesignAnswer): boolean {
  const texts = [answer.useCase, answer.sla, answer.reason, ...answer.inputs.map((input) => input.rate), ...answer.outputs.flatMap((output) => [output.consumer, output.store])];
  return !texts.some((text) => statesNonFunctional(text));
}

/**
 * Whether a design's reason or use case says why a choice is made: a causal or requirement clause
 * (lib/text/stated-why.ts), a use case or consumer of the case the choice serves ("streaming for surge"), or a
 * freshness with a number or schedule ("the files come daily"). Pure.
 */
export function argues(rubric: DesignCase, answer: Pick<DesignAnswer, 'reason' | 'useCase'>): boolean {
  if (statesWhy(answer.reason) || statesWhy(answer.useCase)) return true;
  const index = getDesignIndex(rubric);
  if (namedIds(index.useCases, answer.reason).length > 0 || namedIds(index.outputs, answer.reason).length > 0) return true;
  return readSlaByUseCase(answer.reason, index.useCases).asserted.some((stated) => !stated.vague);
}

/**
 * Caps at UNREASONED_DESIGN_MAX a design whose driving SLA has no number (`unsized`: the learner's words, '' when
 * none) and whose reason and use case say no why (see `argues`), with a finding quoting both.
 */
export function capUnreasoned(result: StepResult, unsized: string | undefined, answer: DesignAnswer, rubric: DesignCase): StepResult {
  if (unsized === undefined) return result;
  const costOnly = statesWhy(answer.useCase) ? undefined : arguesOnlyCost(answer.reason);
  if (costOnly) return capCostOnly(result, unsized, costOnly);
  if (result.score > USE_CASES_ONLY_DESIGN_MAX && !statesWhy(answer.reason) && !statesWhy(answer.useCase) && statesNoRequirement(answer)) return capUseCasesOnly(result, unsized);
  if (result.score <= UNREASONED_DESIGN_MAX || argues(rubric, answer)) return result;
  const sla = unsized === '' ? 'no SLA' : `an SLA with no number (${quote(unsized)})`;
  const reason = answer.reason.trim() === '' ? 'no reason' : `a reason that says which, not why (${quote(answer.reason)})`;
  return capScore(result, UNREASONED_DESIGN_MAX, () => ({
    code: 'design.unreasoned-cap',
    severity: 'wrong',
    message: `You name the parts, but with ${sla} and ${reason} nothing says why they are there, so the design is scored at most ${UNREASONED_DESIGN_MAX} out of 100: an interviewer credits the requirement behind each choice. Give the freshness as a number and tie each choice to it ("stock must be 5 minutes old, so orders stream; the partner files land nightly, so a batch job").`,
    neutral: `Your design names its parts but never says why (no SLA figure, no reason tied to a requirement), so it is scored at most ${UNREASONED_DESIGN_MAX} out of 100.`,
    refs: ['freshnessSeconds', 'processingStyle'],
  }));
}

/** Caps at USE_CASES_ONLY_DESIGN_MAX a design that states its use cases and no requirement that sizes them. */
function capUseCasesOnly(result: StepResult, unsized: string): StepResult {
  const sla = unsized === '' ? 'no SLA' : `an SLA with no number (${quote(unsized)})`;
  return capScore(result, USE_CASES_ONLY_DESIGN_MAX, () => ({
    code: 'design.use-cases-only-cap',
    severity: 'wrong',
    message: `You list what each user sees, but with ${sla} and nothing anywhere on how fresh, how much, how available, how long it is kept or how it is protected, nothing sizes the design, so it is scored at most ${USE_CASES_ONLY_DESIGN_MAX} out of 100: use cases say what to build, the non-functional requirements say how. Give the freshness as a number for each use case, the volume and peak, the availability and fallback, the retention and the privacy rules, and tie each part to the one it meets.`,
    neutral: `Your design lists use cases but states no non-functional requirement (freshness, volume, availability, retention, privacy), so it is scored at most ${USE_CASES_ONLY_DESIGN_MAX} out of 100.`,
    refs: ['freshnessSeconds', 'processingStyle'],
  }));
}

/** Caps at COST_ONLY_DESIGN_MAX a design with no SLA figure whose reason argues only cost, quoting the cost sentences. */
function capCostOnly(result: StepResult, unsized: string, costOnly: readonly string[]): StepResult {
  const sla = unsized === '' ? 'no SLA' : `an SLA with no number (${quote(unsized)})`;
  const quoted = costOnly.slice(0, 3).map(quote).join(', ');
  return capScore(result, COST_ONLY_DESIGN_MAX, () => ({
    code: 'design.cost-only-cap',
    severity: 'wrong',
    message: `Every choice is argued by cost alone (${quoted}) and with ${sla} nothing says the parts meet the requirement, so the design is scored at most ${COST_ONLY_DESIGN_MAX} out of 100: cost is a good reason only beside the requirement the cheaper choice still meets. Give the freshness as a number and say why each part meets it ("Lambda on the stream is cheaper than a cluster and still scores within 30 seconds").`,
    neutral: `Your reasons argue only cost and your SLA gives no number, so the design is scored at most ${COST_ONLY_DESIGN_MAX} out of 100: tie each choice to the requirement it meets.`,
    refs: ['freshnessSeconds', 'processingStyle'],
  }));
}
