import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { assertNever } from '../util/assert-never';
import { readClaim } from '../text/claims';
import type { ClaimReading } from '../text/claims';
import { settleWithProbe } from '../deep-dive/probe';
import { WRONG_QUANTITY_SHARE } from '../deep-dive/case-fact-cap';
import type { PointResult, ProbeAnswer } from '../deep-dive/probe';
import { neutralPointMessage } from '../deep-dive/neutral-message';
import { offeredMessage } from '../deep-dive/offered-message';
import { unsettledMessage } from '../deep-dive/unsettled-message';
import type { PointPosition } from '../deep-dive/neutral-message';
import { readText } from '../text/read-text';
import { blankCitations } from '../text/cited-references';
import { asksOnly } from '../text/questions-only';
import { graderAddressFinding } from '../scoring/grader-address-finding';
import type { ReadText } from '../text/read-text';
import { readClaimParts } from '../text/claim-parts';
import { readDepth } from '../text/depth';
import { depthCost } from '../scoring/depth';
import { partialDepthLift } from './partial-depth';
import { unlistedRemainder } from './unlisted-remainder';
import { pointClaims } from './point-claims';
import { deferredFix, deferredSwitch } from '../text/deferred-fix';
import { inRejectedOption, readRejectedOptions } from '../text/labelled-options';
import { askedTool, readForeignVocabulary } from '../text/foreign-vocabulary';
import type { AskedTool } from '../text/foreign-vocabulary';
import { vocabularyCap, wrongTermCharge } from '../scoring/foreign-vocabulary';
import { borrowedFrom } from './borrowed-words';
import { DATED_SHARE, readDatedForm } from './dated-forms';
import type { DatedHit } from './dated-forms';
import { scoredPointCount } from './question-schema';
import { reversedResult, voidFollowers } from './reversed-order';
import { withConceptTerms } from '../text/concept-map';
import { equatedSides } from '../text/equated-sides';
import { foreignLanguage } from '../text/answer-language';
import { readRepeatedSentence } from '../text/repeated-sentences';
import { readWrongDefaults } from '../text/cited-default';
import { readMechanismClaims, misstatedPoints } from '../text/mechanism-claims';
import { capSkippedAsks } from '../scoring/skipped-ask';
import { capUnfinished } from '../scoring/unfinished-cap';
import { readUnfinishedEnding } from '../text/unfinished-ending';
import type { ChoiceQuestion, KeyPoint, Misconception, Question, ShortQuestion } from './question-schema';

/** `selected` holds option ids for a choice question; `text` is the free answer to a short one. */
export type QuestionAnswer = { selected: readonly string[] } | { text: string };

export type QuestionResult = StepResult & {
  /** Choice: exactly the correct options picked. Short: enough key points covered. */
  correct: boolean;
  /** Short questions: each key point as judged, in the question's order (what the follow-ups work from). */
  points?: PointResult[];
};

/** Longest short answer read: a paragraph, not an essay; longer input is cut, never refused. */
export const MAX_SHORT_ANSWER_CHARS = 2000;
/** Option ids read from a selection; no question has more than a handful of options. */
const MAX_SELECTED = 32;
const MAX_OPTION_ID_CHARS = 80;
/** Longest learner-supplied text echoed back in a finding. */
const MAX_ECHO_CHARS = 40;
/** Longest clause of the learner's answer quoted in a finding. */
const MAX_QUOTE_CHARS = 140;
/** What an affirmed misconception costs, in key points. */
export const MISCONCEPTION_COST = 0.5;
/** Most of what an answer's right points earned that its wrong statements (misconceptions, wrong meanings) can take away. */
export const COSTED_SHARE = 0.5;
/**
 * Most of a question's points an answer keeps when it affirms a misconception that `inverts` the question's answer: an
 * interviewer fails a conclusion that says the opposite of the point, however right the lead-up (golden round 9: 20/100).
 */
export const INVERTED_SHARE = 0.2;

/**
 * Most of a question's points an answer keeps when it calls the two things the question asks to tell apart the same
 * thing: the distinction is the whole question (golden round 15: "partitioning and sharding are basically the same
 * thing", 10/100).
 */
export const EQUATED_SHARE = 0.1;

/**
 * Most of a question's points an answer written in another language keeps (lib/text/answer-language.ts): prose is read in
 * English only, so its terms can show at most that the learner named the ideas (golden round 20: a right Spanish answer,
 * 78 by hand, is told that only English is graded rather than scored silently).
 */
export const FOREIGN_SHARE = 0.25;

/**
 * Share of its score an answer keeps when it pastes one sentence again and again (lib/text/repeated-sentences.ts): the
 * copies add nothing, and an answer made of them reads as padding (golden round 20: "Compact the small files into bigger
 * ones" six times, 10 by hand where the one sentence alone earns a third). As the deep dive charges it.
 */
export const PADDED_SHARE = 0.5;

/**
 * Most of a question's points an answer keeps when it states the wrong way as what is done today and puts the right
 * mechanism for later ("today the task appends; later we could overwrite the partition"): the plan is named, not made
 * (golden round 23: 55 by hand for one point right and the fix deferred; a deferred fix never reaches a committed answer).
 */
