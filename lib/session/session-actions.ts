import type { StepId } from '../steps/steps';
import { MAX_ENTITIES_LENGTH, MAX_NOTES_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS } from './session-schema';
import type { Session, StepAnswers } from './session-schema';
import { MAX_DEEP_DIVE_ANSWER } from '../deep-dive/limits';
import { isAttemptLocked } from './attempt-lock';

/**
 * Actions are pure: they take a session and return a new one, so the store stays a thin shell. A locked
 * attempt (a finished mock, see attempt-lock.ts) is returned unchanged by every action.
 */
export function setStepNotes(session: Session, step: StepId, notes: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  const at = now.toISOString();
  const clipped = notes.length > MAX_NOTES_LENGTH ? notes.slice(0, MAX_NOTES_LENGTH) : notes;
  if (session.steps[step].notes === clipped) return session;
  return {
    ...session,
    updatedAt: at,
    steps: { ...session.steps, [step]: { ...session.steps[step], notes: clipped, visited: true, updatedAt: at } },
  };
}

export function visitStep(session: Session, step: StepId, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  if (session.currentStep === step && session.steps[step].visited) return session;
  return {
    ...session,
    updatedAt: now.toISOString(),
    currentStep: step,
    steps: { ...session.steps, [step]: { ...session.steps[step], visited: true } },
  };
}

function touch(session: Session, step: StepId, now: Date): Pick<Session, 'updatedAt' | 'steps'> {
  const at = now.toISOString();
  return { updatedAt: at, steps: { ...session.steps, [step]: { ...session.steps[step], visited: true, updatedAt: at } } };
}

/** Appends a clarifying question; empty ones are ignored and very long ones cut, as the matcher reads them. */
export function askQuestion(session: Session, text: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  const question = text.trim().slice(0, MAX_QUESTION_LENGTH);
  const { questions } = session.answers.clarify;
  if (question === '' || questions.length >= MAX_QUESTIONS) return session;
  return {
    ...session,
    ...touch(session, 'clarify', now),
    answers: { ...session.answers, clarify: { ...session.answers.clarify, questions: [...questions, { text: question, askedAt: now.toISOString() }] } },
  };
}

export function setEntities(session: Session, entities: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  const clipped = entities.slice(0, MAX_ENTITIES_LENGTH);
  if (clipped === session.answers.clarify.entities) return session;
  return { ...session, ...touch(session, 'clarify', now), answers: { ...session.answers, clarify: { ...session.answers.clarify, entities: clipped } } };
}

export function setWorksheetRows(session: Session, rows: StepAnswers['estimate']['rows'], now: Date): Session {
  if (isAttemptLocked(session)) return session;
  return { ...session, ...touch(session, 'estimate', now), answers: { ...session.answers, estimate: { rows } } };
}

export function setDesignAnswer(session: Session, design: StepAnswers['design'], now: Date): Session {
  if (isAttemptLocked(session)) return session;
  return { ...session, ...touch(session, 'design', now), answers: { ...session.answers, design } };
}

export function setDiagramScene(session: Session, scene: StepAnswers['diagram']['scene'], now: Date): Session {
  if (isAttemptLocked(session)) return session;
  return { ...session, ...touch(session, 'diagram', now), answers: { ...session.answers, diagram: { scene } } };
}

export function setDeepDiveAnswer(session: Session, promptId: string, answer: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  return { ...session, ...touch(session, 'deep-dive', now), answers: { ...session.answers, deepDive: { ...session.answers.deepDive, [promptId]: answer.slice(0, MAX_DEEP_DIVE_ANSWER) } } };
}
