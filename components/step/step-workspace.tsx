import type { Rubric } from '@/lib/content/rubric-schema';
import type { StepId } from '@/lib/steps/steps';
import { assertNever } from '@/lib/util/assert-never';
import { ClarifyWorkspace } from '@/components/clarify/clarify-workspace';
import { DiagramWorkspace } from '@/components/diagram/diagram-workspace';
import { EstimateWorkspace } from '@/components/estimate/estimate-workspace';

/** The interactive part of a step, above its notes. Steps without an engine yet have notes only. */
export function StepWorkspace({ step, rubric, caseSlug }: { step: StepId; rubric: Rubric; caseSlug: string }) {
  switch (step) {
    case 'clarify':
      return <ClarifyWorkspace rubric={rubric} />;
    case 'estimate':
      return <EstimateWorkspace rubric={rubric} />;
    case 'diagram':
      return <DiagramWorkspace rubric={rubric} caseSlug={caseSlug} />;
    case 'design':
    case 'deep-dive':
      return null;
    default:
      return assertNever(step, 'step');
  }
}
