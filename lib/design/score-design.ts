import { withGraderAddressFinding } from '../scoring/grader-address-finding';
import type { StepResult } from '../scoring/finding';
import { capScore, stepResult } from '../scoring/score';
import { capOffCase, readCaseFit, stringsOf, withOffCaseField } from '../text/case-fit';
import type { DesignAnswer } from './design-answer-schema';
import type { DesignCase } from './design-index';
import { readDesignAnswer } from './read-answer';
import { scoreContradictions } from './score-contradictions';
import { scoreDesignDepth } from './score-depth';
import { scoreInputs } from './score-inputs';
import { scoreOutputs } from './score-outputs';
import type { OutputsServed } from './score-outputs';
import { conflictingSlaList } from './listed-sla';
import { scoreListedSla, scoreSla, SLA_MISPLACED_FACTOR, timesLooser } from './score-sla';
import type { SlaVerdict } from './score-sla';
import { formatDuration } from './format-duration';
import { quote } from './tally';
import { undeliveredRow } from './undelivered-sla';
import { scoreStyle } from './score-style';
import { scoreUseCases } from './score-use-cases';
import { newTally } from './tally';
import { capDeferred, capUncommitted } from './uncommitted-design';
import { capEchoed } from './echoed-design';
import { capUndecided } from './undecided-design';
import { capComponentless } from './componentless-design';
import { capInputless } from './inputless-design';
import { capWrongStore, isOneWrongStore } from './wrong-store-design';
import { capMisordered } from './misordered-design';
import { capAbandonedSummary } from './abandoned-summary-design';
import { capQuestioned } from './questioned-design';
import { chargeOverBuilt } from './over-built-design';
import { capUnreasoned } from './unreasoned-design';
import { sarcasticNeed } from './sarcastic-need';
import { capUnaddressed } from './unaddressed-design';
import { chargePadded } from './padded-design';
import { capCrossedSchedule } from './crossed-schedule';
import { capOffScale } from './off-scale-design';
import { capOverwrittenHistory } from './overwritten-history';
import { capIdentifiersInPaths } from './identifiers-in-paths';
import { withoutSarcasm } from '../text/sarcasm';
import { getDesignIndex } from './design-index';
import { chargeOneField, spreadOneFieldDesign } from './one-field-design';
import { chargeMisplacedFields, readMisplacedFields } from './misplaced-fields';
import { SLA_LOOSE_TOLERANCE } from './score-sla';
import { capUnservedPriority } from './unserved-priority';
import { capLateWindow } from './late-window';
import { chargeUnbackedGuarantee } from './unbacked-guarantee';

/**
 * Scores a high-level design (step 3): required inputs named with the right batch/stream mode,
 * use cases stated, an SLA that meets the case's freshness, outputs for its consumers, and a
 * processing style that fits, and no field contradicting another; the last DEPTH_POINTS of 100 are for a design that
 * argues its parts, walks through a failure and weighs an alternative (score-depth.ts). Pure and deterministic; every
 * point earned or lost has a finding.
 */
