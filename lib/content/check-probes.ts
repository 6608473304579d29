import type { Rubric } from './rubric-schema';

/** A problem at a path of the rubric's data. */
export type RubricIssue = { path: (string | number)[]; message: string };

/**
 * Shipped cases must give every deep-dive key point and every curveball claim a probe, so the interviewer can always follow
 * up on a point that was only named, hedged or contradicted. The schema keeps `probe` optional
 * (a draft case may lack them); content:check applies this rule.
 */
export function missingProbes(rubric: Pick<Rubric, 'steps'> & Partial<Pick<Rubric, 'curveball'>>): RubricIssue[] {
  const issues: RubricIssue[] = [];
  rubric.steps['deep-dive'].prompts.forEach((prompt, promptIndex) => {
    prompt.keyPoints.forEach((point, pointIndex) => {
      if (!point.probe) issues.push({ path: ['steps', 'deep-dive', 'prompts', promptIndex, 'keyPoints', pointIndex], message: `key point "${point.id}" has no probe: add probe with choices (one marked correct) or a numeric answer` });
    });
  });
  // Curveball claims too: the interviewer follows up on a changed requirement the same way.
  rubric.curveball?.claims?.forEach((claim, claimIndex) => {
    if (!claim.probe) issues.push({ path: ['curveball', 'claims', claimIndex], message: `curveball claim "${claim.id}" has no probe: add probe with choices (one marked correct) or a numeric answer` });
  });
  return issues;
}
