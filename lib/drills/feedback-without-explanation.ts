import type { CheckResult, Drill } from './types';

/**
 * The verdict of a checked drill for a page that prints the worked explanation under it anyway (the
 * "Worked solution"): `checkDrill` ends a wrong answer's feedback with the drill's explanation, which
 * the CLI (`drill --answer`) prints once; on the page it would then appear twice. Returns the feedback
 * with that closing explanation taken off, or the feedback unchanged when it does not end with it.
 */
export function feedbackWithoutExplanation(result: Pick<CheckResult, 'feedback'>, drill: Pick<Drill, 'explanation'>): string {
  const explanation = drill.explanation.trim();
  const feedback = result.feedback.trimEnd();
  if (explanation === '' || !feedback.endsWith(explanation)) return result.feedback;
  return feedback.slice(0, feedback.length - explanation.length).trimEnd();
}
