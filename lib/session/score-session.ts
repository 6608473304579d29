import { readScene } from '../canvas/read-scene';
import { analyseClarify, scoreClarify } from '../clarify/score-clarify';
import { transcriptFromAnswers } from '../clarify/transcript-from-session';
import type { Rubric } from '../content/rubric-schema';
import { scoreDeepDive } from '../deep-dive/score-deep-dive';
import { scoreDesign } from '../design/score-design';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import { availableValuesFor } from '../estimate/prepare-estimate';
import type { StepResult } from '../scoring/finding';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import type { Session } from './session-schema';

export type SessionScore = { total: number; steps: ({ step: StepId } & StepResult)[] };

/**
 * Scores a whole session with the same engines the step pages use, so the app, the report and
 * `grade session` print the same numbers. The total is the mean of the five step scores.
 */
export function scoreSession(session: Session, rubric: Rubric): SessionScore {
  const { answers } = session;
  const scoreStep = (step: StepId): StepResult => {
    switch (step) {
      case 'clarify':
        return scoreClarify(transcriptFromAnswers(answers.clarify), rubric);
      case 'estimate': {
        const { revealedFactIds } = analyseClarify(transcriptFromAnswers(answers.clarify), rubric);
        const graded = gradeEstimate({ rows: answers.estimate.rows }, rubric, { availableValues: availableValuesFor(rubric, revealedFactIds) });
        return { score: graded.score, findings: graded.findings };
      }
      case 'design':
        return scoreDesign(answers.design, rubric);
      case 'diagram':
        return scoreDiagram(readScene(answers.diagram.scene), rubric);
      case 'deep-dive':
        return scoreDeepDive(answers.deepDive, rubric);
      default:
        return assertNever(step, 'step');
    }
  };
  const steps = STEP_IDS.map((step) => ({ step, ...scoreStep(step) }));
  const total = Math.round(steps.reduce((sum, step) => sum + step.score, 0) / steps.length);
  return { total, steps };
}
