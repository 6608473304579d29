import { readScene } from '../canvas/read-scene';
import { analyseClarify, scoreClarify } from '../clarify/score-clarify';
import { transcriptFromAnswers } from '../clarify/transcript-from-session';
import type { Rubric } from '../content/rubric-schema';
import { scoreDeepDive } from '../deep-dive/score-deep-dive';
import { probeAnswersFromFollowUps, promptProbeAnswers } from '../deep-dive/follow-ups';
import { scoreDesign } from '../design/score-design';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import { availableValuesFor } from '../estimate/prepare-estimate';
import type { StepResult } from '../scoring/finding';
import { STEP_IDS } from '../steps/steps';
import { curveballAnswerFromSession } from './curveball-answer';
import { designFieldsOverLimit, designFieldTooLong } from './design-over-limit';
import { curveballMinute } from '../interview/interview-clock';
import { CURVEBALL_WEIGHT } from '../interview/interview-bounds';
import { scoreCurveball } from '../interview/score-curveball';
import type { StepId } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import type { Session } from './session-schema';

/** Present when the mock's curveball was announced: how well the changed requirement was addressed. */
export type CurveballScore = StepResult & { announcedAtMinute: number };
export type SessionScore = { total: number; steps: ({ step: StepId } & StepResult)[]; curveball?: CurveballScore };


function scoreSessionCurveball(session: Session, rubric: Rubric): CurveballScore | undefined {
  const announcedAtMinute = curveballMinute(session.interview);
  if (!rubric.curveball || announcedAtMinute === undefined) return undefined;
  const result = scoreCurveball(curveballAnswerFromSession(session), rubric.curveball, session.interview.curveballBaseline, promptProbeAnswers(session.answers.curveballFollowUp));
  return { ...result, announcedAtMinute };
}

/**
 * A design with a field past its graded limit is graded on what the engine reads (each field's first
 * MAX_DESIGN_FIELD_CHARS / MAX_USE_CASE_CHARS characters): one hint per such field says so, so the report
 * never shows a score for text it did not read without a word.
 */
function flagDesignOverLimit(result: StepResult, design: Session['answers']['design']): StepResult {
  const over = designFieldsOverLimit(design);
  if (over.length === 0) return result;
  const findings = over.map((item) => ({
    code: 'design.over-limit',
    severity: 'hint' as const,
    message: `${designFieldTooLong(item)} Only its first ${item.max.toLocaleString('en-US')} characters were graded.`,
    points: 0,
  }));
  return { ...result, findings: [...findings, ...result.findings] };
}

/**
 * What a step's score depends on in a session, as a string key, or undefined for a step not worth
 * caching (the diagram: its scene changes with every edit and is large to key). Two sessions with the
 * same key for a step get the same score for it from the same rubric. Keep in step with scoreStep below.
 */
function stepInputKey(session: Session, step: StepId): string | undefined {
  const { answers } = session;
  switch (step) {
    case 'clarify':
      return JSON.stringify(answers.clarify);
    case 'estimate':
      return JSON.stringify([answers.clarify, answers.estimate.rows, session.steps.estimate.notes]);
    case 'design':
      return JSON.stringify(answers.design);
    case 'diagram':
      return undefined;
    case 'deep-dive':
      return JSON.stringify([answers.deepDive, answers.deepDiveFollowUps ?? null]);
    default:
      return assertNever(step, 'step');
  }
}

/**
 * Step results already computed against one rubric, by step and input (a replay scrubbing through a
 * room scores the same worksheet many times). The owner bounds it: scoreSession adds at most one entry
 * per step per call.
 */
export type StepScoreCache = Map<string, StepResult>;

/**
 * Scores a whole session with the same engines the step pages use, so the app, the report and
 * `grade session` print the same numbers. The total is the mean of the five step scores; after a
 * mock's curveball, that mean weighs 90% and the curveball 10%. With a `cache` (one per rubric), a
 * step whose inputs were scored before is not scored again; the result is the same.
 */
export function scoreSession(session: Session, rubric: Rubric, cache?: StepScoreCache): SessionScore {
  const { answers } = session;
  const scoreStep = (step: StepId): StepResult => {
    const input = cache ? stepInputKey(session, step) : undefined;
    if (input === undefined || !cache) return computeStep(step);
    const key = `${step}\u0000${input}`;
    const known = cache.get(key);
    if (known) return known;
    const result = computeStep(step);
    cache.set(key, result);
    return result;
  };
  const computeStep = (step: StepId): StepResult => {
    switch (step) {
      case 'clarify':
        return scoreClarify(transcriptFromAnswers(answers.clarify), rubric);
      case 'estimate': {
        const { revealedFactIds } = analyseClarify(transcriptFromAnswers(answers.clarify), rubric);
        const graded = gradeEstimate({ rows: answers.estimate.rows }, rubric, { availableValues: availableValuesFor(rubric, revealedFactIds), notes: session.steps.estimate.notes });
        return { score: graded.score, findings: graded.findings };
      }
      case 'design':
        return flagDesignOverLimit(scoreDesign(answers.design, rubric), answers.design);
      case 'diagram':
        return scoreDiagram(readScene(answers.diagram.scene), rubric);
      case 'deep-dive':
        return scoreDeepDive(answers.deepDive, rubric, probeAnswersFromFollowUps(answers.deepDiveFollowUps));
      default:
        return assertNever(step, 'step');
    }
  };
  const steps = STEP_IDS.map((step) => ({ step, ...scoreStep(step) }));
  const stepMean = steps.reduce((sum, step) => sum + step.score, 0) / steps.length;
  const curveball = scoreSessionCurveball(session, rubric);
  if (!curveball) return { total: Math.round(stepMean), steps };
  return { total: Math.round(stepMean * (1 - CURVEBALL_WEIGHT) + curveball.score * CURVEBALL_WEIGHT), steps, curveball };
}