export function scoreDesign(answer: DesignAnswer, rubric: DesignCase): StepResult {
  // A whole design written into one field under the learner's headings is read from its sections (one-field-design.ts).
  const spread = spreadOneFieldDesign(readDesignAnswer(answer), getDesignIndex(rubric));
  // An SLA or use case written in another field ("see reason", SLAs in the use case) is read where it is (misplaced-fields.ts).
  const misplaced = spread.from === undefined ? readMisplacedFields(spread.answer, getDesignIndex(rubric)) : { answer: spread.answer, moved: [] };
  const asTyped = misplaced.answer;
  // What the learner says in sarcasm ("Sure, a nightly batch will totally meet the 5-minute SLA") is not their design.
  const asWritten = { ...asTyped, useCase: withoutSarcasm(asTyped.useCase).trim(), sla: withoutSarcasm(asTyped.sla).trim(), reason: withoutSarcasm(asTyped.reason).trim() };
  // An SLA that only lists conflicting terms ("real time, batch, SLA") asserts no requirement: no field reads one from it.
  const listed = conflictingSlaList(asWritten.sla, rubric);
  const read = listed ? { ...asWritten, sla: '' } : asWritten;
  const tally = newTally();
  scoreInputs(tally, read.inputs, rubric);
  scoreUseCases(tally, read, rubric);
  // The outputs first: an SLA the outputs cannot deliver is not met (findings are sorted at the end).
  const served = scoreOutputs(tally, read.outputs, rubric, read.sla, read.processingStyle, read.inputs);
  let sla: SlaVerdict = {};
  const undelivered = undeliveredRow(rubric, served);
  if (listed) scoreListedSla(tally, listed, rubric);
  else sla = withSarcasticNeed(scoreSla(tally, read.sla, rubric, undelivered), asTyped, rubric);
  scoreStyle(tally, read, rubric);
  // An SLA the design does not deliver says two things at once, as a contradiction between fields does.
  // So does an SLA giving every answer at once.
  const betweenFields = scoreContradictions(tally, read, rubric, asWritten.sla);
  // The last points are for depth, read on the design as graded (contradictions charged first).
  scoreDesignDepth(tally, read);
  const listedCounted = tally.findings.some((finding) => finding.code === 'design.sla-contradictory');
  // An SLA undelivered only because one output sits in the wrong store is one wrong choice, not two designs (wrong-store-design.ts).
  const wrongStore = sla.undelivered === true && isOneWrongStore(undelivered, served);
  const contradictions = betweenFields + (sla.undelivered && !wrongStore ? 1 : 0) + (listed && !listedCounted ? 1 : 0);
  const result = capWrongStore(stepResult(tally.earned, tally.available, tally.findings), wrongStore ? undelivered : undefined);
  // A design that only lists candidates and chooses none proposes no design (uncommitted-design.ts); one that never
  // says why (no SLA figure, no reason tied to a requirement) is a list of parts (unreasoned-design.ts).
  const reasoned = capUnreasoned(capContradicted(result, contradictions), sla.unsized, read, rubric);
  // A fresh use case served from a daily schedule dressed in stream terms crosses batch and streaming (crossed-schedule.ts).
  // Volumes far above anything the case says size another business's system (off-scale-design.ts).
  const sized = capUncommitted(capOffScale(capCrossedSchedule(capFarMissed(capSourceRead(capOtherReaders(capMisserved(reasoned, served), served, rubric), served), sla), read, rubric), read, rubric), read);
  // A design that defers its freshness and style ("it depends"), reads the brief back, or asks questions where its
  // decisions belong decides nothing (uncommitted-design.ts, echoed-design.ts, questioned-design.ts).
  // So does one whose reason lays out whole designs side by side and chooses none (undecided-design.ts).
  // And one that states the requirements but names no component meeting them is no design yet (componentless-design.ts).
  // So is one whose outputs stand on inputs it never names (inputless-design.ts).
  const decided = capInputless(capComponentless(capUndecided(capQuestioned(capEchoed(capDeferred(sized, read), read, rubric), read), read), read), read, rubric);
  // Two steps stated in the order the case forbids ("ACK as soon as it arrives, before writing it") lose data (misordered-design.ts).
  // A summary the body then breaks ("TL;DR: ACK only after a durable write" over "ACKs as soon as it parses") is graded
  // by the body (abandoned-summary-design.ts).
  const ordered = capAbandonedSummary(capMisordered(decided, read, rubric), read);
  // Heavy parts the case does not ask for cost points for focus (over-built-design.ts).
  // A design that states none of the case's use cases and serves none of its consumers is vocabulary (unaddressed-design.ts).
  // Records the case keeps as history, updated in place, lose the trail the business asked for (overwritten-history.ts).
  // A person's direct identifier in paths, keys or topic names is a compliance fault whatever else holds (identifiers-in-paths.ts).
  // A delivery guarantee named with no mechanism that makes it hold is asserted, not designed (unbacked-guarantee.ts).
  const charged = capUnaddressed(capIdentifiersInPaths(capOverwrittenHistory(chargeUnbackedGuarantee(chargeOverBuilt(ordered, read, rubric), read), read, rubric), read, rubric));
  // The output the most urgent use case exists for served to nobody, or computed by a window that emits too late for it,
  // leaves the business's first need unmet however right the rest (unserved-priority.ts, late-window.ts); capped after
  // the charges, so a design that already lost points elsewhere does not lose them twice.
  const capped = capLateWindow(capUnservedPriority(charged, rubric, served, read.outputs), read, rubric);
  // A use case another business asks for (a shop's sales and stock in a card issuer's case) makes the whole
  // design another case's, whatever of this case's nouns its inputs borrow.
  const texts = stringsOf(answer);
  const graded = capOffCase(capped, withOffCaseField(readCaseFit(texts, rubric), texts, (answer as Partial<DesignAnswer> | undefined)?.useCase, rubric), 'design');
  // Words to the grader are withdrawn already (they earn nothing); the learner is told why, once per design.
  // One sentence pasted again and again over a prose field is padding: the design keeps half its score (padded-design.ts).
  return withGraderAddressFinding(chargePadded(chargeMisplacedFields(chargeOneField(graded, spread.from), misplaced.moved), asWritten), 'design.grader-address', texts);
}

