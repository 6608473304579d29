import { readScene } from '../canvas/read-scene';
import { answerTexts, curveballBaseline } from '../interview/score-curveball';
import { curveballInterview } from '../interview/curveball-probes';
import type { CurveballInterview } from '../interview/curveball-probes';
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

/**
 * The curveball's follow-ups in a session: the probe to ask now, those open and those answered, read
 * from the design and notes as the curveball's score reads them.
 */
export function sessionCurveballInterview(session: Session, curveball: Parameters<typeof curveballInterview>[1]): CurveballInterview {
  return curveballInterview(answerTexts(curveballAnswerFromSession(session)), curveball, session.answers.curveballFollowUp);
}
