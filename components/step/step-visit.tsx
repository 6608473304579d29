'use client';

import { useEffect } from 'react';
import type { StepId } from '@/lib/steps/steps';
import { useSession } from '@/components/session/session-provider';

/** Records that the learner opened a step, so the stepper and Resume know where they are. */
export function StepVisit({ step }: { step: StepId }) {
  const visit = useSession((state) => state.visit);
  useEffect(() => {
    visit?.(step);
  }, [visit, step]);
  return null;
}