export const DEFERRED_FIX_SHARE = 0.6;

const quote = (value: string) => `"${value.length > MAX_ECHO_CHARS ? `${value.slice(0, MAX_ECHO_CHARS)}...` : value}"`;

/** The distinct option ids of a selection; anything that is not a short string is ignored. */
function readSelection(answer: unknown): string[] {
  const selected = (answer as { selected?: unknown } | null)?.selected;
  if (!Array.isArray(selected)) return [];
  const ids = new Set<string>();
  for (const item of selected.slice(0, MAX_SELECTED)) {
    if (typeof item === 'string' && item.length > 0) ids.add(item.slice(0, MAX_OPTION_ID_CHARS));
  }
  return [...ids];
}

function answerText(answer: unknown): string {
  const text = (answer as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text.slice(0, MAX_SHORT_ANSWER_CHARS) : '';
}

function scoreChoice(question: ChoiceQuestion, answer: unknown): QuestionResult {
  const selection = readSelection(answer);
  const chosen = new Set(selection);
  const known = new Set(question.options.map((option) => option.id));
  const findings: Finding[] = [];
  const unknown = selection.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    findings.push({ code: 'practice.unknown-option', severity: 'hint', message: `Ignored ${unknown.length === 1 ? 'an option' : 'options'} this question does not have: ${unknown.slice(0, 3).map(quote).join(', ')}.`, points: 0 });
  }
  const correctOptions = question.options.filter((option) => option.correct);
  const picked = question.options.filter((option) => chosen.has(option.id));

  if (!question.multiple && picked.length > 1) {
    // Picking every option must not be a way to find the answer of a one-answer question.
    const right = correctOptions.map((option) => option.id);
    findings.push({ code: 'practice.too-many-options', severity: 'wrong', message: `This question has one answer, but ${picked.length} options were picked.`, points: 1, refs: right });
    return { ...stepResult(0, 1, findings), correct: false };
  }

  let hits = 0;
  let misses = 0;
  for (const option of question.options) {
    const isPicked = chosen.has(option.id);
    const why = option.why ? ` ${option.why}` : '';
    if (option.correct && isPicked) {
      hits += 1;
      findings.push({ code: 'practice.option-correct', severity: 'good', message: `Right: "${option.text}".${why}`, points: 1, refs: [option.id] });
    } else if (option.correct) {
      findings.push({ code: 'practice.option-missed', severity: 'missing', message: `Also correct: "${option.text}".${why}`, neutral: question.multiple ? 'You missed an option that is also correct.' : 'The right option is another one.', points: 1, refs: [option.id] });
    } else if (isPicked) {
      misses += 1;
      findings.push({ code: 'practice.option-wrong', severity: 'wrong', message: `Not right: "${option.text}".${why}`, neutral: `Not right: "${option.text}".`, points: 1, refs: [option.id] });
    }
  }
  if (picked.length === 0) findings.push({ code: 'practice.no-answer', severity: 'hint', message: 'No option was picked.', points: 0 });
  // Each wrong pick cancels a right one, so ticking everything in a multi-select earns nothing.
  const earned = Math.max(0, hits - misses);
  return { ...stepResult(earned, correctOptions.length, findings), correct: hits === correctOptions.length && misses === 0 };
}

const said = (value: string) => `"${value.length > MAX_QUOTE_CHARS ? `${value.slice(0, MAX_QUOTE_CHARS)}...` : value}"`;

/** A key point read from the answer, as a deep-dive point is (value 1), before any follow-up. */
function judgePoint(point: KeyPoint, reading: ClaimReading, share: number, contradictedBy: string | undefined): PointResult {
  const where = { ...(reading.quote !== undefined ? { quote: reading.quote } : {}), ...(reading.clause !== undefined ? { clause: reading.clause } : {}) };
  if (contradictedBy !== undefined) return { id: point.id, status: 'contradicted', value: 1, earned: 0, ...where, clause: contradictedBy };
  if (reading.misdefined) {
    const { quote: words, clause, said: meaning } = reading.misdefined;
    return { id: point.id, status: 'contradicted', value: 1, earned: 0, quote: words, clause, contradictedBy: ['definition'], misdefined: { said: meaning } };
  }
  if (reading.misplaced) {
    const { quote: words, clause, subject, rival } = reading.misplaced;
    return { id: point.id, status: 'contradicted', value: 1, earned: 0, quote: words, clause, contradictedBy: ['subject'], misplacedOn: subject, ...(rival ? { swapped: true } : {}) };
  }
  if (reading.wrongTarget) {
    const { said: words, quote: term, clause, why, kind } = reading.wrongTarget;
    // A wrong number for the right mechanism ("compact into 1 MB files") keeps half the point; a wrong object or clock nothing.
    return { id: point.id, status: 'contradicted', value: 1, earned: kind === 'quantity' ? WRONG_QUANTITY_SHARE : 0, quote: term, clause, contradictedBy: ['target'], wrongTarget: { said: words, kind, ...(why !== undefined ? { why } : {}) } };
  }
  return { id: point.id, status: reading.status, value: 1, earned: share, ...where, ...(reading.offered !== undefined ? { offered: reading.offered } : {}), ...(reading.unsettled !== undefined ? { unsettled: reading.unsettled } : {}), ...(reading.retracted ? { retracted: true, ...(reading.withdrawnWith !== undefined ? { withdrawnWith: reading.withdrawnWith } : {}) } : {}) };
}