/**
 * The most a design can score when the SLA that drives it is more than SLA_NEAR_MISS_FACTOR (10x)
 * looser than the case needs, by how far: up to SLA_MISPLACED_FACTOR (100x) looser ("surge every 30
 * minutes" for 30 seconds) it is the right sources built for another freshness, about half a design;
 * further ("ready by 6am" for 5 minutes) it is another design. Interviewers judge a design first by
 * whether it meets the requirement that shapes it.
 */
export const FAR_MISSED_DESIGN_MAX = { near: 50, far: 40 } as const;

/**
 * Where the caps for designs an interviewer fails outright sit (contradicted, need dismissed, every consumer misserved):
 * the golden set's hand grades for such designs are 10-22 (gamed mean 13), and a cap on the gamed bound (25) left
 * 18 of them 3-15 points above the hand; 20 brings 19 of them closer and puts two 5 points further off (a gamed 28, a mediocre nightly census at 40).
 */
export const GAMED_DESIGN_CAP = 20;

/**
 * The most a design can score when its SLA misses the case's need far (10x or more) and the learner
 * argued the need away to get there: a freshness that would meet it named only to be negated ("Surge
 * does not need to be real time; T+1 is good enough") or said and taken back ("within 30 seconds -
 * actually, scratch that, hourly"). The design answers a case of the learner's making, as a gamed one
 * is, whatever its input names and stores: interviewers sign such designs 10-22 (golden rounds 0-18), so the cap sits
 * at 20, under the gamed bound of 25 rather than on it (GAMED_DESIGN_CAP).
 */
export const NEED_DISMISSED_DESIGN_MAX = GAMED_DESIGN_CAP;

/**
 * The most a design can score when the SLA that drives it misses the case's need SLA_NEAR_CAP_FACTOR (4) to
 * SLA_NEAR_MISS_FACTOR (10) times over ("alerts within a minute" where the case needs 10 seconds): the right
 * sources and stores, streamed, but sized for a freshness that lets the thing the business fears happen. An
 * interviewer signs it as mediocre (50-55 in the golden rounds), just above a far miss.
 */
export const NEAR_MISSED_DESIGN_MAX = 55;

