import type { DeepDiveKeyPoint, DeepDivePrompt, Rubric, WrongClaim } from '../content/rubric-schema';
import { TOPIC_TITLES } from '../practice/topic-titles';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { claimShare, readClaim } from '../text/claims';
import type { ClaimReading } from '../text/claims';
import { missingParts } from '../text/claim-parts';
import { readDepth } from '../text/depth';
import { depthCost } from '../scoring/depth';
import { exemplaryCost } from './exemplary-ceiling';
import { asksOnly } from '../text/questions-only';
import { readText } from '../text/read-text';
import { blankCitations } from '../text/cited-references';
import { readRepeatedSentence } from '../text/repeated-sentences';
import { chosenStreamTools, foreignSettings } from '../text/stream-tools';
import type { StreamTool } from '../text/stream-tools';
import { misstatedPoints, readMechanismClaims } from '../text/mechanism-claims';
import { readWrongDefaults } from '../text/cited-default';
import { readShortWait } from '../text/short-wait';
import type { MechanismClaimHit } from '../text/mechanism-claims';
import type { ReadText } from '../text/read-text';
import { assertNever } from '../util/assert-never';
import { MAX_DEEP_DIVE_ANSWER } from './limits';
import { withConcepts } from './concept-point';
import { withMistakeTerms } from '../text/concept-map';
import { needsProbe, settleWithProbe } from './probe';
import type { PointResult, ProbeAnswer } from './probe';
import { neutralPointMessage } from './neutral-message';
import { offeredMessage } from './offered-message';
import { unsettledMessage } from './unsettled-message';
import type { PointPosition } from './neutral-message';
import { memoPromptResult, promptMemo } from './prompt-memo';
import { readAnswerCaseFit } from '../text/case-fit';
import { capOffCasePrompt, offCasePointFinding } from './off-case';
import { capReversedOrder } from './reversed-order-cap';
import { capSkippedAsks } from '../scoring/skipped-ask';
import { capUnfinished } from '../scoring/unfinished-cap';
import { readUnfinishedEnding } from '../text/unfinished-ending';
import { WRONG_QUANTITY_SHARE, capCaseFact } from './case-fact-cap';
import { graderAddressFinding } from '../scoring/grader-address-finding';
import { askedToolOf, readForeignVocabulary } from '../text/foreign-vocabulary';
import { inRejectedOption, readRejectedOptions } from '../text/labelled-options';
import { vocabularyCap, wrongTermCharge } from '../scoring/foreign-vocabulary';

export type DeepDiveRubric = Rubric['steps']['deep-dive'];
/** The learner's answer to each prompt, by prompt id. */
export type DeepDiveAnswers = Readonly<Record<string, string>>;
/** Probe answers by prompt id, then key point id. */
export type DeepDiveProbeAnswers = Readonly<Record<string, Readonly<Record<string, ProbeAnswer>>>>;

export const POINTS_PER_KEY_POINT = 5;
/** Share of its earned points an answer keeps when it pastes one sentence again and again (lib/text/repeated-sentences.ts). */
export const PADDED_SHARE = 0.5;
/** What an affirmed wrong claim costs, taken from its prompt's earned points (never below zero). */
export const WRONG_CLAIM_COST = POINTS_PER_KEY_POINT / 2;
const MAX_QUOTE = 140;
/** Id prefix of a shared mechanism claim (lib/text/mechanism-claims.ts) among a prompt's fired wrong claims. */
const MECHANISM_PREFIX = 'mechanism.';
/** Key point keywords that name how long a stream waits for late data (lib/text/short-wait.ts). */
const WAIT_KEYWORDS: ReadonlySet<string> = new Set(['watermark', 'withwatermark', 'allowed lateness', 'grace period']);
/** Key point keywords that name bringing late data back into the results. */
const RECOMPUTE_KEYWORDS: ReadonlySet<string> = new Set(['recompute', 'recomputes', 'backfill', 'reprocess', 'rebuild', 'batch recompute', 'batch job']);

/** A wrong claim the learner affirmed. */
export type WrongClaimHit = { id: string; clause: string; cost: number; lesson: string };

export type PromptResult = {
  /** Points earned, after wrong claims and the depth share (lib/scoring/depth.ts). */
  earned: number;
  available: number;
  /** Of `available`, the points held back only because the answer was not exemplary (0 when it was, or was far from complete). */
  depthShortfall: number;
  findings: Finding[];
  points: PointResult[];
  wrongClaims: WrongClaimHit[];
};

