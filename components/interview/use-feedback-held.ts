'use client';

import { isFeedbackHeld } from '@/lib/interview/interview-clock';
import { useSession } from '@/components/session/session-provider';

/** True during a mock interview: scores and findings wait for the end, as in a real interview. */
export function useFeedbackHeld(): boolean {
  return useSession((state) => isFeedbackHeld(state.session.interview)) ?? false;
}
