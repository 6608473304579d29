import type { StepId } from '../steps/steps';
import type { AnswerStep, Session, StepAnswers } from './session-schema';
import { MAX_FOLLOW_UP_PROMPTS, isStorableFollowUpId } from '../deep-dive/follow-up-bounds';
import { answerFollowUp, revealFollowUp, submitFollowUp } from '../deep-dive/follow-up-record';
import type { PromptFollowUp } from '../deep-dive/follow-up-schema';
import type { ProbeAnswer } from '../deep-dive/probe';
import { isAttemptLocked } from './attempt-lock';

/**
 * Actions are pure: they take a session and return a new one, so the store stays a thin shell. They
 * do not enforce the schema's limits: apply-action.ts holds every result to them (session-limits.ts)
 * and says which limit bit, so the learner hears about a cut at the moment it happens. A locked
 * attempt (a finished mock, see attempt-lock.ts) is returned unchanged by every action.
 */
export function setStepNotes(session: Session, step: StepId, notes: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  const at = now.toISOString();
  if (session.steps[step].notes === notes) return session;
  return {
    ...session,
    updatedAt: at,
    steps: { ...session.steps, [step]: { ...session.steps[step], notes, visited: true, updatedAt: at } },
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

/** Appends a clarifying question; empty ones are ignored. */
export function askQuestion(session: Session, text: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  const question = text.trim();
  const { questions } = session.answers.clarify;
  if (question === '') return session;
  return {
    ...session,
    ...touch(session, 'clarify', now),
    answers: { ...session.answers, clarify: { ...session.answers.clarify, questions: [...questions, { text: question, askedAt: now.toISOString() }] } },
  };
}

export function setEntities(session: Session, entities: string, now: Date): Session {
  if (isAttemptLocked(session)) return session;
  if (entities === session.answers.clarify.entities) return session;
  return { ...session, ...touch(session, 'clarify', now), answers: { ...session.answers, clarify: { ...session.answers.clarify, entities } } };
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
  return { ...session, ...touch(session, 'deep-dive', now), answers: { ...session.answers, deepDive: { ...session.answers.deepDive, [promptId]: answer } } };
}

function withFollowUp(session: Session, promptId: string, now: Date, change: (followUp: PromptFollowUp) => PromptFollowUp): Session {
  if (isAttemptLocked(session)) return session;
  const all = session.answers.deepDiveFollowUps ?? {};
  // Ids and counts stay within the schema's bounds: an action never produces a session that cannot be stored.
  // Own members only: a prompt id such as 'valueOf' or 'constructor' must not find Object.prototype's function.
  const known = Object.hasOwn(all, promptId);
  if (!isStorableFollowUpId(promptId) || (!known && Object.keys(all).length >= MAX_FOLLOW_UP_PROMPTS)) return session;
  const before = (known ? all[promptId] : undefined) ?? { probes: {} };
  const after = change(before);
  if (after === before) return session;
  return { ...session, ...touch(session, 'deep-dive', now), answers: { ...session.answers, deepDiveFollowUps: { ...all, [promptId]: after } } };
}

/** The learner says a deep-dive answer is done: from now on the interviewer may follow up on it. Submitting twice keeps the first time. */
export function submitDeepDiveAnswer(session: Session, promptId: string, now: Date): Session {
  return withFollowUp(session, promptId, now, (followUp) => submitFollowUp(followUp, now));
}

/**
 * Records the learner's answer to the follow-up on one key point. The first answer stands (an
 * interviewer does not let you answer twice), and none is taken after the model answer was shown.
 */
export function answerDeepDiveProbe(session: Session, promptId: string, pointId: string, answer: ProbeAnswer, now: Date): Session {
  return withFollowUp(session, promptId, now, (followUp) => answerFollowUp(followUp, pointId, answer, now));
}

/** Changes the curveball's follow-up record, within the same bounds as a deep-dive prompt's; only once the curveball was announced. */
function withCurveballFollowUp(session: Session, now: Date, change: (followUp: PromptFollowUp) => PromptFollowUp): Session {
  if (isAttemptLocked(session) || !session.interview.curveballAt) return session;
  const before = session.answers.curveballFollowUp ?? { probes: {} };
  const after = change(before);
  if (after === before) return session;
  return { ...session, updatedAt: now.toISOString(), answers: { ...session.answers, curveballFollowUp: after } };
}

/** The learner says the curveball is addressed: from now on the interviewer may follow up on it. Only the first time counts. */
export function submitCurveball(session: Session, now: Date): Session {
  return withCurveballFollowUp(session, now, (followUp) => submitFollowUp(followUp, now));
}

/** Records the learner's answer to the curveball follow-up on one claim; the first answer stands. */
export function answerCurveballProbe(session: Session, claimId: string, answer: ProbeAnswer, now: Date): Session {
  return withCurveballFollowUp(session, now, (followUp) => answerFollowUp(followUp, claimId, answer, now));
}

/** Records that the model answer of a prompt was shown, with the follow-ups still open then (`openPointIds`). Only the first reveal counts. */
export function revealDeepDiveAnswer(session: Session, promptId: string, openPointIds: readonly string[], now: Date): Session {
  return withFollowUp(session, promptId, now, (followUp) => revealFollowUp(followUp, openPointIds, now));
}

/**
 * Records that the learner asked to see a step's answer (its full feedback, with the case's values).
 * Only the first time counts; it changes nothing else (the work stays editable, the score as it is).
 */
export function showStepAnswer(session: Session, step: AnswerStep, now: Date): Session {
  if (isAttemptLocked(session) || session.answersShown?.[step]) return session;
  return { ...session, updatedAt: now.toISOString(), answersShown: { ...session.answersShown, [step]: now.toISOString() } };
}
