import { scoreClarify } from '../clarify/score-clarify';
import type { Rubric } from '../content/rubric-schema';
import { scoreDeepDivePrompt } from '../deep-dive/score-deep-dive';
import { scoreDesign } from '../design/score-design';
import { scoreDiagram } from '../diagram/score-diagram';
import { gradeEstimate } from '../estimate/grade-estimate';
import type { Question } from '../practice/question-schema';
import { scoreQuestion } from '../practice/score-question';
import type { DiagramGraph } from '../canvas/diagram-graph';
import { toScore } from '../scoring/score';
import type { Finding } from '../scoring/finding';
import { assertNever } from '../util/assert-never';
import type { GoldenEntry } from './golden-schema';

/** What grading a golden entry needs beyond the entry: looked up by the caller (files are I/O, this is pure). */
export type GoldenContext = {
  rubricOf: (slug: string) => Rubric;
  questionOf: (topic: string, id: string) => Question;
  /** The diagram graph of a diagram entry's scene, already read. */
  graphOf: (entry: Extract<GoldenEntry, { step: 'diagram' }>) => DiagramGraph;
};

export type GoldenScore = { score: number; findings: Finding[] };

/**
 * The engine's score (0-100) for a golden entry, by the same engines the app and `grade` use: a whole
 * step for clarify, estimate, design and diagram; one prompt for a deep dive; one question for practice.
 * Throws when the entry names a case, prompt or question that does not exist.
 */
export function gradeGoldenEntry(entry: GoldenEntry, context: GoldenContext): GoldenScore {
  switch (entry.step) {
    case 'clarify':
      return scoreClarify(entry.answer, context.rubricOf(entry.case));
    case 'estimate':
      return gradeEstimate(entry.answer, context.rubricOf(entry.case));
    case 'design':
      return scoreDesign(entry.answer, context.rubricOf(entry.case));
    case 'diagram':
      return scoreDiagram(context.graphOf(entry), context.rubricOf(entry.case));
    case 'deep-dive': {
      const rubric = context.rubricOf(entry.case);
      const prompt = rubric.steps['deep-dive'].prompts.find((candidate) => candidate.id === entry.answer.prompt);
      if (!prompt) throw new Error(`${entry.id}: case ${entry.case} has no deep-dive prompt "${entry.answer.prompt}"`);
      const scored = scoreDeepDivePrompt(prompt, entry.answer.text, {}, rubric);
      return { score: toScore(scored.earned, scored.available), findings: scored.findings };
    }
    case 'practice':
      return scoreQuestion(context.questionOf(entry.topic, entry.answer.question), { text: entry.answer.text });
    default:
      return assertNever(entry);
  }
}
