import { StepPage } from '@/components/step/step-page';
import { rubricForStep } from '@/lib/content/rubric-view';
import type { CaseContent } from '@/lib/content/parse-case-files';
import { curveballForSteps } from '@/lib/interview/score-curveball';
import type { StepId } from '@/lib/steps/steps';

/** One step of a case, shipped or imported alike: the step page fed with that step's part of the rubric. */
export function CaseStepLayout({ slug, step, content }: { slug: string; step: StepId; content: CaseContent }) {
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
