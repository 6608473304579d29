import { StepPage } from '@/components/step/step-page';
import { rubricForStep } from '@/lib/content/rubric-view';
import type { CaseContent } from '@/lib/content/parse-case-files';
import { curveballForSteps } from '@/lib/interview/score-curveball';
import type { StepId } from '@/lib/steps/steps';
import type { StepPresets } from '@/components/scoring/preset-grade';

/**
 * One step of a case, shipped or imported alike: the step page fed with that step's part of the rubric.
 * A shipped case's page, rendered on the server, passes `presets` (components/case/step-presets.ts): the
 * grade of untouched work, so a first visit downloads no engine; an imported case loads it at once.
 */
export function CaseStepLayout({ slug, step, content, presets }: { slug: string; step: StepId; content: CaseContent; presets?: StepPresets }) {
  const rubric = rubricForStep(content.rubric, step);
  return (
    <StepPage
      caseSlug={slug}
      caseTitle={content.frontmatter.title}
      step={step}
      casePrompt={content.rubric.steps[step].prompt}
      rubric={rubric}
      presets={presets}
      curveball={curveballForSteps(content.rubric.curveball)}
    />
  );
}