/** A key point said only in a dated form: the idea stands, so it is stated, for DATED_SHARE of its value. */
function datedResult(point: KeyPoint, dated: DatedHit): PointResult {
  return { id: point.id, status: 'stated', value: 1, earned: DATED_SHARE, quote: dated.quote, clause: dated.clause };
}

function datedFinding(point: KeyPoint, dated: DatedHit): Finding {
  const message = `Right idea, dated form: you wrote ${said(dated.quote)}. ${dated.note}`;
  return { code: 'practice.key-point-dated', severity: 'hint', message, neutral: message, points: 1 - DATED_SHARE, refs: [point.id] };
}

/** The other route of a pair (`orWith`) when the learner gave one in full: named as an option, costing nothing. */
function routeFinding(point: KeyPoint): Finding {
  const message = `Another way to do it: ${point.text}`;
  return { code: 'practice.key-point-route', severity: 'hint', message, neutral: 'There is another way to do this part as well.', points: 0, refs: [point.id] };
}

function probeNote(result: PointResult): string {
  if (result.probe) return result.probe.correct ? ' The follow-up answer was right.' : ' The follow-up answer was wrong.';
  return '';
}

function pointMessage(point: KeyPoint, result: PointResult, missingParts: readonly string[]): { code: string; message: string } {
  const quoted = said(result.quote ?? '');
  if (missingParts.length > 0 && result.status === 'named') {
    return { code: 'practice.key-point-partial', message: `Partly covered: you wrote ${quoted}, but not ${missingParts.map((part) => `"${part}"`).join(' or ')}. ${point.text}` };
  }
  // Named only as one possibility in an answer that chooses nothing (lib/text/commitment.ts).
  if (result.offered !== undefined && (result.status === 'hedged' || result.status === 'named')) return { code: 'practice.key-point-offered', message: `${offeredMessage(result)} ${point.text}` };
  switch (result.status) {
    case 'stated':
      return { code: 'practice.key-point-covered', message: `Covered: ${point.text} (you wrote ${quoted})` };
    case 'hedged':
      return { code: 'practice.key-point-hedged', message: `Hedged: you wrote ${said(result.clause ?? '')}. Say it plainly: ${point.text}` };
    case 'named':
      return { code: 'practice.key-point-named', message: `Named, not explained: you wrote ${quoted} but not what it does. ${point.text}` };
    case 'listed':
      return { code: 'practice.key-point-listed', message: `Listed without explanation: ${quoted} appears only in a list of terms. Explain it: ${point.text}` };
    case 'negated':
      if (result.retracted) return { code: 'practice.key-point-negated', message: result.withdrawnWith !== undefined ? `You withdrew ${said(result.clause ?? '')} with ${said(result.withdrawnWith)}, so it does not count: ${point.text}` : `You wrote ${said(result.clause ?? '')} and then took it back, so it does not count: ${point.text}` };
      if (result.unsettled !== undefined) return { code: 'practice.key-point-negated', message: unsettledMessage(said(result.clause ?? ''), result.unsettled, point.text) };
      return { code: 'practice.key-point-negated', message: `You wrote ${said(result.clause ?? '')}, but: ${point.text}` };
    case 'contradicted':
      if (result.misplacedOn !== undefined) {
        const about = point.subject?.of[0];
        return { code: 'practice.key-point-misplaced', message: `You put ${quoted} on ${said(result.misplacedOn)} (${said(result.clause ?? '')})${about ? `, but this is about the ${about}` : ''}: ${point.text}` };
      }
      if (result.reversed) return { code: 'practice.key-point-contradicted', message: `Wrong order: you wrote ${said(result.clause ?? '')}, the steps the wrong way round. ${point.text}` };
      if (result.misdefined) return { code: 'practice.key-point-contradicted', message: `Wrong meaning: you wrote ${said(result.clause ?? '')}, but ${quoted} is not ${said(result.misdefined.said)}. ${point.text}` };
      if (result.wrongTarget) return { code: 'practice.key-point-contradicted', message: `Contradicted: you wrote ${quoted} with ${said(result.wrongTarget.said)} (${said(result.clause ?? '')}). ${result.wrongTarget.why ?? 'That is not what this point needs.'} ${point.text}` };
      return { code: 'practice.key-point-contradicted', message: `Contradicted: you wrote ${said(result.clause ?? '')}, which goes against: ${point.text}` };
    case 'missing':
      return { code: 'practice.key-point-missing', message: `Missing: ${point.text}` };
    default:
      return assertNever(result.status, 'point status');
  }
}

