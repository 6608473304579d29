import { nextProbe } from '../deep-dive/probe-flow';
import type { ProbeTurn } from '../deep-dive/probe-flow';
import { asShown } from '../scoring/shown-finding';
import type { Finding } from '../scoring/finding';
import type { Question } from './question-schema';
import type { QuestionResult } from './score-question';

/** What a question card shows after a check, teaching without handing over the answer. */
export type QuestionFeedback = {
  /** The follow-up to answer first; while one is open there is no verdict yet. */
  next?: ProbeTurn;
  /** Set once no follow-up is open (or the answer was shown). */
  verdict?: 'correct' | 'not-quite';
  /** Findings with neutral messages until the answer is shown or the answer is correct. */
  findings: Finding[];
  /** The question's explanation (the model answer): only once shown, or after a correct answer. */
  explanation?: string;
};

/**
 * The feedback of a checked question. `result` comes from scoreQuestion with the follow-up answers
 * given so far; `answerShown` is whether the learner pressed "Show the answer". A correct answer
 * hands nothing over (the learner knew it), so it shows the full findings and the explanation.
 */
export function questionFeedback(question: Question, result: QuestionResult, answerShown: boolean): QuestionFeedback {
  const next = !answerShown && question.type === 'short' ? nextProbe(question.keyPoints, result.points ?? []) : undefined;
  const settled = next === undefined;
  const open = answerShown || (settled && result.correct);
  return {
    ...(next ? { next } : {}),
    ...(settled ? { verdict: result.correct ? 'correct' : 'not-quite' } : {}),
    findings: result.findings.map((finding) => asShown(finding, open)),
    ...(open ? { explanation: question.explanation } : {}),
  };
}
