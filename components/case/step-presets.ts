import { analyseClarify, scoreClarify } from '@/lib/clarify/score-clarify';
import { transcriptFromAnswers } from '@/lib/clarify/transcript-from-session';
import type { Rubric } from '@/lib/content/rubric-schema';
import { deepDiveTeachingFeedback } from '@/lib/deep-dive/teaching-feedback';
import { scoreDesign } from '@/lib/design/score-design';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { availableValuesFor } from '@/lib/estimate/prepare-estimate';
import { emptySteps, emptyAnswers } from '@/lib/session/create-session';
import type { StepId } from '@/lib/steps/steps';
import { assertNever } from '@/lib/util/assert-never';
import { deepDiveGradeInput, estimateGradeInput, presetKey } from '@/components/scoring/preset-grade';
import type { StepPresets } from '@/components/scoring/preset-grade';

/**
 * Computed on the server when a step page renders: the step's grade of the work a new attempt starts
 * with (lib/session/create-session.ts), with `rubric` as the page sends it (rubricForStep). The browser
 * shows it while its work is still that, so a first visit downloads no engine; any change loads it.
 */
export function stepPresets(step: StepId, rubric: Rubric): StepPresets {
  const answers = emptyAnswers();
  switch (step) {
    case 'clarify':
      return { clarify: { key: presetKey(answers.clarify), result: scoreClarify(transcriptFromAnswers(answers.clarify), rubric) } };
    case 'estimate': {
      const notes = emptySteps().estimate.notes;
      const { revealedFactIds } = analyseClarify(transcriptFromAnswers(answers.clarify), rubric);
      const availableValues = availableValuesFor(rubric, revealedFactIds);
      const graded = gradeEstimate({ rows: answers.estimate.rows }, rubric, { availableValues, notes });
      return { estimate: { key: presetKey(estimateGradeInput(answers.estimate.rows, answers.clarify, notes)), result: { graded, availableValues } } };
    }
    case 'design':
      return { design: { key: presetKey(answers.design), result: scoreDesign(answers.design, rubric) } };
    case 'deep-dive':
      return { 'deep-dive': { key: presetKey(deepDiveGradeInput(answers.deepDive, undefined)), result: deepDiveTeachingFeedback(rubric, answers.deepDive) } };
    case 'diagram':
      return {};
    default:
      return assertNever(step, 'step');
  }
}
