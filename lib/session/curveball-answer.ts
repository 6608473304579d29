import { readScene } from '../canvas/read-scene';
import { curveballBaseline } from '../interview/score-curveball';
import type { CurveballAnswer, CurveballCues } from '../interview/score-curveball';
import type { CurveballBaseline } from '../interview/interview-schema';
import { getStep, STEP_IDS } from '../steps/steps';
import type { Session } from './session-schema';

/** The parts of a session where a changed requirement can be addressed: the design, every step's notes, the diagram. */
export function curveballAnswerFromSession(session: Session): CurveballAnswer {
  return {
    design: session.answers.design,
    notes: STEP_IDS.map((step) => ({ where: `the notes of step ${getStep(step).number}`, text: session.steps[step].notes })),
    diagram: readScene(session.answers.diagram.scene),
  };
}

/** What of the session already matches the curveball's cues: taken when it is announced. */
export function sessionCurveballBaseline(session: Session, cues: CurveballCues): CurveballBaseline {
  return curveballBaseline(curveballAnswerFromSession(session), cues);
}