const quote = (value: string) => `"${value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}...` : value}"`;

/** "You put SCD type 2 on the date dimension": the point's term attached to another subject. */
function misplacedMessage(point: DeepDiveKeyPoint, result: PointResult): string {
  const about = point.subject?.of[0];
  // A setting on the wrong side of the pipeline does nothing there: say where it takes effect.
  const where = result.misplacedBelongs !== undefined ? `, but it is a setting of ${result.misplacedBelongs} and does nothing there` : about ? `, but this point is about the ${about}` : '';
  return `You put ${quote(result.quote ?? '')} on ${quote(result.misplacedOn ?? '')} (${quote(result.clause ?? '')})${where}: ${point.text}`;
}

function pointMessage(point: DeepDiveKeyPoint, result: PointResult): string {
  const said = quote(result.clause ?? result.quote ?? '');
  if (result.offered !== undefined && (result.status === 'hedged' || result.status === 'named')) return `${offeredMessage(result)} ${point.text}`;
  if (result.builtOn) return `Built on a wrong foundation: you wrote ${quote(result.quote ?? result.clause ?? '')}, but it rests on ${quote(result.builtOn.clause)}, which is wrong here, so it does not count until that is fixed. ${point.text}`;
  switch (result.status) {
    case 'stated':
      return `${point.text} (you wrote ${quote(result.quote ?? '')})`;
    case 'hedged':
      return `Hedged: you wrote ${said}. Say it plainly and why it holds: ${point.text}`;
    case 'named':
      return `Named, not explained: you wrote ${quote(result.quote ?? '')} but not what it does. ${point.text}`;
    case 'listed':
      return `Listed without explanation: ${quote(result.quote ?? '')} appears only in a list of terms. Explain what it does and why: ${point.text}`;
    case 'negated':
      if (result.retracted) return result.withdrawnWith !== undefined ? `You withdrew ${said} with ${quote(result.withdrawnWith)}, so it does not count: ${point.text}` : `You wrote ${said} and then took it back, so it does not count: ${point.text}`;
      if (result.unsettled !== undefined) return unsettledMessage(said, result.unsettled, point.text);
      return `You wrote ${said}, but the design needs it: ${point.text}`;
    case 'contradicted':
      if (result.misplacedOn !== undefined) return misplacedMessage(point, result);
      if (result.misdefined) return `Wrong meaning: you wrote ${said}, but ${quote(result.quote ?? '')} is not ${quote(result.misdefined.said)}. ${point.text}`;
      if (result.wrongTarget?.kind === 'quantity' && result.contradictedBy?.includes('target') && point.quantity?.fact !== undefined) return `You set ${quote(result.quote ?? '')} to ${quote(result.wrongTarget.said)} (${said}); the case says ${point.quantity.fact}. ${result.wrongTarget.why ?? ''} ${point.text}`.replace('  ', ' ');
      if (result.wrongTarget && result.contradictedBy?.includes('target')) return `You wrote ${said}: ${quote(result.quote ?? '')} with ${quote(result.wrongTarget.said)}. ${result.wrongTarget.why ?? 'That is not what this point needs.'} ${point.text}`;
      if (result.reversed) return `Wrong order: you wrote ${said}, which does these steps the other way round; a failure between them breaks the guarantee. ${point.text}`;
      return `Contradicted: you wrote ${said}, which goes against this point: ${point.text}`;
    case 'missing':
      if (result.echoed !== undefined) return `Restated, not answered: ${quote(result.echoed)} repeats the question's words without saying how or why. ${point.text}`;
      return `Not covered: ${point.text}`;
    default:
      return assertNever(result.status, 'point status');
  }
}

function partsNote(result: PointResult): string {
  return result.missingParts && result.missingParts.length > 0 ? ` Only part of it: you did not say ${result.missingParts.map((label) => `"${label}"`).join(' or ')}.` : '';
}

function probeNote(result: PointResult): string {
  if (result.probe) return result.probe.correct ? ' The follow-up answer was right.' : ' The follow-up answer was wrong.';
  return needsProbe(result) ? ' The interviewer will follow up on this.' : '';
}

