import type { StepId } from '../steps/steps';
import type { Session, StepAnswers } from './session-schema';

/**
 * Actions are pure: they take a session and return a new one, so the store stays a thin shell. They
 * do not enforce the schema's limits: apply-action.ts holds every result to them (session-limits.ts)
 * and says which limit bit, so the learner hears about a cut at the moment it happens.
 */
export function setStepNotes(session: Session, step: StepId, notes: string, now: Date): Session {
  const at = now.toISOString();
  if (session.steps[step].notes === notes) return session;
  return {
    ...session,
    updatedAt: at,
    steps: { ...session.steps, [step]: { ...session.steps[step], notes, visited: true, updatedAt: at } },
  };
}

export function visitStep(session: Session, step: StepId, now: Date): Session {
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
  if (entities === session.answers.clarify.entities) return session;
  return { ...session, ...touch(session, 'clarify', now), answers: { ...session.answers, clarify: { ...session.answers.clarify, entities } } };
}

export function setWorksheetRows(session: Session, rows: StepAnswers['estimate']['rows'], now: Date): Session {
  return { ...session, ...touch(session, 'estimate', now), answers: { ...session.answers, estimate: { rows } } };
}

export function setDesignAnswer(session: Session, design: StepAnswers['design'], now: Date): Session {
  return { ...session, ...touch(session, 'design', now), answers: { ...session.answers, design } };
}

export function setDiagramScene(session: Session, scene: StepAnswers['diagram']['scene'], now: Date): Session {
  return { ...session, ...touch(session, 'diagram', now), answers: { ...session.answers, diagram: { scene } } };
}

export function setDeepDiveAnswer(session: Session, promptId: string, answer: string, now: Date): Session {
  return { ...session, ...touch(session, 'deep-dive', now), answers: { ...session.answers, deepDive: { ...session.answers.deepDive, [promptId]: answer } } };
}
