'use client';

import Link from 'next/link';
import { getStep } from '@/lib/steps/steps';
import { useSavedSession } from './use-saved-session';

/** Start a case, or resume it at the step the learner was last on. */
export function StartButton({ caseSlug }: { caseSlug: string }) {
  const saved = useSavedSession(caseSlug);
  if (saved.state === 'found') {
    const step = getStep(saved.session.currentStep);
    return (
      <Link className="button button-primary" href={`/cases/${caseSlug}/${step.id}`}>
        Resume at step {step.number}: {step.title}
      </Link>
    );
  }
  return (
    <Link className="button button-primary" href={`/cases/${caseSlug}/clarify`} aria-busy={saved.state === 'loading'}>
      Start the interview
    </Link>
  );
}
