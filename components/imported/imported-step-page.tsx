'use client';

import { CaseStepLayout } from '@/components/case/case-step-layout';
import type { StepId } from '@/lib/steps/steps';
import { useImportedCase } from './imported-case-context';

/** A step of an imported case: the same layout as a shipped case's step, fed from the browser's store. */
export function ImportedStepPage({ slug, step }: { slug: string; step: StepId }) {
  const state = useImportedCase();
  if (state.phase !== 'ready') return null;
  return <CaseStepLayout slug={slug} step={step} content={state.checked.content} />;
}