function pointFinding(point: KeyPoint, result: PointResult, position: PointPosition, missingParts: readonly string[]): Finding {
  const { code, message } = pointMessage(point, result, missingParts);
  const note = probeNote(result);
  const partial = missingParts.length > 0 && result.status === 'named';
  const neutralText = partial ? `Partly covered: you wrote ${said(result.quote ?? '')}; ${missingParts.length === 1 ? 'one part' : 'some parts'} of ${point.gap ?? 'this point'} ${missingParts.length === 1 ? 'is' : 'are'} still missing.` : neutralPointMessage(result, point.gap, position);
  const neutral = neutralText === undefined ? {} : { neutral: `${neutralText}${note}` };
  const refs = [point.id];
  if (result.status === 'stated') return { code, severity: 'good', message: `${message}${note}`, points: 1, refs, ...neutral };
  const severity = result.status === 'negated' || result.status === 'contradicted' ? 'wrong' : 'missing';
  return { code, severity, message: `${message}${note}`, points: Math.max(0, 1 - result.earned), refs, ...neutral };
}

/**
 * Whether a misplaced point puts its term on a wrong actor named before it in its clause ("The Kafka producer checkpoints
 * the offsets"): a confident wrong statement of who does it. A term followed by the wrong thing ("one row per order") is
 * a wrong value of the point, costed by the point alone.
 */
function wrongActor(result: PointResult): boolean {
  if (result.misplacedOn === undefined || result.clause === undefined || result.quote === undefined) return false;
  const clause = result.clause.toLowerCase();
  const said = result.misplacedOn.toLowerCase();
  const term = clause.indexOf(result.quote.toLowerCase());
  // Named after the term too ("fact_orders with one row per order"): what the term is applied to, not who does it.
  return term > 0 && clause.lastIndexOf(said, term) >= 0 && clause.indexOf(said, term + result.quote.length) < 0;
}

// What a confidently wrong point says, for its cost finding: a swap, a wrong home, a wrong target or a wrong meaning.
function wrongStatement(result: PointResult): { message: string; neutral: string } {
  const clause = said(result.clause ?? '');
  const term = said(result.quote ?? '');
  if (result.swapped) return { message: `You wrote ${clause}: ${term} belongs to the other side of the comparison, not to ${said(result.misplacedOn ?? '')}.`, neutral: `You wrote ${clause}, which swaps the two sides of the comparison.` };
  if (result.misplacedOn !== undefined) return { message: `You wrote ${clause}: ${term} does not belong to ${said(result.misplacedOn)}.`, neutral: `You wrote ${clause}, which puts a term on the wrong component.` };
  // A definition on the wrong clock ("the current time minus 10 minutes" for a watermark) defines the term wrongly.
  if (result.wrongTarget?.kind === 'clock') return { message: `You wrote ${clause}: ${said(result.wrongTarget.said)} is the wrong clock for this.`, neutral: `You wrote ${clause}, which puts a term on the wrong clock.` };
  if (result.wrongTarget) return { message: `You wrote ${clause}: ${said(result.wrongTarget.said)} is the opposite of what ${term} needs here.`, neutral: `You wrote ${clause}, which says the opposite of a point.` };
  return { message: `You wrote ${clause}: that is not what ${term} means.`, neutral: `You wrote ${clause}, which gives a term the wrong meaning.` };
}

/** The first swap (a term attached to the other side of the comparison) in a point's reading or its parts' readings. */
function swappedIn(reading: ClaimReading, parts: readonly { reading: ClaimReading }[]): ClaimReading['swap'] {
  return reading.swap ?? parts.find((part) => part.reading.swap)?.reading.swap;
}

/** A point counts toward "correct" when stated, or named, listed or hedged and confirmed by a right follow-up. */
function covers(result: PointResult): boolean {
  if (result.status === 'stated') return true;
  return result.probe?.correct === true && (result.status === 'named' || result.status === 'listed' || result.status === 'hedged');
}

// The sentence of the first clause of `read` whose text is `clause`; -1 when none is.
function sentenceOfClause(read: ReadText, clause: string): number {
  return read.clauses.find((item) => item.text === clause)?.sentence ?? -1;
}

/**
 * Whether a fired misconception voids a key point. It voids the first point it `contradicts` (what it misstates) always;
 * a further point it only implies it voids unless the answer states that point in a sentence of its own ("waits 10
 * minutes of real time ... Spark can then delete the window's state": the state point stands). A point said in the
 * misconception's own sentence is its premise ("min ISR 2 puts every write on two replicas, so acks=1 is as durable")
 * and falls with it. The wrong idea costs its point and MISCONCEPTION_COST, not every right point next to it.
 */
function contradictsPoint(read: ReadText, item: { clause: string; contradicts: readonly string[] }, pointId: string, reading: ClaimReading): boolean {
  const at = item.contradicts.indexOf(pointId);
  if (at < 0) return false;
  if (at === 0 || reading.status !== 'stated' || reading.clause === undefined) return true;
  const own = sentenceOfClause(read, reading.clause);
  return own < 0 || own === sentenceOfClause(read, item.clause);
}