function pointFinding(prompt: DeepDivePrompt, point: DeepDiveKeyPoint, result: PointResult, position: PointPosition): Finding {
  const code = `deep-dive.${prompt.id}.${point.id}`;
  const message = `${pointMessage(point, result)}${partsNote(result)}${probeNote(result)}`;
  const neutralText = result.builtOn ? `This part of your answer rests on another part that is wrong (${quote(result.builtOn.clause)}), so it does not count yet.` : neutralPointMessage(result, point.gap, position);
  const neutral = neutralText === undefined ? {} : { neutral: `${neutralText}${probeNote(result)}` };
  // A stated point with a part missing has no neutral text of its own: say a part is missing without naming it.
  const partNeutral = neutralText === undefined && result.missingParts ? { neutral: `Only part of this point: one of its parts is not said.${point.gap ? ` Think about ${point.gap}.` : ''}` } : {};
  if (result.earned >= result.value) return { code, severity: 'good', points: result.value, message, refs: [prompt.id], ...neutral };
  const severity = result.status === 'negated' || result.status === 'contradicted' || result.builtOn ? 'wrong' : 'missing';
  return { code, severity, points: result.value - result.earned, message, refs: [prompt.id], ...neutral, ...partNeutral };
}

function judgePoint(point: DeepDiveKeyPoint, reading: ClaimReading, against: readonly { claim: WrongClaim; clause: string }[], read: ReadText): PointResult {
  const value = POINTS_PER_KEY_POINT * point.weight;
  const where = { ...(reading.quote !== undefined ? { quote: reading.quote } : {}), ...(reading.clause !== undefined ? { clause: reading.clause } : {}) };
  if (against.length > 0 || reading.wrongValue) {
    const clause = against[0]?.clause ?? reading.wrongValue?.text ?? '';
    const by = [...against.map((item) => item.claim.id), ...(reading.wrongValue ? ['value'] : [])];
    // The same text may also state the point's steps in the reverse order ("ACK on receipt, then write to Kafka"): say so.
    // A number that also contradicts the case stays known, so the prompt is capped for it too (case-fact-cap.ts).
    const number = reading.wrongTarget?.kind === 'quantity' ? { wrongTarget: { said: reading.wrongTarget.said, kind: reading.wrongTarget.kind } } : {};
    return { id: point.id, status: 'contradicted', value, earned: 0, ...where, clause, contradictedBy: by, ...(reading.wrongOrder ? { reversed: true } : {}), ...number };
  }
  if (reading.wrongOrder) {
    return { id: point.id, status: 'contradicted', value, earned: 0, ...where, clause: reading.wrongOrder.quote, contradictedBy: ['order'], reversed: true };
  }
  if (reading.wrongTarget) {
    const { said, quote: words, clause, why, kind } = reading.wrongTarget;
    // A wrong number for the right mechanism ("a 2 s watermark") keeps half the point; a wrong object or clock keeps nothing.
    const earned = kind === 'quantity' ? value * WRONG_QUANTITY_SHARE : 0;
    return { id: point.id, status: 'contradicted', value, earned, quote: words, clause, contradictedBy: ['target'], wrongTarget: { said, kind, ...(why !== undefined ? { why } : {}) } };
  }
  if (reading.misdefined) {
    const { quote: words, clause, said } = reading.misdefined;
    return { id: point.id, status: 'contradicted', value, earned: 0, quote: words, clause, contradictedBy: ['definition'], misdefined: { said } };
  }
  if (reading.misplaced) {
    const { quote: words, clause, subject, belongs } = reading.misplaced;
    return { id: point.id, status: 'contradicted', value, earned: 0, quote: words, clause, contradictedBy: ['subject'], misplacedOn: subject, ...(belongs !== undefined ? { misplacedBelongs: belongs } : {}) };
  }
  const judged: PointResult = { id: point.id, status: reading.status, value, earned: value * claimShare(reading), ...where, ...(reading.offered !== undefined ? { offered: reading.offered } : {}), ...(reading.retracted ? { retracted: true, ...(reading.withdrawnWith !== undefined ? { withdrawnWith: reading.withdrawnWith } : {}) } : {}), ...(reading.echoed !== undefined ? { echoed: reading.echoed } : {}), ...(reading.unsettled !== undefined ? { unsettled: reading.unsettled } : {}) };
  return withParts(point, judged, read);
}

