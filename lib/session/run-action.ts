import type { CurveballBaseline } from '../interview/interview-schema';
import type { StepId } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import { addStepTime, announceCurveball, finishInterview, pauseInterview, resumeInterview } from './interview-actions';
import { answerCurveballProbe, answerDeepDiveProbe, askQuestion, revealDeepDiveAnswer, setDeepDiveAnswer, setDesignAnswer, setDiagramScene, setEntities, setStepNotes, setWorksheetRows, showStepAnswer, submitCurveball, submitDeepDiveAnswer, visitStep } from './session-actions';
import type { ProbeAnswer } from '../deep-dive/probe';
import type { AnswerStep, Session, StepAnswers } from './session-schema';

/*
 * The session's actions as data, run without the schema's limits: apply-action.ts holds each result to them
 * (session-limits.ts). Apart so the store can change the session as the learner types while the limits' code
 * (with the canvas's scene bounds) loads only once something is edited.
 */

/** Everything a learner can do to a session, as data: the store's actions, a test's random sequence. */
export type SessionAction =
  | { type: 'setNotes'; step: StepId; notes: string }
  | { type: 'visit'; step: StepId }
  | { type: 'ask'; question: string }
  | { type: 'setEntities'; entities: string }
  | { type: 'setWorksheetRows'; rows: StepAnswers['estimate']['rows'] }
  | { type: 'setDesign'; design: StepAnswers['design'] }
  | { type: 'setDiagramScene'; scene: StepAnswers['diagram']['scene'] }
  | { type: 'setDeepDiveAnswer'; promptId: string; answer: string }
  | { type: 'pauseInterview' }
  | { type: 'resumeInterview' }
  | { type: 'finishInterview' }
  | { type: 'announceCurveball'; baseline: CurveballBaseline }
  | { type: 'addStepTime'; step: StepId; ms: number }
  | { type: 'submitDeepDiveAnswer'; promptId: string }
  | { type: 'answerDeepDiveProbe'; promptId: string; pointId: string; answer: ProbeAnswer }
  | { type: 'revealDeepDiveAnswer'; promptId: string; openPointIds: readonly string[] }
  | { type: 'showStepAnswer'; step: AnswerStep }
  | { type: 'submitCurveball' }
  | { type: 'answerCurveballProbe'; claimId: string; answer: ProbeAnswer };

/** The session after `action`, not yet held to the schema's limits; `session` itself when nothing changed. Pure. */
export function runSessionAction(session: Session, action: SessionAction, now: Date): Session {
  switch (action.type) {
    case 'setNotes':
      return setStepNotes(session, action.step, action.notes, now);
    case 'visit':
      return visitStep(session, action.step, now);
    case 'ask':
      return askQuestion(session, action.question, now);
    case 'setEntities':
      return setEntities(session, action.entities, now);
    case 'setWorksheetRows':
      return setWorksheetRows(session, action.rows, now);
    case 'setDesign':
      return setDesignAnswer(session, action.design, now);
    case 'setDiagramScene':
      return setDiagramScene(session, action.scene, now);
    case 'setDeepDiveAnswer':
      return setDeepDiveAnswer(session, action.promptId, action.answer, now);
    case 'pauseInterview':
      return pauseInterview(session, now);
    case 'resumeInterview':
      return resumeInterview(session, now);
    case 'finishInterview':
      return finishInterview(session, now);
    case 'announceCurveball':
      return announceCurveball(session, action.baseline, now);
    case 'addStepTime':
      return addStepTime(session, action.step, action.ms);
    case 'submitDeepDiveAnswer':
      return submitDeepDiveAnswer(session, action.promptId, now);
    case 'answerDeepDiveProbe':
      return answerDeepDiveProbe(session, action.promptId, action.pointId, action.answer, now);
    case 'revealDeepDiveAnswer':
      return revealDeepDiveAnswer(session, action.promptId, action.openPointIds, now);
    case 'showStepAnswer':
      return showStepAnswer(session, action.step, now);
    case 'submitCurveball':
      return submitCurveball(session, now);
    case 'answerCurveballProbe':
      return answerCurveballProbe(session, action.claimId, action.answer, now);
    default:
      return assertNever(action, 'session action');
  }
}

