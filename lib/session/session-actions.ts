import type { StepId } from '../steps/steps';
import { MAX_NOTES_LENGTH } from './session-schema';
import type { Session } from './session-schema';

/** Actions are pure: they take a session and return a new one, so the store stays a thin shell. */
export function setStepNotes(session: Session, step: StepId, notes: string, now: Date): Session {
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
  if (session.currentStep === step && session.steps[step].visited) return session;
  return {
    ...session,
    updatedAt: now.toISOString(),
    currentStep: step,
    steps: { ...session.steps, [step]: { ...session.steps[step], visited: true } },
  };
}
