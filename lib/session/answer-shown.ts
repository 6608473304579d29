import { isAttemptLocked } from './attempt-lock';
import type { AnswerStep, Session } from './session-schema';

/**
 * Whether a step's feedback may give the case's values: the learner pressed "Show the answer" on it,
 * or the attempt is a finished mock (its report shows everything anyway).
 */
export function isStepAnswerShown(session: Pick<Session, 'answersShown' | 'interview'>, step: AnswerStep): boolean {
  return session.answersShown?.[step] !== undefined || isAttemptLocked(session);
}