/** A point earned with only some of its `parts` ("RF=3" without "min.insync.replicas 2") earns that share of it. */
function withParts(point: DeepDiveKeyPoint, result: PointResult, read: ReadText): PointResult {
  if (!point.parts || !(result.status === 'stated' || result.status === 'hedged')) return result;
  const missing = missingParts(read, point.parts);
  if (missing.length === 0) return result;
  return { ...result, earned: (result.earned * (point.parts.length - missing.length)) / point.parts.length, missingParts: missing };
}

/**
 * A point built on another (`dependsOn`) earns nothing while that one stands contradicted and unsettled: windows on
 * arrival time make the watermark and the sliding window wrong too. One level deep, in the order judged.
 */
function withFoundations(prompt: DeepDivePrompt, judged: readonly PointResult[]): PointResult[] {
  return judged.map((result, index) => {
    const point = prompt.keyPoints[index] as DeepDiveKeyPoint;
    if (!point.dependsOn || result.earned <= 0) return result;
    // A foundation given only a wrong number ("a 2 s watermark") is still the right mechanism: what is built on it stands.
    const broken = judged.find((other) => point.dependsOn?.includes(other.id) && other.status === 'contradicted' && other.wrongTarget?.kind !== 'quantity' && !other.probe?.correct);
    if (!broken) return result;
    return { ...result, earned: 0, builtOn: { id: broken.id, clause: broken.clause ?? broken.quote ?? '' } };
  });
}

// A wrong claim with the other wordings of its mistake (lib/text/concept-map.ts MISTAKE_TERMS), built once per claim.
const mistakeClaims = new WeakMap<WrongClaim, WrongClaim>();
function withMistakes(claim: WrongClaim): WrongClaim {
  let widened = mistakeClaims.get(claim);
  if (!widened) {
    widened = { ...claim, keywords: withMistakeTerms(claim.keywords), assert: claim.assert.map((group) => withMistakeTerms(group)) };
    mistakeClaims.set(claim, widened);
  }
  return widened;
}

// A prompt's question is read once, not on every answer or re-grade (prompts are parsed content, never mutated).
const questionReads = new WeakMap<DeepDivePrompt, ReadText>();
function readQuestion(prompt: DeepDivePrompt): ReadText {
  let read = questionReads.get(prompt);
  if (!read) {
    read = readText(prompt.question);
    questionReads.set(prompt, read);
  }
  return read;
}

/** Whether the answer earns anything of the prompt's key point `id` (read as the point itself is read). */
function pointMade(prompt: DeepDivePrompt, id: string, read: ReadText, context: { given: ReadText }, tools: readonly StreamTool[]): boolean {
  const point = prompt.keyPoints.find((item) => item.id === id);
  return point !== undefined && claimShare(readClaim(read, withConcepts(point, tools), context)) > 0;
}

/**
 * Scores one prompt. Each key point is a claim read from the answer (see lib/text/claims.ts):
 * stated earns its 5 points (times its `weight`), hedged half, named a third, listed a quarter, negated nothing. A point
 * built on a contradicted one (`dependsOn`) earns nothing. An affirmed
 * wrong claim costs `WRONG_CLAIM_COST` and cancels the points it contradicts, and so does a value
 * that fails a point's condition ("RF=1"). A point that needs a probe and has an answer in
 * `probeAnswers` (by key point id) is settled by it (see probe.ts). With the case's rubric (`caseRubric`, any shape),
 * an answer written for another business (lib/text/case-fit.ts `readAnswerCaseFit`: another case's model pasted
 * in) keeps at most OFF_CASE_MAX_SCORE per cent of the prompt (off-case.ts). Pure and deterministic;
 * answers past MAX_DEEP_DIVE_ANSWER (10,000) characters are cut.
 */
