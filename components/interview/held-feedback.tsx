'use client';

import type { ReactNode } from 'react';
import { useFeedbackHeld } from './use-feedback-held';

/** Shows its children (a score, a checklist) in practice; in a running mock, says the feedback comes at the end; nothing while loading. */
export function HeldFeedback({ children }: { children: ReactNode }) {
  const held = useFeedbackHeld();
  if (held === undefined) return null;
  if (!held) return <>{children}</>;
  return (
    <p className="notice notice-info held-feedback">
      Mock interview: feedback is held back until you finish, as it would be in a real interview. Your work is scored on the report.
    </p>
  );
}