// A misconception's names widened by the shared concept map ("each row is one customer" names "one row per customer"),
// once per misconception (questions are parsed content, never mutated); its asserts stay as written.
const wideMisconceptions = new WeakMap<Misconception, Misconception>();
function widened(misconception: Misconception): Misconception {
  let wide = wideMisconceptions.get(misconception);
  if (!wide) {
    wide = { ...misconception, keywords: withConceptTerms(misconception.keywords) };
    wideMisconceptions.set(misconception, wide);
  }
  return wide;
}

// The sides a question compares: the distinct subjects of its key points and parts (a subject with `contrast: false`
// is no side), once per question. Fewer than two: the question compares nothing.
const sidesCache = new WeakMap<ShortQuestion, readonly (readonly string[])[]>();
function comparedSides(question: ShortQuestion): readonly (readonly string[])[] {
  let sides = sidesCache.get(question);
  if (!sides) {
    const lists = new Map<string, readonly string[]>();
    const add = (subject: KeyPoint['subject']) => {
      if (subject && (subject as { contrast?: boolean }).contrast !== false) lists.set(subject.of.join('|').toLowerCase(), subject.of);
    };
    for (const point of question.keyPoints) {
      add(point.subject);
      for (const part of point.parts ?? []) add(part.subject);
    }
    sides = [...lists.values()];
    sidesCache.set(question, sides);
  }
  return sides;
}

// A question's prompt is read once, not on every answer (questions are parsed content, never mutated).
const promptReads = new WeakMap<ShortQuestion, ReadText>();
function readPrompt(question: ShortQuestion): ReadText {
  let read = promptReads.get(question);
  if (!read) {
    read = readText(question.prompt);
    promptReads.set(question, read);
  }
  return read;
}

// The tool a question is about, read once from its prompt and key points (questions are parsed content, never mutated).
const askedTools = new WeakMap<ShortQuestion, { tool: AskedTool | undefined }>();
function questionTool(question: ShortQuestion): AskedTool | undefined {
  let asked = askedTools.get(question);
  if (!asked) {
    asked = { tool: askedTool([question.prompt, ...question.keyPoints.flatMap((point) => [point.text, ...point.keywords])].join('\n')) };
    askedTools.set(question, asked);
  }
  return asked.tool;
}

