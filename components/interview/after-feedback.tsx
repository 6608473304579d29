'use client';

import type { ReactNode } from 'react';
import { useFeedbackHeld } from './use-feedback-held';

/** Renders its children (the model answer) only once feedback is released: never during a running mock. */
export function AfterFeedback({ children }: { children: ReactNode }) {
  return useFeedbackHeld() === false ? <>{children}</> : null;
}
