import { STEP_IDS } from '../steps/steps';
import { assertNever } from '../util/assert-never';
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

function hasAnswers(session: Session, step: StepId): boolean {
  switch (step) {
    case 'clarify':
      return session.answers.clarify.questions.length > 0 || session.answers.clarify.entities.trim() !== '';
    case 'estimate':
      return session.answers.estimate.rows.some((row) => row.expr.trim() !== '');
    case 'design': {
      const design = session.answers.design;
      return design.inputs.length > 0 || design.outputs.length > 0 || design.useCase.trim() !== '' || design.sla.trim() !== '' || design.processingStyle !== '';
    }
    case 'diagram':
      return session.answers.diagram.scene.elements.length > 0;
    case 'deep-dive':
      return Object.values(session.answers.deepDive).some((answer) => answer.trim() !== '');
    default:
      return assertNever(step, 'step');
  }
}

export function sessionProgress(session: Session): SessionProgress {
  const byStep = {} as Record<StepId, StepStatus>;
  let stepsWithWork = 0;
  for (const id of STEP_IDS) {
    const work = session.steps[id];
    const hasWork = work.notes.trim() !== '' || hasAnswers(session, id);
    if (hasWork) stepsWithWork += 1;
    byStep[id] = hasWork ? 'in-progress' : work.visited ? 'visited' : 'not-started';
  }
  return { byStep, stepsWithWork, currentStep: session.currentStep, updatedAt: session.updatedAt };
}
