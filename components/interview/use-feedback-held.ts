'use client';

import { isFeedbackHeld } from '@/lib/interview/interview-clock';
import { useSession } from '@/components/session/session-provider';

/**
 * True during a mock interview: scores and findings wait for the end, as in a real interview.
 * Undefined while the session loads, so nothing flashes before the mode is known.
 */
export function useFeedbackHeld(): boolean | undefined {
  return useSession((state) => isFeedbackHeld(state.session.interview));
}
