import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import type { Session } from './session-schema';

export type StepStatus = 'not-started' | 'visited' | 'in-progress';

export type SessionProgress = {
  byStep: Record<StepId, StepStatus>;
  /** Steps with work in them, out of five. */
  stepsWithWork: number;
  currentStep: StepId;
  updatedAt: string;
};

export function sessionProgress(session: Session): SessionProgress {
  const byStep = {} as Record<StepId, StepStatus>;
  let stepsWithWork = 0;
  for (const id of STEP_IDS) {
    const work = session.steps[id];
    const hasWork = work.notes.trim() !== '';
    if (hasWork) stepsWithWork += 1;
    byStep[id] = hasWork ? 'in-progress' : work.visited ? 'visited' : 'not-started';
  }
  return { byStep, stepsWithWork, currentStep: session.currentStep, updatedAt: session.updatedAt };
}