function scoreShort(question: ShortQuestion, answer: unknown, probeAnswers: Readonly<Record<string, ProbeAnswer>>): QuestionResult {
  // Words inside a link or a cited title name a source, not a claim (lib/text/cited-references.ts).
  const read = readText(blankCitations(answerText(answer)), MAX_SHORT_ANSWER_CHARS);
  // The question is given, not claimed: words copied from it earn nothing (see lib/text/echo.ts).
  const context = { given: readPrompt(question) };
  const findings: Finding[] = [];
  const fired: { misconception: Misconception; clause: string; quote: string; contradicts: string[] }[] = [];
  for (const misconception of question.misconceptions) {
    const reading = readClaim(read, { ...widened(misconception), scope: 'clause' });
    if (reading.status !== 'stated' && reading.status !== 'hedged') continue;
    const clause = reading.clause ?? reading.quote ?? '';
    // Two wordings of one wrong idea ("waits 10 minutes of real time") in one clause, against the same point, cost once.
    const same = fired.find((item) => item.clause === clause && item.contradicts.some((id) => misconception.contradicts.includes(id)));
    if (same) same.contradicts.push(...misconception.contradicts.filter((id) => !same.contradicts.includes(id)));
    else fired.push({ misconception, clause, quote: reading.quote ?? '', contradicts: [...misconception.contradicts] });
  }
  // The wrong way stated as today's state with the fix put for later ("today it appends; later we could overwrite the
  // partition") is a plan not yet made, not a wrong belief: the fix is read as hedged and the current state costs nothing.
  const claimsOf = pointClaims(question.keyPoints);
  const planned = fired.filter((item) => item.contradicts.length > 0 && item.contradicts.every((id) => {
    const at = question.keyPoints.findIndex((point) => point.id === id);
    const claim = claimsOf[at];
    return claim !== undefined && deferredFix(read, item.clause, claim.spec) !== undefined;
  }));
  for (const item of planned) fired.splice(fired.indexOf(item), 1);
  // What an option the learner weighed and then rejected does ("Option A: append with INSERT INTO ... I'd go with B") is
  // the reason it was rejected, not a wrong belief (lib/text/labelled-options.ts).
  const rejectedOptions = readRejectedOptions(read);
  // A clause about the neighbouring tool the answer compares with ("a cron job that re-runs would just append") says how
  // that tool behaves, not what the learner would do (lib/text/foreign-vocabulary.ts).
  const vocabulary = readForeignVocabulary(read, questionTool(question));
  for (const item of fired.filter((candidate) => vocabulary?.aboutOther.includes(candidate.clause))) fired.splice(fired.indexOf(item), 1);
  for (const item of fired.filter((candidate) => inRejectedOption(read, rejectedOptions, candidate.clause))) fired.splice(fired.indexOf(item), 1);
  // A wrong statement of how a shared mechanism works, or a wrong number in it ("RF 2 with min.insync.replicas=2"), costs
  // the points it misstates as the deep dive's do (lib/text/mechanism-claims.ts); a wrong detail costs only those points.
  const mechanisms = readMechanismClaims(read).filter((hit) => hit.claim.kind === 'wrong' && !hit.claim.onlyWhereMissing && !fired.some((item) => item.clause === hit.clause) && !inRejectedOption(read, rejectedOptions, hit.clause));
  const misstated = new Map<string, string>();
  for (const hit of mechanisms) for (const id of misstatedPoints(hit.claim, question.keyPoints)) if (!misstated.has(id)) misstated.set(id, hit.clause);
  const mechanismCosts = mechanisms.filter((hit) => hit.claim.detail !== true || misstatedPoints(hit.claim, question.keyPoints).length === 0);
  let earned = 0;
  let covered = 0;
  const points: PointResult[] = [];
  const pointFindings: Finding[] = [];
  const claims = pointClaims(question.keyPoints);
  for (const [index, point] of question.keyPoints.entries()) {
    const { spec, parts } = claims[index] as (typeof claims)[number];
    const { reading, share, partial, missing, parts: partReadings } = readClaimParts(read, spec, parts, context);
    // Words a wrong idea was read from ("idempotence" in "enable.idempotence") cannot also state the point.
    const against = fired.find((item) => contradictsPoint(read, item, point.id, reading))?.clause ?? reading.wrongValue?.text ?? (reading.status !== 'missing' ? (borrowedFrom(reading, fired)?.clause ?? misstated.get(point.id)) : undefined);
    const dated = against === undefined ? readDatedForm(read, point) : undefined;
    const datedOnly = dated !== undefined && (reading.status === 'missing' || borrowedFrom(reading, [dated]) !== undefined);
    // A term given to the other side of the comparison ("warehouses are row stores") is a swap wherever it sits, even
    // where the point is stated elsewhere: the point is contradicted (lib/text/claims.ts `swap`).
    const swap = against === undefined && !datedOnly ? swappedIn(reading, partReadings) : undefined;
    // The point's two steps stated the wrong way round ("commit the offsets, then write the batch") contradict it.
    const reversed = against === undefined && !datedOnly ? reading.wrongOrder : undefined;
    let result = reversed
      ? reversedResult(point, reversed.quote)
      : datedOnly
        ? datedResult(point, dated)
        : swap
          ? judgePoint(point, { status: 'missing', misplaced: { ...swap, rival: true } }, 0, undefined)
          : judgePoint(point, reading, share, against);
    const probeAnswer = probeAnswers[point.id];
    if (point.probe && probeAnswer !== undefined) {
      const settled = settleWithProbe(result, point.probe, probeAnswer);
      // A right half stays earned whatever the follow-up answer; a right answer can only add to it.
      result = partial ? { ...settled, earned: Math.max(settled.earned, result.earned) } : settled;
    }
    points.push(result);
    earned += result.earned;
    if (covers(result)) covered += 1;
    if (datedOnly && result.status === 'stated') pointFindings.push(datedFinding(point, dated));
    else pointFindings.push(pointFinding(point, result, { index, count: question.keyPoints.length }, partial && against === undefined ? missing : []));
  }
  // What follows from a reversed order no longer holds ("at-least-once" after committing before the write): stated, it is
  // a wrong claim too (lib/practice/reversed-order.ts).
  const misordered = voidFollowers(question.keyPoints, points, pointFindings);
  earned = points.reduce((sum, result) => sum + result.earned, 0);
  covered = points.filter(covers).length;
  // Two routes to one part ("clear the task" or "run a backfill") count once, for the better of them; the route not
  // taken, when the other is given in full, is an aside, not a gap.
  for (const [index, point] of question.keyPoints.entries()) {
    const at = point.orWith === undefined ? -1 : question.keyPoints.findIndex((other) => other.id === point.orWith);
    const one = points[index];
    const other = points[at];
    if (!one || !other) continue;
    earned -= Math.min(one.earned, other.earned);
    if (covers(one) && covers(other)) covered -= 1;
    if (covers(other) && one.status === 'missing') pointFindings[index] = routeFinding(point);
    if (covers(one) && other.status === 'missing') pointFindings[at] = routeFinding(question.keyPoints[at] as KeyPoint);
  }
  findings.push(...pointFindings);
  const scored = scoredPointCount(question.keyPoints);
  for (const { misconception, clause } of fired) {
    findings.push({ code: 'practice.misconception', severity: 'wrong', message: `You wrote ${said(clause)}. ${misconception.note}`, neutral: `You wrote ${said(clause)}, which is a common misconception.`, points: MISCONCEPTION_COST, refs: [misconception.id] });
  }
  if (read.tokens.every((token) => token.kind !== 'word')) findings.push({ code: 'practice.no-answer', severity: 'hint', message: 'The answer is empty.', points: 0 });
  // Words to the grader are withdrawn already (they earn nothing); the learner is told why, once per answer.
  const toGrader = graderAddressFinding('practice.grader-address', [read]);
  if (toGrader) findings.push(toGrader);
  // Prose is read in English only (no translation): an answer in another language is told so, not silently scored low.
  const language = foreignLanguage(read);
  // A term given a wrong meaning, or a property given to the other side of the comparison ("OLTP is columnar"), costs
  // like a misconception: both are confident wrong statements, not gaps.
  // So does a point's term put on the wrong component ("the Kafka producer checkpoints the offsets") or given what the
  // point rules out ("leaving enable.auto.commit on is fine"): the learner said the opposite of the point.
  // A wrong number for the right mechanism ("compact into 1 MB files") already keeps only half its point: it costs no more.
  const misdefined = points.filter((result) => result.misdefined || result.swapped || wrongActor(result) || (result.wrongTarget && result.wrongTarget.kind !== 'quantity'));
  for (const result of misdefined) {
    const { message, neutral } = wrongStatement(result);
    findings.push({ code: 'practice.wrong-meaning', severity: 'wrong', message, neutral, points: MISCONCEPTION_COST, refs: [result.id] });
  }
  // A default cited wrongly ("min.insync.replicas defaults to 2") is a confident wrong fact: it costs like a misconception,
  // once (lib/text/cited-default.ts).
  for (const item of misordered) findings.push(item.finding);
  for (const hit of mechanisms) {
    const cost = mechanismCosts.includes(hit) ? MISCONCEPTION_COST : 0;
    findings.push({ code: 'practice.wrong-mechanism', severity: 'wrong', message: `You wrote ${said(hit.clause)}. ${hit.claim.why}`, neutral: `You wrote ${said(hit.clause)}, which misstates how this works.`, points: cost, refs: [hit.claim.id] });
  }
  const misquoted = readWrongDefaults(read).slice(0, 1);
  for (const hit of misquoted) {
    findings.push({ code: 'practice.wrong-default', severity: 'wrong', message: `Wrong default: you wrote ${said(hit.clause)}, but ${hit.actual}.`, neutral: `You wrote ${said(hit.clause)}, which cites a default wrongly.`, points: MISCONCEPTION_COST, refs: [hit.id] });
  }
  const needed = question.minKeyPoints ?? scored;
  const inverted = fired.some((item) => item.misconception.inverts);
  // Saying the two things the question asks to tell apart are one ("partitioning and sharding are the same thing")
  // answers it the wrong way round, as an inverted conclusion does.
  const equated = equatedSides(read, comparedSides(question));
  // Wrong statements cost, but never more than COSTED_SHARE of what the right points earned: an interviewer still credits
  // the right moment of "commit after the write" beside two mistakes (golden round 12: 40/100, round 15: 40-50).
  // Terms of another tool that name nothing in the asked one ("savepoint" for Spark) cost like misconceptions.
  const wrongTerms = wrongTermCharge(vocabulary, MISCONCEPTION_COST, 'practice.wrong-tool-term', [question.id]);
  findings.push(...wrongTerms.findings);
  const costed = Math.max(earned * (1 - COSTED_SHARE), earned - (fired.length + misdefined.length + misquoted.length + misordered.length + mechanismCosts.length) * MISCONCEPTION_COST - wrongTerms.cost);
  const cap = Math.min(inverted ? INVERTED_SHARE * scored : scored, equated ? EQUATED_SHARE * scored : scored);
  const total = Math.min(costed, cap);
  if (total < costed && inverted && !(equated && EQUATED_SHARE < INVERTED_SHARE)) {
    const clause = fired.find((item) => item.misconception.inverts)?.clause ?? '';
    findings.push({ code: 'practice.inverted-conclusion', severity: 'wrong', message: `You concluded ${said(clause)}: the opposite of what this question asks you to justify, so the answer fails however right the rest is.`, neutral: 'The answer concludes the opposite of what the question asks you to justify.', points: costed - total });
  } else if (total < costed && equated) {
    findings.push({ code: 'practice.equated-sides', severity: 'wrong', message: `You wrote ${said(equated.clause)}: this question asks what tells them apart, so calling them the same thing fails it however right the rest is.`, neutral: 'The answer calls the two things the question asks you to tell apart the same thing.', points: costed - total });
  }
  // The last points of a question come from depth shown on the points earned, read as the deep dive reads it (lib/scoring/depth.ts).
  const depthReading = readDepth(read);
  const depth = depthCost(total, scored, depthReading, 'practice.depth', [question.id]);
  if (depth.finding) findings.push(depth.finding);
  // An exemplary answer still leaves an interviewer's last points to what the question does not list (unlisted-remainder.ts).
  const unlisted = unlistedRemainder(total, scored, depthReading, 'practice.unlisted', [question.id]);
  if (unlisted.finding) findings.push(unlisted.finding);
  // A point short, the points made and explained earn back part of it (lib/practice/partial-depth.ts).
  const lift = partialDepthLift(total, scored, depthReading, fired.length + misdefined.length + misquoted.length + misordered.length + mechanisms.length + (equated ? 1 : 0));
  // An answer in another language keeps at most FOREIGN_SHARE: its explanations are not read, only its English terms,
  // so words around a list of terms ("Das ist sehr wichtig: acks, ISR, ...") cannot make it explained.
  // One sentence pasted again and again is padding: the answer keeps PADDED_SHARE of what it earned, with a finding.
  const repeated = readRepeatedSentence(read);
  const unpadded = total - depth.cost - unlisted.cost + lift;
  const padCut = repeated && unpadded > 0 ? unpadded * (1 - PADDED_SHARE) : 0;
  if (repeated && padCut > 0) findings.push({ code: 'practice.repeated', severity: 'wrong', message: `You wrote ${said(repeated.text)} ${repeated.count} times. Copies add nothing and read as padding: say each point once and use the space for the parts still missing.`, neutral: `One sentence stands ${repeated.count} times in your answer; copies add nothing.`, points: padCut });
  // An answer of questions only ("acks=all? min.insync.replicas=2? What if the ISR shrinks?") asks back and claims
  // nothing: it keeps nothing of what its terms would earn (lib/text/questions-only.ts).
  const asked = asksOnly(read) && unpadded - padCut > 0;
  if (asked) findings.push({ code: 'practice.questions-only', severity: 'wrong', message: 'Your answer only asks questions. A question names a topic but claims nothing: say what happens and why, in statements.', neutral: 'Your answer only asks questions; say what happens and why.', points: unpadded - padCut });
  // An answer in another tool's vocabulary keeps at most VOCABULARY_SHARE, however right it maps (lib/scoring/foreign-vocabulary.ts).
  const spoken = vocabularyCap(asked ? 0 : unpadded - padCut, scored, vocabulary, 'practice.other-vocabulary', [question.id]);
  if (spoken.finding) findings.push(spoken.finding);
  // The wrong way kept today with its fix put for later: the design as it stands breaks what the question asks, so the
  // plan earns at most DEFERRED_FIX_SHARE (golden round 23: "today INSERT INTO; later we could overwrite", 55 by hand).
  // A point read only from a deferred change ("later we could switch to a MERGE") admits the same of the current way.
  const switched = points.find((result) => result.status === 'hedged' && result.clause !== undefined && deferredSwitch(read, result.clause));
  const firstPlan = planned[0] ?? (switched ? { clause: switched.clause ?? '' } : undefined);
  const plannedCap = firstPlan !== undefined && spoken.kept > DEFERRED_FIX_SHARE * scored ? spoken.kept - DEFERRED_FIX_SHARE * scored : 0;
  if (firstPlan && plannedCap > 0) findings.push({ code: 'practice.deferred-fix', severity: 'wrong', message: `You wrote ${said(firstPlan.clause)} and put the fix for later: as it stands the answer still does it the wrong way. State the mechanism as what you do now.`, neutral: 'The answer keeps the wrong way today and only plans the fix for later.', points: plannedCap });
  // A part of the question left unanswered costs its share however good the rest is (lib/scoring/skipped-ask.ts).
  const answered = capSkippedAsks(question.asks, points, spoken.kept - plannedCap, scored, 'practice.skipped-part', [question.id]);
  if (answered.finding) findings.push(answered.finding);
  // An answer that stops mid-clause ("... and late events are") was not finished (lib/scoring/unfinished-cap.ts).
  const finished = capUnfinished(readUnfinishedEnding(read.text), answered.earned, scored, 'practice.unfinished', [question.id]);
  if (finished.finding) findings.push(finished.finding);
  const kept = finished.earned;
  const unforeign = stepResult(kept, scored, []).score;
  const foreignCut = language === undefined ? 0 : Math.max(0, kept - FOREIGN_SHARE * scored);
  if (language !== undefined) findings.push({ code: 'practice.not-english', severity: 'hint', message: `This answer reads as ${language}. Only English prose is graded (there is no translation): the score counts only the English technical terms, up to ${Math.round(FOREIGN_SHARE * 100)} of 100${unforeign > FOREIGN_SHARE * 100 ? ` (the terms alone read as ${unforeign})` : ''}. Answer in English to be graded in full.`, points: foreignCut });
  // Correct needs the claims stated (or confirmed by a follow-up) and no wrong idea affirmed; depth is not asked for.
  return { ...stepResult(kept - foreignCut, scored, findings), correct: covered >= needed && answered.finding === undefined && fired.length === 0 && misdefined.length === 0 && misquoted.length === 0 && misordered.length === 0 && mechanisms.length === 0 && !equated && language === undefined, points };
}

/**
 * Scores one concept question. Pure and deterministic; the answer comes from the browser, so any
 * value is accepted (a missing or mistyped answer scores 0) and long input is cut before reading.
 * A short answer's key point that was only named, listed, hedged or contradicted is settled by the
 * learner's answer to its probe in `probeAnswers` (by key point id; see lib/deep-dive/probe.ts).
 */
export function scoreQuestion(question: Question, answer: QuestionAnswer, probeAnswers: Readonly<Record<string, ProbeAnswer>> = {}): QuestionResult {
  return question.type === 'choice' ? scoreChoice(question, answer) : scoreShort(question, answer, probeAnswers);
}