export function scoreDeepDivePrompt(prompt: DeepDivePrompt, answer: string, probeAnswers: Readonly<Record<string, ProbeAnswer>> = {}, caseRubric?: unknown): PromptResult {
  // Words inside a URL or path are a name, not a claim (lib/text/name-spans.ts): "s3://b/exactly-once/" earns nothing;
  // nor are a cited title's ("'Designing Data-Intensive Applications', ch. 11"; lib/text/cited-references.ts).
  const read = readText(blankCitations(typeof answer === 'string' ? answer : ''), MAX_DEEP_DIVE_ANSWER);
  // The question is given, not claimed: words copied from it earn nothing (see lib/text/echo.ts).
  const context = { given: readQuestion(prompt) };
  const fired: { claim: WrongClaim; clause: string }[] = [];
  for (const claim of prompt.wrongClaims) {
    // A wrong claim must be made in one clause: "startingOffsets=latest applies only to a new query; on restart ..." is not one.
    // A wrong claim is wrong in the question's words too ("the product table is the fact table"): no echo context.
    const reading = readClaim(read, { ...withMistakes(claim), scope: 'clause' });
    if (reading.status === 'stated' || reading.status === 'hedged') fired.push({ claim, clause: reading.clause ?? reading.quote ?? '' });
  }
  // A wrong statement of how a mechanism works, shared by every case (lib/text/mechanism-claims.ts), costs the points it
  // misstates like the rubric's own wrong claims, unless the rubric already names that mistake (same clause or points).
  const outdated: MechanismClaimHit[] = [];
  // The answer's own log names the same things its way ("shards" on Kinesis for "partitions").
  // Another tool's vocabulary for the asked one ("shard iterator" for Kafka, "savepoint" for Spark): the terms that map
  // across are read as the asked tool's (concept map), the rest cost, and the answer is capped (lib/text/foreign-vocabulary.ts).
  const vocabulary = readForeignVocabulary(read, askedToolOf(prompt.topic, prompt.question));
  const tools = [...new Set([...chosenStreamTools(read), ...(vocabulary?.streams ?? [])])];
  for (const hit of readMechanismClaims(read)) {
    if (hit.claim.kind === 'outdated') {
      outdated.push(hit);
      continue;
    }
    const contradicts = misstatedPoints(hit.claim, prompt.keyPoints);
    // Some mistakes are wrong only where the prompt asks for what they leave out, and the answer leaves it out
    // ("late readings are dropped, which is fine" where a point recomputes them).
    if (hit.claim.onlyWhereMissing && (contradicts.length === 0 || contradicts.some((id) => pointMade(prompt, id, read, context, tools)))) continue;
    if (fired.some((item) => item.clause === hit.clause || item.claim.contradicts.some((id) => contradicts.includes(id)))) continue;
    const claim: WrongClaim = { id: `${MECHANISM_PREFIX}${hit.claim.id}`, keywords: [...hit.claim.keywords], assert: [], values: [], contradicts, why: hit.claim.why, ...(hit.claim.detail === true ? { detail: true } : {}) };
    fired.push({ claim, clause: hit.clause });
  }
  // A default cited wrongly and leaned on instead of a setting ("min.insync.replicas defaults to 2, so the topic is already
  // safe") leaves the points about that setting unmade: it contradicts them like a wrong claim (lib/text/cited-default.ts).
  const misquoted = readWrongDefaults(read)[0];
  const leaned = misquoted?.relied ? prompt.keyPoints.filter((point) => point.keywords.some((keyword) => misquoted.names.includes(keyword.toLowerCase()))).map((point) => point.id) : [];
  const reliedOn = misquoted !== undefined && leaned.length > 0;
  if (misquoted && reliedOn) fired.push({ claim: { id: `default.${misquoted.id}`, keywords: [], assert: [], values: [], contradicts: leaned, why: `That is not the default: ${misquoted.actual}.` }, clause: misquoted.clause });
  // A watermark shorter than the lateness the question states, with nothing that brings later data back ("a 10-minute
  // watermark" for messages six hours late, late ones "reviewed by the team"), drops what the question asks to keep: it
  // misstates the watermark points like a wrong claim (lib/text/short-wait.ts).
  const short = readShortWait(read, context.given);
  const waits = short ? prompt.keyPoints.filter((point) => point.keywords.some((keyword) => WAIT_KEYWORDS.has(keyword.toLowerCase()))).map((point) => point.id) : [];
  // Where a point of its own recomputes the late data, its absence already costs the missing late path.
  const ownRecompute = prompt.keyPoints.some((point) => !waits.includes(point.id) && point.keywords.some((keyword) => RECOMPUTE_KEYWORDS.has(keyword.toLowerCase())));
  if (short && waits.length > 0 && !ownRecompute && !fired.some((item) => item.clause === short.clause)) {
    fired.push({ claim: { id: `${MECHANISM_PREFIX}short-watermark`, keywords: [], assert: [], values: [], contradicts: waits, why: `A watermark of ${short.said} drops everything later than that, and the question says data arrives up to ${short.stated} late: without a recompute of the affected windows from the raw data, those results are never corrected.` }, clause: short.clause });
  }
  // What an option the learner weighed and then rejected does is the reason it was rejected, not a claim about the
  // design ("Option A: an event-sourced ledger ... two purchases can both pass. Option B ... I'd pick B").
  const rejectedOptions = readRejectedOptions(read);
  for (const item of fired.filter((candidate) => inRejectedOption(read, rejectedOptions, candidate.clause))) fired.splice(fired.indexOf(item), 1);
  const judged = prompt.keyPoints.map((written) => {
    // The same mechanism in another stack's or an analogy's words earns the point (lib/text/concept-map.ts).
    const point = withConcepts(written, tools);
    const reading = readClaim(read, point, context);
    // A misstated mechanism cancels what the point earned; a point not made at all stays missing, not contradicted, so
    // the points built on it keep what they earned.
    const against = fired.filter((item) => item.claim.contradicts.includes(point.id) && (!item.claim.id.startsWith(MECHANISM_PREFIX) || claimShare(reading) > 0));
    const result = judgePoint(point, reading, against, read);
    const probeAnswer = probeAnswers[point.id];
    return point.probe && probeAnswer !== undefined ? settleWithProbe(result, point.probe, probeAnswer) : result;
  });
  // An answer of questions only asks the interviewer back: the terms in its questions claim nothing (questions-only.ts).
  const asked = asksOnly(read);
  const points = withFoundations(prompt, judged).map((result) => (asked && result.earned > 0 ? { ...result, earned: 0 } : result));
  const findings: Finding[] = [];
  let earned = 0;
  const fit = caseRubric === undefined ? undefined : readAnswerCaseFit(read.text, caseRubric);
  for (const [index, point] of prompt.keyPoints.entries()) {
    const result = points[index] as PointResult;
    earned += result.earned;
    const finding = pointFinding(prompt, point, result, { index, count: prompt.keyPoints.length });
    findings.push(fit?.offCase && result.earned > 0 ? offCasePointFinding(finding) : finding);
  }
  // A wrong claim already cancels the points it contradicts; past the first, such claims cost no more, so an answer
  // with one right part and two wrong ones keeps that part's share (a claim that contradicts no point always costs).
  // A wrong detail of a point's own mechanism (`detail`) costs only the points it contradicts.
  let contradicting = 0;
  const wrongClaims: WrongClaimHit[] = fired.map(({ claim, clause }) => {
    const extra = claim.contradicts.length > 0 && (claim.detail === true || (contradicting += 1) > 1);
    return { id: claim.id, clause, cost: extra ? 0 : WRONG_CLAIM_COST, lesson: claim.lesson ?? prompt.topic };
  });
  for (const hit of wrongClaims) {
    const claim = fired.find((item) => item.claim.id === hit.id)?.claim as WrongClaim;
    const title = TOPIC_TITLES[hit.lesson as keyof typeof TOPIC_TITLES];
    findings.push({ code: `deep-dive.${prompt.id}.wrong.${hit.id}`, severity: 'wrong', points: hit.cost, message: `You wrote ${quote(hit.clause)}. ${claim.why} Study the ${title} lesson.`, neutral: `You wrote ${quote(hit.clause)}, which is a common mistake here. Study the ${title} lesson.`, refs: [prompt.id, `lesson:${hit.lesson}`] });
  }
  // A term given a wrong meaning costs like a wrong claim that contradicts its point (once, with the others).
  for (const [index, result] of points.entries()) {
    if (!result.misdefined) continue;
    const extra = (contradicting += 1) > 1;
    const point = prompt.keyPoints[index] as DeepDiveKeyPoint;
    const cost = extra ? 0 : WRONG_CLAIM_COST;
    wrongClaims.push({ id: `definition.${point.id}`, clause: result.clause ?? '', cost, lesson: prompt.topic });
    if (cost > 0) findings.push({ code: `deep-dive.${prompt.id}.wrong-meaning.${point.id}`, severity: 'wrong', points: cost, message: `You wrote ${quote(result.clause ?? '')}: that is not what ${quote(result.quote ?? '')} means. Study the ${TOPIC_TITLES[prompt.topic as keyof typeof TOPIC_TITLES]} lesson.`, neutral: `You wrote ${quote(result.clause ?? '')}, which gives a term the wrong meaning. Study the ${TOPIC_TITLES[prompt.topic as keyof typeof TOPIC_TITLES]} lesson.`, refs: [prompt.id, `lesson:${prompt.topic}`] });
  }
  // Settings of another log claimed for the chosen one ("acks=all" on Kinesis, see stream-tools.ts): the points they
  // were said for are lost already (contradicted, like a setting on the wrong side); when they took no point, they cost
  // like one wrong claim. Either way a finding says so.
  const foreign = foreignSettings(read);
  const first = foreign[0];
  if (first) {
    const paid = points.some((result) => result.misplacedOn !== undefined && result.misplacedOn === first.chosen);
    const extra = paid || (contradicting += 1) > 1;
    const cost = extra ? 0 : WRONG_CLAIM_COST;
    const names = [...new Set(foreign.map((item) => `"${item.setting}"`))].join(', ');
    wrongClaims.push({ id: 'wrong-tool', clause: first.clause, cost, lesson: prompt.topic });
    findings.push({ code: `deep-dive.${prompt.id}.wrong-tool`, severity: 'wrong', points: cost, message: `You wrote ${quote(first.clause)}: ${names} ${foreign.length > 1 ? 'are settings' : 'is a setting'} of ${first.owners}, and ${first.chosen} has no such setting, so it guarantees nothing there. Say what ${first.chosen} itself offers, or name the tool that has it.`, neutral: `You wrote ${quote(first.clause)}, which uses a setting the tool you chose does not have.`, refs: [prompt.id, `lesson:${prompt.topic}`] });
  }
  // An outdated fact ("ZooKeeper tracks the in-sync replicas") keeps the answer off full marks; the point it sits in stands.
  const stale = outdated[0];
  if (stale) {
    wrongClaims.push({ id: `outdated.${stale.claim.id}`, clause: stale.clause, cost: WRONG_CLAIM_COST, lesson: prompt.topic });
    findings.push({ code: `deep-dive.${prompt.id}.outdated.${stale.claim.id}`, severity: 'wrong', points: WRONG_CLAIM_COST, message: `Outdated: you wrote ${quote(stale.clause)}. ${stale.claim.why}`, neutral: `You wrote ${quote(stale.clause)}, which was true of older releases but is no longer so.`, refs: [prompt.id, `lesson:${prompt.topic}`] });
  }
  // A default cited wrongly ("Spark's default watermark is 10 minutes") is a wrong fact: it costs like a wrong claim,
  // once, and the point it sits in stands (lib/text/cited-default.ts), unless the answer leans on it and was fired above.
  if (misquoted && !reliedOn) {
    wrongClaims.push({ id: `default.${misquoted.id}`, clause: misquoted.clause, cost: WRONG_CLAIM_COST, lesson: prompt.topic });
    findings.push({ code: `deep-dive.${prompt.id}.wrong-default.${misquoted.id}`, severity: 'wrong', points: WRONG_CLAIM_COST, message: `Wrong default: you wrote ${quote(misquoted.clause)}, but ${misquoted.actual}.`, neutral: `You wrote ${quote(misquoted.clause)}, which cites a default wrongly.`, refs: [prompt.id, `lesson:${prompt.topic}`] });
  }
  const wrongTerms = wrongTermCharge(vocabulary, WRONG_CLAIM_COST, `deep-dive.${prompt.id}.wrong-engine-term`, [prompt.id, `lesson:${prompt.topic}`]);
  findings.push(...wrongTerms.findings);
  const cost = wrongClaims.reduce((sum, hit) => sum + hit.cost, 0) + wrongTerms.cost;
  const available = points.reduce((sum, point) => sum + point.value, 0);
  // The last points of a prompt come from depth shown on the points earned (see lib/scoring/depth.ts).
  // One sentence pasted again and again is padding to look thorough: the copies say nothing new and the answer keeps
  // PADDED_SHARE of what it earned (an interviewer marks the gaming, not only the missing points).
  const repeated = readRepeatedSentence(read);
  const unpadded = Math.max(0, earned - cost);
  const kept = repeated ? unpadded * PADDED_SHARE : unpadded;
  if (repeated && unpadded > 0) findings.push({ code: `deep-dive.${prompt.id}.repeated`, severity: 'wrong', points: unpadded - kept, message: `You wrote ${quote(repeated.text)} ${repeated.count} times. Copies add nothing and read as padding: say each point once and use the space for the parts still missing.`, neutral: `One sentence stands ${repeated.count} times in your answer; copies add nothing.`, refs: [prompt.id] });
  const depthRead = readDepth(read);
  // An exemplary answer still leaves the last points to what no depth reader sees (exemplary-ceiling.ts).
  const depth = depthRead.exemplary ? exemplaryCost(kept, available, `deep-dive.${prompt.id}.depth`, [prompt.id]) : depthCost(kept, available, depthRead, `deep-dive.${prompt.id}.depth`, [prompt.id]);
  if (depth.finding) findings.push(depth.finding);
  // Two steps of a point in the reverse order break the guarantee the prompt asks about: the prompt is capped (reversed-order-cap.ts).
  const spoken = vocabularyCap(kept - depth.cost, available, vocabulary, `deep-dive.${prompt.id}.other-vocabulary`, [prompt.id]);
  if (spoken.finding) findings.push(spoken.finding);
  const ordered = capReversedOrder(prompt.id, spoken.kept, available, points);
  if (ordered.finding) findings.push(ordered.finding);
  // A part of the question left unanswered costs its share however good the rest is (lib/scoring/skipped-ask.ts).
  const answered = capSkippedAsks(prompt.asks, points, ordered.earned, available, `deep-dive.${prompt.id}.skipped-part`, [prompt.id]);
  if (answered.finding) findings.push(answered.finding);
  // An answer that stops mid-clause ("... and then I'd") was not finished (lib/scoring/unfinished-cap.ts).
  const finished = capUnfinished(readUnfinishedEnding(read.text), answered.earned, available, `deep-dive.${prompt.id}.unfinished`, [prompt.id]);
  if (finished.finding) findings.push(finished.finding);
  // A number that contradicts a fact the case states (a 2 s watermark for pings minutes late) caps the prompt (case-fact-cap.ts).
  const factual = capCaseFact(prompt.id, finished.earned, available, points, prompt.keyPoints);
  if (factual.finding) findings.push(factual.finding);
  const fitted = fit === undefined ? { earned: factual.earned } : capOffCasePrompt(prompt.id, factual.earned, available, fit);
  if (fitted.finding) findings.push(fitted.finding);
  if (asked && points.some((result) => result.status !== 'missing')) findings.push({ code: `deep-dive.${prompt.id}.questions-only`, severity: 'wrong', points: 0, message: 'Your answer only asks questions back. In an interview, say what you would do and why; a question names a topic but claims nothing, so it earns no point.', neutral: 'Your answer only asks questions back; say what you would do and why.', refs: [prompt.id] });
  // Words to the grader are withdrawn already (they earn nothing); the learner is told why, once per answer.
  const toGrader = graderAddressFinding(`deep-dive.${prompt.id}.grader-address`, [read]);
  if (toGrader) findings.push({ ...toGrader, refs: [prompt.id] });
  return { earned: fitted.earned, available, depthShortfall: depth.cost, findings, points, wrongClaims };
}

// The step's last results per prompt: a change to one answer re-grades that prompt only (see prompt-memo.ts).
const stepPrompts = promptMemo<PromptResult>();

/**
 * Scores the deep-dive step: the key points of every prompt the case asks, answered or not, with any probe answers
 * given. The whole rubric (not only its deep-dive step) lets an answer written for another business be read as such.
 */
export function scoreDeepDive(answers: DeepDiveAnswers, rubric: { steps: { 'deep-dive': DeepDiveRubric } }, probeAnswers: DeepDiveProbeAnswers = {}): StepResult {
  let earned = 0;
  let available = 0;
  const findings: Finding[] = [];
  for (const prompt of rubric.steps['deep-dive'].prompts) {
    const answer = answers[prompt.id] ?? '';
    const probes = probeAnswers[prompt.id] ?? {};
    const scored = memoPromptResult(stepPrompts, prompt, answer, probes, () => scoreDeepDivePrompt(prompt, answer, probes, rubric));
    earned += scored.earned;
    available += scored.available;
    findings.push(...scored.findings);
  }
  return stepResult(earned, available, findings);
}