function capNearMissed(result: StepResult, missed: NonNullable<SlaVerdict['nearMissed']>): StepResult {
  return capScore(result, NEAR_MISSED_DESIGN_MAX, () => ({
    code: 'design.near-missed-cap',
    severity: 'wrong',
    message: `Your SLA ${quote(missed.clause)} (${formatDuration(missed.seconds)}) is ${timesLooser(missed.seconds, missed.needed)} times looser than the ${formatDuration(missed.needed)} the case needs, so the design is scored at most ${NEAR_MISSED_DESIGN_MAX} out of 100: it streams the right sources, but sized for ${formatDuration(missed.seconds)} it lets through what the business built it to catch. Size it for the case's number.`,
    neutral: `Your SLA ${quote(missed.clause)} is several times looser than the case needs, so the design is scored at most ${NEAR_MISSED_DESIGN_MAX} out of 100: check the freshness the business asks for.`,
    refs: ['freshnessSeconds'],
  }));
}

/**
 * A far-missed SLA (see FAR_MISSED_DESIGN_MAX) whose need the learner mocked in any prose field ("Sure, we'll totally
 * never need real time", lib/design/sarcastic-need.ts) is a need argued away, as a negated or withdrawn one is.
 */
function withSarcasticNeed(sla: SlaVerdict, answer: DesignAnswer, rubric: DesignCase): SlaVerdict {
  const missed = sla.farMissed;
  if (!missed || missed.dismissed !== undefined) return sla;
  const mocked = sarcasticNeed(answer, missed.needed, getDesignIndex(rubric).useCases, SLA_LOOSE_TOLERANCE);
  return mocked === undefined ? sla : { ...sla, farMissed: { ...missed, dismissed: mocked } };
}

function capFarMissed(result: StepResult, sla: SlaVerdict): StepResult {
  if (sla.nearMissed) return capNearMissed(result, sla.nearMissed);
  const missed = sla.farMissed;
  if (!missed) return result;
  if (missed.dismissed !== undefined) return capDismissed(result, { ...missed, dismissed: missed.dismissed });
  const cap = missed.seconds > missed.needed * SLA_MISPLACED_FACTOR ? FAR_MISSED_DESIGN_MAX.far : FAR_MISSED_DESIGN_MAX.near;
  return capScore(result, cap, () => ({
    code: 'design.far-missed-cap',
    severity: 'wrong',
    message: `Your SLA ${quote(missed.clause)} (${formatDuration(missed.seconds)}) is ${timesLooser(missed.seconds, missed.needed)} times looser than the ${formatDuration(missed.needed)} the case needs, so the design is scored at most ${cap} out of 100: the freshness is what shapes the design, and one built for ${formatDuration(missed.seconds)} is a different design, however right its sources and stores.`,
    neutral: `Your SLA ${quote(missed.clause)} is far looser than the case needs, so the design is scored at most ${cap} out of 100: check the freshness the business asks for.`,
    refs: ['freshnessSeconds'],
  }));
}

function capDismissed(result: StepResult, missed: { clause: string; seconds: number; needed: number; dismissed: string }): StepResult {
  const cap = NEED_DISMISSED_DESIGN_MAX;
  return capScore(result, cap, () => ({
    code: 'design.need-dismissed-cap',
    severity: 'wrong',
    message: `You argue the case's need away (${quote(missed.dismissed)}) and build for ${quote(missed.clause)} (${formatDuration(missed.seconds)}), ${Math.round(missed.seconds / missed.needed)} times looser than the ${formatDuration(missed.needed)} the business asked for, so the design is scored at most ${cap} out of 100: it answers a requirement you set yourself, not the case's. Keep the need and design for it.`,
    neutral: `Your SLA argues away the freshness the case needs (${quote(missed.dismissed)}), so the design is scored at most ${cap} out of 100: design for the need the business states.`,
    refs: ['freshnessSeconds'],
  }));
}

/**
 * The most a design can score when it lists two or more consumers with a freshness need and serves
 * every one of them wrongly (a store that cannot serve it, a freshness that belongs to another
 * consumer, another consumer's data): the right sources and words wired so that nobody can read what
 * they need is not a working design.
 */
