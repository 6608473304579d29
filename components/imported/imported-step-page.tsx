'use client';

import { StepPage } from '@/components/step/step-page';
import { rubricForStep } from '@/lib/content/rubric-view';
import { curveballForSteps } from '@/lib/interview/score-curveball';
import type { StepId } from '@/lib/steps/steps';
import { useImportedCase } from './imported-case-context';

/** A step of an imported case: the same StepPage as a shipped case, fed from the browser's store. */
export function ImportedStepPage({ slug, step }: { slug: string; step: StepId }) {
  const state = useImportedCase();
  if (state.phase !== 'ready') return null;
  const { content } = state.checked;
  return (
    <StepPage
      caseSlug={slug}
      caseTitle={content.frontmatter.title}
      step={step}
      casePrompt={content.rubric.steps[step].prompt}
      rubric={rubricForStep(content.rubric, step)}
      curveball={curveballForSteps(content.rubric.curveball)}
    />
  );
}
