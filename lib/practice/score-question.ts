import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { assertNever } from '../util/assert-never';
import { CLAIM_SHARE, readClaim } from '../text/claims';
import type { ClaimReading } from '../text/claims';
import { readText } from '../text/read-text';
import type { ChoiceQuestion, KeyPoint, Misconception, Question, ShortQuestion } from './question-schema';

/** `selected` holds option ids for a choice question; `text` is the free answer to a short one. */
export type QuestionAnswer = { selected: readonly string[] } | { text: string };

export type QuestionResult = StepResult & {
  /** Choice: exactly the correct options picked. Short: enough key points covered. */
  correct: boolean;
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
      findings.push({ code: 'practice.option-missed', severity: 'missing', message: `Also correct: "${option.text}".${why}`, points: 1, refs: [option.id] });
    } else if (isPicked) {
      misses += 1;
      findings.push({ code: 'practice.option-wrong', severity: 'wrong', message: `Not right: "${option.text}".${why}`, points: 1, refs: [option.id] });
    }
  }
  if (picked.length === 0) findings.push({ code: 'practice.no-answer', severity: 'hint', message: 'No option was picked.', points: 0 });
  // Each wrong pick cancels a right one, so ticking everything in a multi-select earns nothing.
  const earned = Math.max(0, hits - misses);
  return { ...stepResult(earned, correctOptions.length, findings), correct: hits === correctOptions.length && misses === 0 };
}

const said = (value: string) => `"${value.length > MAX_QUOTE_CHARS ? `${value.slice(0, MAX_QUOTE_CHARS)}...` : value}"`;

function pointFinding(point: KeyPoint, reading: ClaimReading, contradictedBy: string | undefined): { finding: Finding; earned: number } {
  const refs = [point.id];
  if (contradictedBy !== undefined) {
    return { earned: 0, finding: { code: 'practice.key-point-contradicted', severity: 'wrong', message: `Contradicted: you wrote ${said(contradictedBy)}, which goes against: ${point.text}`, points: 1, refs } };
  }
  const earned = CLAIM_SHARE[reading.status];
  const quoted = said(reading.quote ?? '');
  switch (reading.status) {
    case 'stated':
      return { earned, finding: { code: 'practice.key-point-covered', severity: 'good', message: `Covered: ${point.text} (you wrote ${quoted})`, points: 1, refs } };
    case 'hedged':
      return { earned, finding: { code: 'practice.key-point-hedged', severity: 'missing', message: `Hedged: you wrote ${said(reading.clause ?? '')}. Say it plainly: ${point.text}`, points: 1 - earned, refs } };
    case 'named':
      return { earned, finding: { code: 'practice.key-point-named', severity: 'missing', message: `Named, not explained: you wrote ${quoted} but not what it does. ${point.text}`, points: 1 - earned, refs } };
    case 'listed':
      return { earned, finding: { code: 'practice.key-point-listed', severity: 'missing', message: `Listed without explanation: ${quoted} appears only in a list of terms. Explain it: ${point.text}`, points: 1 - earned, refs } };
    case 'negated':
      return { earned, finding: { code: 'practice.key-point-negated', severity: 'wrong', message: `You wrote ${said(reading.clause ?? '')}, but: ${point.text}`, points: 1, refs } };
    case 'missing':
      return { earned, finding: { code: 'practice.key-point-missing', severity: 'missing', message: `Missing: ${point.text}`, points: 1, refs } };
    default:
      return assertNever(reading.status, 'claim status');
  }
}

function scoreShort(question: ShortQuestion, answer: unknown): QuestionResult {
  const read = readText(answerText(answer), MAX_SHORT_ANSWER_CHARS);
  const findings: Finding[] = [];
  const fired: { misconception: Misconception; clause: string }[] = [];
  for (const misconception of question.misconceptions) {
    const reading = readClaim(read, { ...misconception, scope: 'clause' });
    if (reading.status === 'stated' || reading.status === 'hedged') fired.push({ misconception, clause: reading.clause ?? reading.quote ?? '' });
  }
  let earned = 0;
  let stated = 0;
  for (const point of question.keyPoints) {
    const reading = readClaim(read, point);
    const against = fired.find((item) => item.misconception.contradicts.includes(point.id))?.clause ?? reading.wrongValue?.text;
    const scored = pointFinding(point, reading, against);
    earned += scored.earned;
    if (against === undefined && reading.status === 'stated') stated += 1;
    findings.push(scored.finding);
  }
  for (const { misconception, clause } of fired) {
    findings.push({ code: 'practice.misconception', severity: 'wrong', message: `You wrote ${said(clause)}. ${misconception.note}`, points: MISCONCEPTION_COST, refs: [misconception.id] });
  }
  if (read.tokens.every((token) => token.kind !== 'word')) findings.push({ code: 'practice.no-answer', severity: 'hint', message: 'The answer is empty.', points: 0 });
  const needed = question.minKeyPoints ?? question.keyPoints.length;
  const total = Math.max(0, earned - fired.length * MISCONCEPTION_COST);
  // Correct needs the claims stated (not hedged, listed or only named) and no wrong idea affirmed.
  return { ...stepResult(total, question.keyPoints.length, findings), correct: stated >= needed && fired.length === 0 };
}

/**
 * Scores one concept question. Pure and deterministic; the answer comes from the browser, so any
 * value is accepted (a missing or mistyped answer scores 0) and long input is cut before reading.
 */
export function scoreQuestion(question: Question, answer: QuestionAnswer): QuestionResult {
  return question.type === 'choice' ? scoreChoice(question, answer) : scoreShort(question, answer);
}
