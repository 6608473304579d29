'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import type { Rubric } from '@/lib/content/rubric-schema';
import type { StepId } from '@/lib/steps/steps';
import type { StepPresets } from '@/components/scoring/preset-grade';
import { assertNever } from '@/lib/util/assert-never';

// All five steps are one route, so each step's workspace is its own chunk: the clarify page does not
// download the estimate step's unit math or the diagram step's canvas.
const ClarifyWorkspace = lazyPart(() => import('@/components/clarify/clarify-workspace').then((module) => module.ClarifyWorkspace));
const EstimateWorkspace = lazyPart(() => import('@/components/estimate/estimate-workspace').then((module) => module.EstimateWorkspace));
const DesignWorkspace = lazyPart(() => import('@/components/design/design-workspace').then((module) => module.DesignWorkspace));
const DeepDiveWorkspace = lazyPart(() => import('@/components/deep-dive/deep-dive-workspace').then((module) => module.DeepDiveWorkspace));
const DiagramWorkspace = lazyPart(() => import('@/components/diagram/diagram-workspace').then((module) => module.DiagramWorkspace));

/**
 * The interactive part of a step, above its notes. `presets` (from the server, components/case/step-presets.ts)
 * hold the step's grade of untouched work, so its engine downloads only once the learner changes something.
 */
export function StepWorkspace({ step, rubric, caseSlug, presets }: { step: StepId; rubric: Rubric; caseSlug: string; presets?: StepPresets }) {
  switch (step) {
    case 'clarify':
      return <ClarifyWorkspace rubric={rubric} preset={presets?.clarify} />;
    case 'estimate':
      return <EstimateWorkspace rubric={rubric} preset={presets?.estimate} />;
    case 'design':
      return <DesignWorkspace rubric={rubric} preset={presets?.design} />;
    case 'diagram':
      return <DiagramWorkspace rubric={rubric} caseSlug={caseSlug} />;
    case 'deep-dive':
      return <DeepDiveWorkspace rubric={rubric} preset={presets?.['deep-dive']} />;
    default:
      return assertNever(step, 'step');
  }
}