export const MISSERVED_DESIGN_MAX = GAMED_DESIGN_CAP;

function capMisserved(result: StepResult, served: OutputsServed): StepResult {
  if (served.timedListed < 2 || served.timedWrong < served.timedListed) return result;
  return capScore(result, MISSERVED_DESIGN_MAX, () => ({
    code: 'design.misserved-cap',
    severity: 'wrong',
    message: `Every consumer you serve with a freshness need is served wrongly (see above), so the design is scored at most ${MISSERVED_DESIGN_MAX} out of 100: a design is judged by whether its consumers can read what they need, when they need it.`,
  }));
}

/**
 * The most a design can score when its outputs serve none of the case's consumers and at least one hands its data to
 * the business's own product instead (shoppers on the product page, marketing emails, a recommendation engine:
 * lib/text/product-reader.ts): right components built for readers the case does not have. An interviewer asks who the
 * platform is for (golden round 24: a right e-commerce stack serving shoppers, marketing and recommendations, and not
 * leadership, analysts or ops, 50 by hand).
 */
export const OTHER_READERS_DESIGN_MAX = 50;

function capOtherReaders(result: StepResult, served: OutputsServed, rubric: DesignCase): StepResult {
  const other = served.productRead ?? [];
  if (other.length === 0 || (served.missing?.size ?? 0) < rubric.steps.design.outputs.length) return result;
  return capScore(result, OTHER_READERS_DESIGN_MAX, () => ({
    code: 'design.other-readers-cap',
    severity: 'wrong',
    message: `Your outputs serve the business's own product (${other.slice(0, 3).map(quote).join(', ')}) and none of the consumers this case names, so the design is scored at most ${OTHER_READERS_DESIGN_MAX} out of 100: the parts may be right, but a data platform is judged by whether the people who run the business can read what they need. Name each of the case's consumers and the store it reads.`,
    neutral: `Your outputs serve none of the consumers this case names, so the design is scored at most ${OTHER_READERS_DESIGN_MAX} out of 100: say who reads each output.`,
  }));
}

/**
 * The most a design can score when it serves a reader straight from a source's own transactional database (the
 * dashboard-reads-oltp anti-pattern every case's rubric names): however right the rest, an interviewer signs it as
 * mediocre, because the design puts the business's writes at the mercy of its reads.
 */
export const SOURCE_READ_DESIGN_MAX = 60;

function capSourceRead(result: StepResult, served: OutputsServed): StepResult {
  const read = served.sourceRead;
  if (read === undefined) return result;
  return capScore(result, SOURCE_READ_DESIGN_MAX, () => ({
    code: 'design.source-read-cap',
    severity: 'wrong',
    message: `You serve a reader straight from ${quote(read)}, a source's own database (see above), so the design is scored at most ${SOURCE_READ_DESIGN_MAX} out of 100: the transactions the business runs on would compete with every read. Serve readers from a copy built for them.`,
  }));
}

/**
 * The most a design that contradicts itself can score, by how many contradictions it has (the last
 * entry for that many or more). An interviewer cannot sign a design that says two things at once,
 * however many right words it holds: streaming for a weekly SLA, "no dashboards" next to a dashboard.
 */
export const CONTRADICTED_DESIGN_MAX: readonly number[] = [100, GAMED_DESIGN_CAP, 15];

function capContradicted(result: StepResult, contradictions: number): StepResult {
  const cap = CONTRADICTED_DESIGN_MAX[Math.min(contradictions, CONTRADICTED_DESIGN_MAX.length - 1)] ?? 100;
  return capScore(result, cap, () => ({
    code: 'design.contradicted-cap',
    severity: 'wrong',
    message: `Your design contradicts itself in ${contradictions === 1 ? 'one place' : `${contradictions} places`} (see above), so it is scored at most ${cap} out of 100: an interviewer cannot tell which design you mean until the fields agree.`,
  }));
}
