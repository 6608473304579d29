import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { analyse } from '../text/analyse';
import { findKeyword } from './keyword-matcher';
import type { ChoiceQuestion, Question, ShortQuestion } from './question-schema';

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

function readText(answer: unknown): string {
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

function scoreShort(question: ShortQuestion, answer: unknown): QuestionResult {
  const text = readText(answer);
  const analysed = analyse(text, { maxChars: MAX_SHORT_ANSWER_CHARS });
  const findings: Finding[] = [];
  let covered = 0;
  for (const point of question.keyPoints) {
    const matched = findKeyword(analysed, point.keywords);
    if (matched !== undefined) {
      covered += 1;
      findings.push({ code: 'practice.key-point-covered', severity: 'good', message: `Covered: ${point.text}`, points: 1, refs: [point.id] });
    } else {
      findings.push({ code: 'practice.key-point-missing', severity: 'missing', message: `Missing: ${point.text}`, points: 1, refs: [point.id] });
    }
  }
  for (const misconception of question.misconceptions) {
    // A hint, not a penalty: "X does not give exactly-once" names X too, and matching cannot tell.
    if (findKeyword(analysed, misconception.keywords) !== undefined) {
      findings.push({ code: 'practice.misconception', severity: 'hint', message: misconception.note, points: 0, refs: [misconception.id] });
    }
  }
  if (analysed.stems.length === 0) findings.push({ code: 'practice.no-answer', severity: 'hint', message: 'The answer is empty.', points: 0 });
  const needed = question.minKeyPoints ?? question.keyPoints.length;
  return { ...stepResult(covered, question.keyPoints.length, findings), correct: covered >= needed };
}

/**
 * Scores one concept question. Pure and deterministic; the answer comes from the browser, so any
 * value is accepted (a missing or mistyped answer scores 0) and long input is cut before reading.
 */
export function scoreQuestion(question: Question, answer: QuestionAnswer): QuestionResult {
  return question.type === 'choice' ? scoreChoice(question, answer) : scoreShort(question, answer);
}
